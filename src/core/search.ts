/**
 * Search over every section of every page, with MiniSearch: the index (search-index.ts), read a
 * byte range at a time (search-split.ts), a question analysed before it is scored
 * (search-query.ts) and the results grouped by page (search-group.ts).
 */
import type { Query } from "minisearch";
import {
  allowsPrefix,
  FUZZY,
  fuzzyDistance,
  type Hit,
  type SearchIndex,
  typoTerms,
} from "./search-index.js";
import { analyse, TUNING } from "./search-query.js";

export { GROUPING, groupByPage, type PageHit } from "./search-group.js";
export * from "./search-index.js";
export * from "./search-split.js";
export { TUNING };

const DISC_PAGE = /^[ctl]\d{1,2}-[ctls]\d{1,2}$/;

/** How many distinct terms of a question were searched, and how many were left out. */
export function queryExtent(si: SearchIndex, query: string): { dropped: number } {
  const plan = si.plan?.query === query ? si.plan.plan : analyse(query, si.thesaurus, si.rules);
  return { dropped: plan.dropped };
}

/**
 * A rare word says more than a common one: "amitriptyline" outweighs "nerve pain down the leg".
 * Each weight is scaled by the term's inverse document frequency relative to a term found in
 * one section in `TUNING.idfRef`, to the power `TUNING.idfPower`. A word the index does not
 * know (a typo) keeps its weight.
 */
function specific(weights: ReadonlyMap<string, number>, si: SearchIndex): Map<string, number> {
  const n = si.index.documentCount;
  const idf = (df: number) => Math.log(1 + n / df);
  const ref = idf(n / TUNING.idfRef);
  const out = new Map<string, number>();
  for (const [term, w] of weights) {
    const df = si.df(term);
    out.set(term, df > 0 ? w * (idf(df) / ref) ** TUNING.idfPower : w);
  }
  return out;
}

/**
 * Best sections first. The query is analysed first (src/core/search-query.ts): each term has a
 * weight, so question scaffolding and section-title words count for less than the subject, and
 * pages the query points at — a root or disc level it names, a warning sign, a syndrome it
 * describes — are lifted. MiniSearch's own score multiplies by the number of query terms a
 * section matches, which lets a long question's incidental words outvote its subject; here it
 * is divided out and replaced by the share of the query's weight the section matches.
 */
export function search(si: SearchIndex, query: string, limit: number): Hit[] {
  const plan = si.plan?.query === query ? si.plan.plan : analyse(query, si.thesaurus, si.rules);
  const { facets, lifts } = plan;
  const weights = specific(plan.weights, si);
  const expansions = (si.expansions ?? []).filter((x) => !weights.has(x));
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const typos = typoTerms(weights.keys(), (x) => si.df(x) > 0);
  const subject = [...weights.keys()].filter((x) => !facets.has(x));
  const weight = (term: string) => weights.get(term) ?? 1;
  const leaf = (
    list: string[],
    boost: Record<string, number>,
    fields: string[],
    b: number,
    boostTerm = weight,
  ) => ({ queries: list, fields, boost, bm25: { k: 1.2, b, d: 0.5 }, boostTerm });
  // The page's name is scored with less length normalisation than the rest: a page with many
  // aliases is not less about its subject. A section-kind word keeps its full weight there
  // ("Outlook" names the prognosis page) and counts for little in section titles and text.
  const facetList = [...facets];
  const q: Query = {
    combineWith: "OR",
    queries: [
      leaf([...subject, ...expansions], TUNING.subject, ["name", "page"], TUNING.pageB),
      leaf([...subject, ...expansions], TUNING.subject, ["title", "keywords", "text"], TUNING.b),
      ...(facets.size > 0
        ? [
            leaf(
              facetList,
              TUNING.facetFields,
              ["name", "page"],
              TUNING.pageB,
              () => TUNING.facetPage,
            ),
            leaf(facetList, TUNING.facetFields, ["title", "keywords", "text"], TUNING.b),
          ]
        : []),
    ],
    tokenize: (s: string) => [s],
    processTerm: (s: string) => s,
    prefix: (term: string) => typos.has(term) && allowsPrefix(term),
    fuzzy: (term: string) => (typos.has(term) && fuzzyDistance(term) > 0 ? FUZZY : false),
  };
  // A disc-level page is short and much like its neighbours: it comes up when its level is
  // named (a lift), and otherwise counts for little.
  const results = si.index.search(q, {
    boostDocument: (_id, _term, stored) => {
      const page = String(stored?.["p"]);
      return lifts.get(page) ?? (DISC_PAGE.test(page) ? TUNING.discPage : 1);
    },
  });
  return results
    .map((r) => {
      const matched = r.queryTerms.reduce((a, x) => a + (weights.get(x) ?? 1), 0);
      const share = Math.min(1, matched / total);
      const score = (r.score / (r.queryTerms.length || 1)) * (TUNING.coordBase + share);
      return {
        id: Number(r.id),
        page: String(r["p"]),
        section: String(r["s"]),
        score: Math.round(score * 100) / 100,
        terms: r.terms,
        // The section's own title names what was asked ("Causes", "What goes weak"), and the
        // word is not simply the page's name repeated ("Sciatica in pregnancy" for "sciatica").
        titled: Object.values(r.match).some((f) => f.includes("title") && !f.includes("name")),
        own: Object.values(r.match).some((f) => f.includes("title") || f.includes("text")),
      };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
