/**
 * Output that cannot be written, in process: the exit code and the one line on stderr
 * (tests/e2e/output.test.ts does the same with real descriptors).
 */
import { describe, expect, it } from "vitest";
import { errnoText } from "../../src/cli/fd.js";
import { run } from "../helpers.js";

const FULL = "radic: cannot write to standard output: no space left on device\n";

describe("a failed write to stdout", () => {
  it("is one line on stderr and exit 74 for a lookup, a list, a search", async () => {
    for (const args of [["s1"], ["list"], ["search", "foot"], ["s1", "--json"]]) {
      const r = await run(args, { outputFails: "no space left on device" });
      expect(r.code, args.join(" ")).toBe(74);
      expect(r.err).toBe(FULL);
    }
  });

  it("never changes the exit code of a check: the triage stands", async () => {
    const files = { "a.json": '{"redFlags": ["saddle-numbness"]}', "b.json": "{}" };
    const emergency = await run(["check", "--answers", "a.json"], {
      files,
      outputFails: "no space left on device",
    });
    expect(emergency).toMatchObject({ code: 4, err: FULL });
    const routine = await run(["check", "--answers", "b.json", "--json"], {
      files,
      outputFails: "no space left on device",
    });
    expect(routine).toMatchObject({ code: 0, err: FULL });
  });
});

describe("errnoText: a system error in plain words", () => {
  it.each([
    ["ENOSPC: no space left on device, write", "ENOSPC", "no space left on device"],
    ["ENOENT: no such file or directory, open '/x/y.md'", "ENOENT", "no such file or directory"],
    ["EACCES: permission denied, open 'a, b'", "EACCES", "permission denied"],
  ])("%s", (message, code, words) => {
    expect(errnoText(Object.assign(new Error(message), { code }))).toBe(words);
  });
});
