import { describe, expect, it } from "vitest";
import { memoryRange } from "../src/cli/store.js";
import { groupByPage, openIndex, search } from "../src/core/search.js";
import { content } from "./helpers.js";
import { QUALITY } from "./search-quality.js";

/** The pages of the results, in order, as `radic search` groups them. */
function pagesFor(q: string): string[] {
  const { head, postings } = content().search;
  return groupByPage(search(openIndex(head, memoryRange(postings), q), q, 200)).map((p) => p.page);
}

describe("search quality", () => {
  const rows = QUALITY.map((x) => ({ ...x, got: pagesFor(x.q) }));
  const top1 = rows.filter((r) => r.pages.includes(r.got[0] ?? "")).length / rows.length;
  const top3 =
    rows.filter((r) => r.got.slice(0, 3).some((p) => r.pages.includes(p))).length / rows.length;

  it(`has at least 60 queries (${rows.length})`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it(`finds a right page in the top 3 for at least 90% of queries (top-1 ${(top1 * 100).toFixed(0)}%, top-3 ${(top3 * 100).toFixed(0)}%)`, () => {
    const misses = rows
      .filter((r) => !r.got.slice(0, 3).some((p) => r.pages.includes(p)))
      .map((r) => `${r.q} -> ${r.got.slice(0, 3).join(", ")} (want ${r.pages.join("|")})`);
    console.log(
      `search quality: ${rows.length} queries, top-1 ${(top1 * 100).toFixed(1)}%, top-3 ${(top3 * 100).toFixed(1)}%`,
    );
    if (misses.length > 0) console.log(`not in the top 3:\n  ${misses.join("\n  ")}`);
    expect(top3).toBeGreaterThanOrEqual(0.9);
  });

  it.each(rows.filter((r) => r.seed).map((r) => [r.q, r] as const))(
    "seed question %j brings its page first",
    (_q, r) => {
      expect(r.got[0]).toBe(r.pages[0]);
    },
  );
});
