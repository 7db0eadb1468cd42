import { describe, expect, it } from "vitest";
import { COMMAND_NAMES } from "../../src/core/commands.js";
import { RadicError } from "../../src/core/errors.js";
import { resolve } from "../../src/core/lookup.js";
import { content } from "../helpers.js";

const catalog = () => content().catalog;
const look = (...words: string[]) => resolve(words, catalog(), COMMAND_NAMES);

/** `page s1`, `page s1#treatment`, `disc l5-s1`, `unknown-topic`, … in one string per row. */
function summary(words: string[]): string {
  const r = look(...words);
  switch (r.kind) {
    case "page":
      return `page ${r.entry.id}${r.section ? `#${r.section}` : ""}`;
    case "disc":
      return `disc ${r.disc.id}`;
    case "unknown-topic":
      return `unknown-topic [${r.suggestions.join(" ")}]`;
    case "unknown-section":
      return `unknown-section ${r.entry.id} [${r.suggestions.join(" ")}]`;
  }
}

describe("resolve: every spelling of a root finds its page", () => {
  it.each([
    [["s1"], "page s1"],
    [["S1"], "page s1"],
    [["s-1"], "page s1"],
    [["S 1"], "page s1"],
    [[" s1 "], "page s1"],
    [["sacral 1"], "page s1"],
    [["sacral", "1"], "page s1"],
    [["Sacral-1"], "page s1"],
    [["first sacral"], "page s1"],
    [["first sacral nerve root"], "page s1"],
    [["S1 nerve"], "page s1"],
    [["s1 radiculopathy"], "page s1"],
    [["S₁"], "page s1"],
    [["L5"], "page l5"],
    [["fifth lumbar"], "page l5"],
    [["lumbar 5"], "page l5"],
  ])("%j -> %s", (words, expected) => {
    expect(summary(words)).toBe(expected);
  });
});

describe("resolve: topics by id and alias", () => {
  it.each([
    [["overview"], "page overview"],
    [["Red Flags"], "page red-flags"],
    [["red-flags"], "page red-flags"],
    [["warning signs"], "page red-flags"],
    [["radiculopathy"], "page overview"],
    [["treatment"], "page treatment"],
  ])("%j -> %s", (words, expected) => {
    expect(summary(words)).toBe(expected);
  });
});

describe("resolve: sections", () => {
  it.each([
    [["s1", "treatment"], "page s1#treatment"],
    [["s1 treatment"], "page s1#treatment"],
    [["sacral", "1", "treatment"], "page s1#treatment"],
    [["S1", "Red", "Flags"], "page s1#red-flags"],
    [["s1", "numbness"], "page s1#dermatome"],
    [["s1", "dermatomes"], "page s1#dermatome"],
    [["s1", "weakness"], "page s1#myotome"],
    [["s1", "reflexes"], "page s1#reflex"],
    [["s1", "sources"], "page s1#sources"],
    [["s1", "where it is felt (dermatome)"], "page s1#dermatome"],
    [["red-flags", "emergency"], "page red-flags#emergency"],
    [["s1", "treatmnet"], "unknown-section s1 [treatment]"],
    [["s1", "xyzzy"], "unknown-section s1 []"],
  ])("%j -> %s", (words, expected) => {
    expect(summary(words)).toBe(expected);
  });
});

describe("resolve: disc levels", () => {
  it.each([
    [["l5-s1"], "disc l5-s1"],
    [["L5/S1"], "disc l5-s1"],
    [["l5s1"], "disc l5-s1"],
    [["L4-5"], "disc l4-l5"],
    [["l4/5 disc"], "disc l4-l5"],
    [["c5-c6"], "disc c5-c6"],
    [["C7–T1"], "disc c7-t1"],
    [["t12-l1"], "disc t12-l1"],
  ])("%j -> %s", (words, expected) => {
    expect(summary(words)).toBe(expected);
  });
});

describe("resolve: what is not there", () => {
  it.each([
    [["s9"], "unknown-topic [s5]"],
    [["---"], "unknown-topic []"],
    [["😀"], "unknown-topic []"],
    [["c1-c2"], "unknown-topic []"],
    [["l4-s1"], "unknown-topic []"],
    [["tretment"], "unknown-topic [treatment]"],
    [["overveiw"], "unknown-topic [overview]"],
    [["lsit", "pages"], "unknown-topic [list]"],
    [["lsit"], "unknown-topic [list]"],
  ])("%j -> %s", (words, expected) => {
    expect(summary(words)).toBe(expected);
  });

  it("a 5,000-character id is simply not found, with no suggestions", () => {
    expect(summary(["x".repeat(5000)])).toBe("unknown-topic []");
  });

  it.each([[[""]], [["   "]], [[]], [["\t", "\n"]]])("%j is a usage error", (words) => {
    expect(() => look(...words)).toThrow(RadicError);
    expect(() => look(...words)).toThrow("no topic given");
  });
});
