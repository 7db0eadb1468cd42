/**
 * A locale without UTF-8 (LC_ALL=C): maps and text in ASCII, one character for one, so charts
 * keep their columns and wrapped text its width. JSON stays UTF-8 (it is for programs).
 */
import { describe, expect, it } from "vitest";
import { decideCharset } from "../../src/cli/env.js";
import { toAscii } from "../../src/core/text.js";
import { run } from "../helpers.js";

const NON_ASCII = /[^\x00-\x7f]/;

describe("decideCharset: the first of LC_ALL, LC_CTYPE, LANG that is set", () => {
  it.each([
    [{}, "utf8"],
    [{ LANG: "C" }, "ascii"],
    [{ LANG: "POSIX" }, "ascii"],
    [{ LC_ALL: "C" }, "ascii"],
    [{ LC_ALL: "C.UTF-8" }, "utf8"],
    [{ LC_ALL: "en_GB.utf8" }, "utf8"],
    [{ LANG: "en_US.ISO-8859-1" }, "ascii"],
    [{ LC_ALL: "C", LANG: "en_US.UTF-8" }, "ascii"],
    [{ LC_CTYPE: "en_US.UTF-8", LANG: "C" }, "utf8"],
    [{ LC_ALL: "", LANG: "C" }, "ascii"],
  ] as const)("%j -> %s", (env, charset) => {
    expect(decideCharset(env)).toBe(charset);
  });
});

describe("toAscii", () => {
  it.each([
    ["█▒·×", "#+.x"],
    ["S1 — the first", "S1 - the first"],
    ["“quoted” ‘too’ • › … →", "\"quoted\" 'too' * > . >"],
    ["café naïve", "cafe naive"],
    ["😀 漢", "? ?"],
    ["plain ASCII\n", "plain ASCII\n"],
  ])("%j -> %j", (text, ascii) => {
    expect(toAscii(text)).toBe(ascii);
  });
});

describe("radic with LC_ALL=C", () => {
  const lines = (s: string) => s.split("\n").map((l) => [...l].length);

  it.each([
    [["s1", "--map"]],
    [["dermatomes", "--region", "leg"]],
    [["s1"]],
    [["compare", "l5", "s1"]],
  ])("%j: ASCII only, every line as wide as in UTF-8", async (args) => {
    const utf8 = await run(args);
    const ascii = await run(args, { env: { LC_ALL: "C" } });
    expect(ascii.code).toBe(0);
    expect(ascii.out).not.toMatch(NON_ASCII);
    expect(lines(ascii.out)).toEqual(lines(utf8.out));
  });

  it("the map keeps its meaning: own skin #, shared +, and the legend says so", async () => {
    const r = await run(["s1", "--map"], { env: { LANG: "C" } });
    expect(r.out).toContain("# S1's own skin   + shared with a neighbour   . other roots");
    expect(r.out).toContain("|####|");
  });

  it("the check result's chart too, with the numb areas as x", async () => {
    const answers = JSON.stringify({ numbness: ["outer-foot", "little-toe"], side: "left" });
    const r = await run(["check", "--answers", "a.json"], {
      env: { LC_ALL: "C" },
      files: { "a.json": answers },
    });
    expect(r.out).not.toMatch(NON_ASCII);
    expect(r.out).toMatch(/\(x#+/);
  });

  it("JSON is left as it is", async () => {
    const r = await run(["s1", "--json"], { env: { LC_ALL: "C" } });
    expect(JSON.parse(r.out).title).toBe("S1 — the first sacral nerve root");
  });

  it("and a terminal in colour gets ASCII in colour", async () => {
    const r = await run(["s1", "--map"], { env: { LC_ALL: "C", FORCE_COLOR: "1" } });
    expect(r.out).toContain("\x1b[");
    expect(r.out).not.toMatch(NON_ASCII);
  });
});
