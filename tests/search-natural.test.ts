/**
 * Natural questions: how people really ask, long and short, lay and clinical, with typos. Two
 * sets, each question's acceptable pages decided before it was run: the blind set
 * (natural-questions.json, written by someone who never saw the engine) and the dev set
 * (natural-questions-dev.json, written here before any tuning). Top-1 and top-3 are reported per
 * length band; the test fails under the goal of issue #12 (top-1 >= 90%, top-3 >= 97%).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryRange } from "../src/cli/store.js";
import { groupByPage, openIndex, search } from "../src/core/search.js";
import { content, ROOT } from "./helpers.js";
import { bands, misses, type NaturalQuestion, report, score } from "./search-natural.js";

const GOAL = { top1: 0.9, top3: 0.97 };

function pagesFor(q: string): string[] {
  const { head, postings } = content().search;
  return groupByPage(search(openIndex(head, memoryRange(postings), q), q, 200)).map((p) => p.page);
}

const load = (file: string): NaturalQuestion[] =>
  JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", file), "utf8")) as NaturalQuestion[];

describe.each([
  ["blind set", "natural-questions.json", 150],
  ["dev set", "natural-questions-dev.json", 40],
])("natural questions: %s", (name, file, size) => {
  const set = load(file);
  const rows = score(set, pagesFor);
  const [all] = bands(rows);

  it(`has at least ${size} questions, each with its expected pages (${set.length})`, () => {
    expect(set.length).toBeGreaterThanOrEqual(size);
    for (const x of set) expect(x.pages.length, x.q).toBeGreaterThan(0);
  });

  it(`puts a right page first for >= 90% and in the top 3 for >= 97% (top-1 ${((all?.top1 ?? 0) * 100).toFixed(1)}%, top-3 ${((all?.top3 ?? 0) * 100).toFixed(1)}%)`, () => {
    console.log(report(`search, ${name}`, rows));
    const out = misses(rows, "top3");
    if (out.length > 0) console.log(`not in the top 3:\n  ${out.join("\n  ")}`);
    expect(all?.top1).toBeGreaterThanOrEqual(GOAL.top1);
    expect(all?.top3).toBeGreaterThanOrEqual(GOAL.top3);
  });
});
