/**
 * Fuzzing (fast-check) of what a user or a script can hand radic: any argv, any answers file —
 * random bytes, other encodings, deep nesting, sizes around the 1 MiB limit. Whatever comes in,
 * radic exits with a documented code, says what is wrong in one line, never shows a stack
 * trace, and stays within bounds of time and memory. Most cases run in process (fast); a few
 * run the built binary, to bound its real memory.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_ANSWERS } from "../src/cli/answers-file.js";
import * as ids from "../src/core/vocabulary-ids.js";
import { content, type Result, ROOT, run, type Terminal } from "./helpers.js";

/** Exit codes radic documents (README, "Exit codes"); 70 is a bug, so never expected here. */
const DOCUMENTED = [0, 1, 2, 3, 4, 74, 130];
const SEED = Number(process.env["FUZZ_SEED"] ?? Date.now() % 1_000_000);
const RUNS = Number(process.env["FUZZ_RUNS"] ?? 150);
const settings = { numRuns: RUNS, seed: SEED, endOnFailure: true };

/** What every run must satisfy, whatever it was given. */
function sane(r: Result, ms: number, allowed: readonly number[]): void {
  expect(allowed, `exit ${r.code}; stderr: ${r.err}`).toContain(r.code);
  expect(r.err).not.toMatch(/^radic: internal error|^\s+at .+:\d+|node:internal/m);
  expect(ms, "one run takes well under a second").toBeLessThan(2_000);
  if (r.code === 1 || r.code === 2) {
    expect(r.err, "an error is one line on stderr").toMatch(/^radic: [^\n]+\n$/);
  }
}

const timed = async (args: string[], t: Terminal) => {
  const start = performance.now();
  const r = await run(args, t);
  return { r, ms: performance.now() - start };
};

// Words a user might type, and words nobody would: radic's own vocabulary, then anything.
const catalog = content().catalog;
const known = [
  ...["search", "check", "compare", "source", "completion", "list", "help"],
  ...["--json", "--map", "--no-map", "--color", "--no-color", "--no-pager", "--region", "--limit"],
  ...["--answers", "--save", "--force", "--template", "--clinician", "--help", "-h", "--version"],
  ...["auto", "always", "never", "arm", "trunk", "leg", "bash", "zsh", "fish", "0", "3", "101"],
  ...["a.json", "-", "out.md", "", " ", "--", "l5-s1", "c7-t1", "l6", "harrisons-19", "why"],
  ...catalog.entries.map((e) => e.id),
  ...["treatment", "dermatome", "sources", "numb", "foot", "sciatica", "pins and needles"],
];
const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...known) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^--?[a-z][a-z-]{0,11}(=[a-z0-9]{0,4})?$/) },
);
const argv = fc.array(word, { maxLength: 7 });

const ANSWERS = JSON.stringify({
  side: "left",
  numbness: ["outer-foot"],
  strength: { "ankle-plantarflexion": "weak" },
});

describe("any argv", () => {
  it("exits with a documented code, in one line, no stack trace, quickly", async () => {
    const rssBefore = process.memoryUsage().rss;
    await fc.assert(
      fc.asyncProperty(
        argv,
        fc.boolean(),
        fc.string({ maxLength: 50 }),
        async (args, tty, stdin) => {
          const { r, ms } = await timed(args, {
            files: { "a.json": ANSWERS },
            stdin,
            stdoutIsTTY: tty,
            rows: 24,
            columns: 80,
          });
          sane(r, ms, [0, 1, 2, 3, 4]);
        },
      ),
      settings,
    );
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(512 * 1024 * 1024);
  }, 60_000);
});

// Answers: as values (valid, nearly valid, junk), then as bytes in some encoding.
const pick = <T>(xs: readonly T[]) => fc.subarray([...xs], { maxLength: 4 });
const junk = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: "binary", maxLength: 10 }));
const answerValue = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record(
      {
        side: fc.oneof(fc.constantFrom("left", "right", "both"), junk),
        pain: fc.oneof(pick(ids.AREA_IDS), junk),
        numbness: fc.oneof(pick(ids.AREA_IDS), junk),
        sensationNormal: fc.oneof(pick(ids.AREA_IDS), junk),
        strength: fc.oneof(
          fc.dictionary(fc.constantFrom(...ids.MOVEMENT_IDS), fc.constantFrom("weak", "normal")),
          junk,
        ),
        reflexes: fc.oneof(
          fc.dictionary(
            fc.constantFrom(...ids.REFLEX_IDS),
            fc.constantFrom("normal", "reduced", "absent", "brisk"),
          ),
          junk,
        ),
        redFlags: fc.oneof(pick(ids.RED_FLAG_IDS), junk),
        features: fc.oneof(pick(ids.FEATURE_IDS), junk),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 5 }) },
);

