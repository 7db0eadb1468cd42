/**
 * Options of `radic check` that contradict each other or do nothing, and the answers template.
 */
import { describe, expect, it } from "vitest";
import { run } from "../helpers.js";

describe("check options that do nothing together are usage errors", () => {
  it.each([
    [
      ["check", "--force"],
      "radic: --force does nothing without --save. It lets `--save FILE` replace a file that exists: `radic check --save report.md --force`.\n",
    ],
    [
      ["check", "--answers", "a.json", "--clinician"],
      "radic: --clinician chooses which questions are asked, and --answers asks none. Put examination findings (reflexes, features) in the answers file, and leave out --clinician.\n",
    ],
    [
      ["check", "--template", "--answers", "a.json"],
      "radic: --template prints an empty answers file, and takes no other check option. Fill it in, then `radic check --answers answers.json`.\n",
    ],
  ])("%j", async (args, err) => {
    const r = await run(args, { files: { "a.json": "{}" } });
    expect(r).toMatchObject({ code: 2, out: "", err });
  });
});

describe("radic check --template", () => {
  it("prints an answers skeleton that is valid as it is", async () => {
    const t = await run(["check", "--template"]);
    expect(t.code).toBe(0);
    expect(Object.keys(JSON.parse(t.out))).toEqual([
      "pain",
      "numbness",
      "sensationNormal",
      "strength",
      "reflexes",
      "redFlags",
      "features",
    ]);
    expect(t.err).toContain('"side": "left", "right" or "both"');
    const r = await run(["check", "--answers", "a.json", "--json"], { files: { "a.json": t.out } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).pattern).toBe("insufficient");
  });
});
