/**
 * Results one page at a time: the best section of each page, with the page's other matching
 * sections under it, so the first screen offers different pages instead of "sciatica, sciatica,
 * sciatica". A page's score is its best section's, plus a little for each further section that
 * matches: a page about the subject throughout beats a page with one section that names it.
 */
import type { Hit } from "./search.js";

export interface PageHit {
  page: string;
  score: number;
  /** The page's matching sections, best first. */
  sections: Hit[];
}

export const GROUPING = {
  /** Within a page, a section whose own title the subject matches comes first by this factor. */
  titled: 1.5,
  /** Share of the next sections' scores added to a page's best. */
  more: 0.15,
  /** How many further sections count. */
  count: 3,
};

/** Group section hits (best first) by page; pages best first. */
export function groupByPage(hits: readonly Hit[]): PageHit[] {
  const byPage = new Map<string, Hit[]>();
  for (const h of hits) byPage.set(h.page, [...(byPage.get(h.page) ?? []), h]);
  const pages = [...byPage].map(([page, sections]) => {
    const [best, ...rest] = sections;
    // Only sections matched on their own words count: a page keyword every section shares
    // ("big toe" on the dermatomes page) says nothing more the second time.
    const more = rest
      .filter((h) => h.own)
      .slice(0, GROUPING.count)
      .reduce((a, h) => a + h.score, 0);
    const score = (best?.score ?? 0) + GROUPING.more * more;
    // The page ranks by its sections' scores; its sections are then ordered for the reader.
    const inPage = (h: Hit) => h.score * (h.titled ? GROUPING.titled : 1);
    const ordered = [...sections].sort((a, b) => inPage(b) - inPage(a));
    return { page, score: Math.round(score * 100) / 100, sections: ordered };
  });
  return pages.sort((a, b) => b.score - a.score);
}