/** Nesting of any depth, under a real field, as text (a value this deep is not built). */
const nested = fc
  .tuple(
    fc.integer({ min: 1, max: 20_000 }),
    fc.constantFrom("pain", "strength", "x"),
    fc.boolean(),
  )
  .map(([depth, field, objects]) => {
    const open = objects ? '{"a":'.repeat(depth) : "[".repeat(depth);
    const close = objects ? "}".repeat(depth) : "]".repeat(depth);
    return `{"${field}": ${open}1${close}}`;
  });

const encode = (text: string, how: string): Uint8Array => {
  const b = Buffer.from(text, "utf8");
  switch (how) {
    case "bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]);
    case "utf16le":
      return Buffer.from(`\ufeff${text}`, "utf16le");
    case "utf16be":
      return Buffer.from(`\ufeff${text}`, "utf16le").swap16();
    case "latin1":
      return Buffer.from(text, "latin1");
    case "bad-byte": {
      const at = Math.floor(b.length / 2);
      return Buffer.concat([b.subarray(0, at), Buffer.from([0xc3, 0x28]), b.subarray(at)]);
    }
    default:
      return b;
  }
};
const encoding = fc.constantFrom("utf8", "utf8", "bom", "utf16le", "utf16be", "latin1", "bad-byte");

const answersFile = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(answerValue, encoding).map(([v, e]) => encode(JSON.stringify(v), e)),
  },
  { weight: 1, arbitrary: fc.tuple(nested, encoding).map(([t, e]) => encode(t, e)) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2_000 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 40 }), fc.constantFrom("{", "[", '"', "\\", "\u0000", "\ud800"))
      .map(([s, c]) => encode(`{"pain": ["${s}${c}`, "utf8")),
  },
);

describe("any answers file", () => {
  it("from a file or stdin: exit 0, 2, 3 or 4, in one line, no stack trace, quickly", async () => {
    await fc.assert(
      fc.asyncProperty(answersFile, fc.boolean(), fc.boolean(), async (bytes, stdin, json) => {
        const args = ["check", "--answers", stdin ? "-" : "a.json", ...(json ? ["--json"] : [])];
        const { r, ms } = await timed(
          args,
          stdin ? { stdin: bytes } : { files: { "a.json": bytes } },
        );
        sane(r, ms, [0, 2, 3, 4]);
        if (r.code !== 2) expect(r.out.length).toBeGreaterThan(0);
      }),
      settings,
    );
  }, 60_000);

  it("of any size around 1 MiB: refused past it, before parsing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: MAX_ANSWERS - 64, max: MAX_ANSWERS + 64 }),
        fc.constantFrom(" ", "x", "\n", "é"),
        async (size, fill) => {
          // `{"pain": "xxxx…"}` or `{}` padded with blanks, `size` bytes in all.
          const text =
            fill === " " || fill === "\n"
              ? `{}${fill.repeat(size - 2)}`
              : `{"p": "${fill.repeat(Math.floor((size - 9) / Buffer.byteLength(fill)))}"}`;
          const bytes = Buffer.from(text);
          const { r, ms } = await timed(["check", "--answers", "a.json"], {
            files: { "a.json": bytes },
          });
          sane(r, ms, [0, 2, 3, 4]);
          if (bytes.length > MAX_ANSWERS) expect(r.err).toContain("more than 1 MiB");
          else expect(r.err).not.toContain("more than 1 MiB");
        },
      ),
      { ...settings, numRuns: Math.min(RUNS, 20) },
    );
  }, 60_000);
});

describe("the built binary (few runs: each one spawns node)", () => {
  const dir = mkdtempSync(join(tmpdir(), "radic-fuzz-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const BIN = join(ROOT, "bin", "radic.js");
  const RSS = join(ROOT, "tests", "e2e", "fixtures", "max-rss.cjs");

  it("any argv and stdin: a documented code, no stack trace, bounded time and memory", () => {
    let n = 0;
    fc.assert(
      fc.property(argv, fc.uint8Array({ maxLength: 4_096 }), (args, stdin) => {
        const rss = join(dir, `rss-${n++}`);
        const start = performance.now();
        const r = spawnSync(process.execPath, ["-r", RSS, BIN, ...args.map(toArg)], {
          input: stdin,
          encoding: "utf8",
          cwd: dir,
          timeout: 10_000,
          env: { PATH: process.env["PATH"] ?? "", HOME: dir, RADIC_TEST_MAXRSS: rss, PAGER: "cat" },
        });
        const ms = performance.now() - start;
        expect(DOCUMENTED, `${JSON.stringify(args)}: exit ${r.status}, ${r.stderr}`).toContain(
          r.status,
        );
        expect(r.stderr).not.toMatch(/^radic: internal error|^\s+at .+:\d+|node:internal/m);
        expect(ms).toBeLessThan(5_000);
        const maxRssMiB = Number(readFileSync(rss, "utf8").trim()) / 1024;
        expect(maxRssMiB).toBeLessThan(200);
      }),
      { ...settings, numRuns: Math.min(RUNS, 8) },
    );
  }, 60_000);
});

/** argv cannot hold NUL; a spawned process gets everything else as typed. */
function toArg(s: string): string {
  return s.replace(/\u0000/g, "");
}
