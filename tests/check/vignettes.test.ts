/**
 * The check engine against vignettes written from the clinical fact sheet (tests/vignettes/):
 * every root C5–T1 and L2–S1 (full, sensory-only, motor-only, reflex-only), neighbours the
 * findings cannot separate, every alternative, every red flag and combination.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../src/core/check/answers.js";
import { localize } from "../../src/core/check/localize.js";
import { content, ROOT } from "../helpers.js";

interface Expected {
  kind: string;
  roots?: string[];
  pattern?: string | string[];
  triage: string;
  alternatives?: string[];
}

const dir = join(ROOT, "tests", "vignettes");
const expected: Record<string, Expected> = JSON.parse(
  readFileSync(join(dir, "expected.json"), "utf8"),
);
const v = content().vocabulary;
const run = (name: string) =>
  localize(parseAnswers(JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8"))), v);
const names = Object.keys(expected);

describe("vignettes", () => {
  it("cover every vignette file, and at least 60", () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".json") && f !== "expected.json")
      .map((f) => f.slice(0, -5));
    expect(files.sort()).toEqual([...names].sort());
    expect(names.length).toBeGreaterThanOrEqual(60);
  });

  it("cover every root C5–T1 and L2–S1 as sensory-only and motor-only cases", () => {
    for (const root of ["c5", "c6", "c7", "c8", "t1", "l2", "l3", "l4", "l5", "s1"]) {
      for (const kind of ["sensory-only", "motor-only"]) {
        expect(
          names.some((n) => expected[n]?.kind === kind && expected[n]?.roots?.[0] === root),
          `${root} ${kind}`,
        ).toBe(true);
      }
    }
  });

  it.each(names.map((n) => [n, expected[n] as Expected] as const))("%s", (name, e) => {
    const r = run(name);
    expect(r.triage, "triage").toBe(e.triage);
    if (e.pattern) expect([e.pattern].flat(), `pattern (got ${r.pattern})`).toContain(r.pattern);
    if (e.alternatives)
      for (const a of e.alternatives) expect(r.alternatives.map((x) => x.id)).toContain(a);
    if (e.roots && e.pattern !== "single-root") {
      expect(
        r.candidates
          .slice(0, e.roots.length)
          .map((c) => c.root)
          .sort(),
      ).toEqual([...e.roots].sort());
    }
  });

  it("finds the right root first in at least 90% of single-root cases", () => {
    const single = names.filter((n) => expected[n]?.pattern === "single-root");
    const results = single.map((n) => ({
      n,
      e: expected[n] as Expected,
      got: run(n).candidates.map((c) => c.root),
    }));
    const top1 = results.filter((x) => x.got[0] === x.e.roots?.[0]).length / results.length;
    const top2 =
      results.filter((x) => x.got.slice(0, 2).includes(x.e.roots?.[0] ?? "")).length /
      results.length;
    const misses = results
      .filter((x) => x.got[0] !== x.e.roots?.[0])
      .map((x) => `${x.n}: got ${x.got.slice(0, 2).join(",")}`);
    console.log(
      `check vignettes: ${single.length} single-root cases, top-1 ${(top1 * 100).toFixed(1)}%, top-2 ${(top2 * 100).toFixed(1)}%`,
    );
    if (misses.length > 0) console.log(`  not first: ${misses.join("; ")}`);
    expect(top1).toBeGreaterThanOrEqual(0.9);
  });
});
