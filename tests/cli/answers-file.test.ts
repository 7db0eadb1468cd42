/**
 * The answers file before the engine sees it: encodings, keys given twice, nesting, size.
 * Devices, FIFOs and directories are in tests/e2e/answers-input.test.ts.
 */
import { describe, expect, it } from "vitest";
import { MAX_ANSWERS, MAX_DEPTH } from "../../src/cli/answers-file.js";
import { readFdCapped, readPathCapped } from "../../src/cli/fd.js";
import { run } from "../helpers.js";

const check = (answers: string | Uint8Array, ...extra: string[]) =>
  run(["check", "--answers", "a.json", "--json", ...extra], { files: { "a.json": answers } });

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));

describe("answers: encodings", () => {
  it("accepts UTF-8 with a byte-order mark, from a file or stdin", async () => {
    const withBom = bytes([0xef, 0xbb, 0xbf], '{"redFlags": ["saddle-numbness"]}');
    expect((await check(withBom)).code).toBe(4);
    const r = await run(["check", "--answers", "-", "--json"], { stdin: withBom });
    expect(r.code).toBe(4);
  });

  it("refuses UTF-16 (with or without a mark) and bytes that are not UTF-8, naming the fix", async () => {
    const utf16 = Buffer.from("\ufeff{}", "utf16le");
    const msg =
      "radic: answers: the file looks like UTF-16 text. Save it as UTF-8 (any plain-text editor can).\n";
    expect(await check(utf16)).toMatchObject({ code: 2, err: msg, out: "" });
    expect(await check(Buffer.from("{}", "utf16le"))).toMatchObject({ code: 2, err: msg });
    expect(await check(bytes('{"side": "', [0xff, 0xc0], '"}'))).toMatchObject({
      code: 2,
      err: "radic: answers: not UTF-8 text. Save the file as UTF-8.\n",
    });
  });
});

describe("answers: a key given twice is a usage error", () => {
  it.each([
    ['{"side": "left", "side": "right"}', "radic: answers: 'side' is given twice"],
    [
      '{"strength": {"ankle-plantarflexion": "weak", "ankle-plantarflexion": "normal"}}',
      "radic: answers: strength: 'ankle-plantarflexion' is given twice",
    ],
    [
      '{"reflexes": {"ankle": "reduced", "knee": "normal", "\\u0061nkle": "normal"}}',
      "radic: answers: reflexes: 'ankle' is given twice",
    ],
  ])("%s", async (text, start) => {
    const r = await check(text);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${start}. Give each key once: JSON would keep only the last, and radic guesses nothing.\n`,
    );
  });

  it("equal strings that are values, or keys of different objects, are fine", async () => {
    const r = await check(
      '{"pain": ["calf", "sole"], "numbness": ["sole"], "strength": {"side": "weak"}, "reflexes": {"side": "x"}}',
    );
    expect(r.err).not.toContain("given twice");
  });
});

describe("answers: nesting", () => {
  it.each([
    [`{"pain": ${"[".repeat(10_000)}${"]".repeat(10_000)}}`, "pain: "],
    [`{"strength": ${'{"a":'.repeat(MAX_DEPTH)}1${"}".repeat(MAX_DEPTH)}}`, "strength: "],
    [`${"[".repeat(50)}${"]".repeat(50)}`, ""],
  ])("too deep is exit 2 naming the field (%#)", async (text, field) => {
    const r = await check(text);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toBe(
      `radic: answers: ${field}nested more than ${MAX_DEPTH} levels deep. Answers are lists of ids and objects of id -> value, two levels at most.\n`,
    );
  });
});

describe("answers: size", () => {
  it("reads exactly 1 MiB, and refuses one byte more before parsing", async () => {
    const pad = (n: number) => `{}${" ".repeat(n - 2)}`;
    expect((await check(pad(MAX_ANSWERS))).code).toBe(0);
    expect(await check(pad(MAX_ANSWERS + 1))).toMatchObject({
      code: 2,
      err: "radic: answers: more than 1 MiB. A file of answers is a few hundred bytes; check you gave the right file.\n",
    });
  });

  it("the reader stops at limit + 1 bytes of a device with no end, in bounded memory", () => {
    const before = process.memoryUsage().rss;
    for (const device of ["/dev/zero", "/dev/urandom"]) {
      expect(readPathCapped(device, MAX_ANSWERS).length).toBe(MAX_ANSWERS + 1);
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    expect(readPathCapped("/dev/null", MAX_ANSWERS).length).toBe(0);
    expect(() => readFdCapped(-1, 10)).toThrow();
    expect(() => readPathCapped("/", 10)).toThrow(expect.objectContaining({ code: "EISDIR" }));
  });
});

describe("answers: not JSON", () => {
  it("quotes what it could not read with control characters made visible, in one line", async () => {
    // Found by tests/fuzz.test.ts: the parser's message quoted a newline back.
    const r = await check(bytes([0x15], "v\n"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^radic: answers: not valid JSON: [^\n]*\\x15[^\n]*\\x0a[^\n]*\n$/);
  });
});
