import { describe, expect, it } from "vitest";
import { golden, run } from "../helpers.js";

const TRY = "Try `radic compare l5 s1` or `radic compare c6 c7`.";

describe("radic compare", () => {
  it("sets L5 and S1 side by side (golden, 80 columns)", async () => {
    const r = await run(["compare", "l5", "s1"]);
    expect(r.code).toBe(0);
    golden("compare-l5-s1.plain.txt", r.out);
    expect(r.out).toMatch(/^L5 vs S1 — side by side\n/);
    expect(r.out).toMatch(
      / {2}Reflex {8}No reliable routine reflex;.* {2}Ankle \(Achilles\) jerk reduced/,
    );
  });

  it("takes three roots, in any spelling, and keeps every line within the width", async () => {
    const r = await run(["compare", "C6", "c-7", "eighth cervical"], {
      stdoutIsTTY: true,
      columns: 100,
      env: { NO_COLOR: "1" },
    });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^C6 vs C7 vs C8 — side by side\n/);
    expect(r.out.split("\n").every((l) => l.length <= 100)).toBe(true);
  });

  it("stacks the roots when the columns would be too narrow", async () => {
    const r = await run(["compare", "c6", "c7"], {
      stdoutIsTTY: true,
      columns: 50,
      env: { NO_COLOR: "1" },
    });
    expect(r.out).toMatch(/\nFelt in\n {2}C6 {2}Thumb side of the forearm/);
    expect(r.out.split("\n").every((l) => l.length <= 50)).toBe(true);
  });

  it("gives JSON: the roots, one row per field with each root's value, the sources", async () => {
    const json = JSON.parse((await run(["compare", "l5", "s1", "--json"])).out);
    expect(json.roots.map((r: { id: string }) => r.id)).toEqual(["l5", "s1"]);
    expect(json.rows.map((r: { field: string }) => r.field)).toEqual([
      "dermatome",
      "keyMuscle",
      "weakness",
      "reflex",
      "level",
      "mimics",
      "selfCheck",
    ]);
    expect(json.rows[3].values.s1).toMatch(/Ankle/);
    expect(json.sources.map((s: { id: string }) => s.id)).toContain("isncsci-2019");
  });

  it.each([
    [["compare", "l5"], 2, `compare takes two or three roots (got 1). ${TRY}`],
    [["compare", "l4", "l5", "s1", "s2"], 2, `compare takes two or three roots (got 4). ${TRY}`],
    [["compare", "l5", "L5"], 2, `compare needs different roots (got l5, l5). ${TRY}`],
    [
      ["compare", "l5", "sciatica"],
      2,
      `compare works on nerve roots, and 'sciatica' is not one. ${TRY}`,
    ],
    [
      ["compare", "l4-l5", "s1"],
      2,
      "compare works on nerve roots, and L4–L5 is a disc level. Compare the roots it presses on: `radic compare l4 l5`.",
    ],
    [["compare", "s9", "l5"], 1, "no root 's9'. Did you mean 's5'?"],
  ])("%j exits %i", async (args, code, message) => {
    expect(await run(args)).toMatchObject({ code, out: "", err: `radic: ${message}\n` });
  });
});
