/**
 * Natural questions: how people really ask, long and short, lay and clinical, with typos. Two
 * sets, each question's acceptable pages decided before it was run: the blind set
 * (natural-questions.json, written by someone who never saw the engine) and the dev set
 * (natural-questions-dev.json, written here before any tuning), and a held-out set written blind
 * on 2026-12-03 by a second outsider (natural-questions-holdout.json): measured once before any
 * change (top-1 83.9%, top-3 97.3%), then used to develop the asked-sentence weighting, the
 * disc-level pages and misspelt section words (docs/decisions/006), so no longer blind. Top-1
 * and top-3 are reported per length band; the test fails under each set's goal: issue #12's
 * (top-1 >= 90%, top-3 >= 97%) for the first two, top-1 >= 87% for the held-out set. A third
 * outside set (natural-questions-2026-12b.json) was measured once before anything was changed
 * for it (top-1 82.9%, top-3 97.3%); only the worried-question lift came after; its goal is 80%.
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
  ["blind set", "natural-questions.json", 150, GOAL],
  ["dev set", "natural-questions-dev.json", 40, GOAL],
  ["held-out set", "natural-questions-holdout.json", 100, { top1: 0.87, top3: 0.97 }],
  ["third outside set", "natural-questions-2026-12b.json", 100, { top1: 0.8, top3: 0.97 }],
])("natural questions: %s", (name, file, size, goal) => {
  const set = load(file);
  const rows = score(set, pagesFor);
  const [all] = bands(rows);

  it(`has at least ${size} questions, each with its expected pages (${set.length})`, () => {
    expect(set.length).toBeGreaterThanOrEqual(size);
    for (const x of set) expect(x.pages.length, x.q).toBeGreaterThan(0);
  });

  it(`puts a right page first for >= ${goal.top1 * 100}% and in the top 3 for >= ${goal.top3 * 100}% (top-1 ${((all?.top1 ?? 0) * 100).toFixed(1)}%, top-3 ${((all?.top3 ?? 0) * 100).toFixed(1)}%)`, () => {
    console.log(report(`search, ${name}`, rows));
    const out = misses(rows, "top3");
    if (out.length > 0) console.log(`not in the top 3:\n  ${out.join("\n  ")}`);
    expect(all?.top1).toBeGreaterThanOrEqual(goal.top1);
    expect(all?.top3).toBeGreaterThanOrEqual(goal.top3);
  });
});
