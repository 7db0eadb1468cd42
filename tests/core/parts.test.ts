import { describe, expect, it } from "vitest";
import { parseDiscLevel } from "../../src/core/disc.js";
import { parseRootKey, ROOT_IDS } from "../../src/core/roots.js";
import { editDistance, suggest } from "../../src/core/suggest.js";
import { displayInput, keyOf, tidy } from "../../src/core/text.js";

describe("editDistance (Damerau–Levenshtein, optimal string alignment)", () => {
  it.each([
    ["sciatca", "sciatica", 1],
    ["siatica", "sciatica", 1],
    ["teh", "the", 1],
    ["l4", "l5", 1],
    ["s9", "s1", 1],
    ["abc", "abc", 0],
    ["", "abc", 3],
    ["kitten", "sitting", 3],
  ])("%s -> %s = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it("stops early past the limit", () => {
    expect(editDistance("abcdefgh", "zzzzzzzz", 2)).toBe(3);
  });
});

describe("suggest", () => {
  const candidates = [
    { name: "sciatica", keys: ["sciatica"] },
    { name: "search", keys: ["search"] },
    { name: "s1", keys: ["s1"] },
  ];
  it.each([
    ["sciatca", ["sciatica"]],
    ["serch", ["search"]],
    ["s2", ["s1"]],
    ["sci", ["sciatica"]],
    ["zzzzzz", []],
    ["", []],
  ])("%s -> %j", (key, expected) => {
    expect(suggest(key, candidates)).toEqual(expected);
  });
});

describe("parseRootKey", () => {
  it.each([
    ["s1", "s1"],
    ["sacral1", "s1"],
    ["firstsacral", "s1"],
    ["s1nerveroot", "s1"],
    ["s1radiculopathy", "s1"],
    ["twelfththoracic", "t12"],
    ["dorsal7", "t7"],
    ["c8", "c8"],
    ["c9", undefined],
    ["l6", undefined],
    ["s0", undefined],
    ["sacral", undefined],
  ])("%s -> %s", (key, expected) => {
    expect(parseRootKey(key)).toBe(expected);
  });

  it("knows all 30 roots, c1 to s5, in order", () => {
    expect(ROOT_IDS).toHaveLength(30);
    expect(ROOT_IDS[0]).toBe("c1");
    expect(ROOT_IDS.at(-1)).toBe("s5");
  });
});

describe("parseDiscLevel", () => {
  it.each([
    ["l5-s1", "l5-s1", ["s1"], ["l5"], "cauda equina"],
    ["l4-l5", "l4-l5", ["l5"], ["l4"], "cauda equina"],
    ["l4/5", "l4-l5", ["l5"], ["l4"], "cauda equina"],
    ["c5-c6", "c5-c6", ["c6"], [], "spinal cord"],
    ["c6 c7", "c6-c7", ["c7"], [], "spinal cord"],
    ["c7-t1", "c7-t1", ["c8"], [], "spinal cord"],
    ["t7-t8", "t7-t8", ["t7"], [], "spinal cord"],
    ["t12-l1", "t12-l1", ["t12"], [], "conus medullaris"],
  ])("%s", (input, id, usual, farLateral, central) => {
    expect(parseDiscLevel(input)).toMatchObject({ id, usual, farLateral, central });
  });

  it.each([["c1-c2"], ["l5-l4"], ["l3-l5"], ["s1-s2"], ["t12"], ["l5"], ["x1-x2"]])(
    "%s is not a disc level",
    (input) => {
      expect(parseDiscLevel(input)).toBeUndefined();
    },
  );
});

describe("text helpers", () => {
  it.each([
    ["S-1", "s1"],
    ["Red flags", "redflags"],
    [" séance ", "seance"],
  ])("keyOf(%j) = %j", (input, key) => {
    expect(keyOf(input)).toBe(key);
  });

  it("tidy collapses space and unifies dashes", () => {
    expect(tidy("  L5 –  S1 ")).toBe("l5 - s1");
  });

  it.each([
    ["s1", "s1"],
    ["\u001b[31mred", "\\x1b[31mred"],
    ["a\u0007b", "a\\x07b"],
    ["rtl\u202eevil", "rtl\\u202eevil"],
    ["x".repeat(50), `${"x".repeat(40)}… (50 characters)`],
  ])("displayInput(%j) = %j", (input, shown) => {
    expect(displayInput(input)).toBe(shown);
  });
});
