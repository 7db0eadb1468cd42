/**
 * Search over every section of every page, with MiniSearch. One options object, built from the
 * synonym groups, serves both the build (which indexes) and `radic search` (which loads the
 * prebuilt index), so the two can never tokenise differently.
 *
 * The serialised index is split in two (docs/decisions/002-search-index.md): a head (documents,
 * field lengths, the sorted term list) and the postings of every term. A query loads only the
 * postings of the terms it can match — exactly, by prefix or within its typo distance — so the
 * cost of a search grows with what it touches, not with the size of the content. Offsets are
 * UTF-8 byte offsets, so `radic search` reads just those bytes of the files, never the whole.
 */
import MiniSearch, { type AsPlainObject, type Options, type Query } from "minisearch";
import { analyse, patternOf, type QueryPlan, type QueryRules, TUNING } from "./search-query.js";
import {
  fromPlain,
  isExactTerm,
  type PlainThesaurus,
  type SynonymGroup,
  type Thesaurus,
  terms,
  thesaurus,
  toPlain,
} from "./search-text.js";

export { GROUPING, groupByPage, type PageHit } from "./search-group.js";

/** How many distinct terms of a question were searched, and how many were left out. */
export function queryExtent(si: SearchIndex, query: string): { dropped: number } {
  const plan = si.plan?.query === query ? si.plan.plan : analyse(query, si.thesaurus, si.rules);
  return { dropped: plan.dropped };
}
export { TUNING };

import { editDistance } from "./suggest.js";
import type { Page } from "./types.js";

/** One document per page section. `p` and `s` are stored; the rest is only indexed. */
export interface SearchDoc {
  id: number;
  p: string;
  s: string;
  /** The page's name: its id and its title before the dash ("sciatica", "Sciatica"). */
  name: string;
  /** The rest of the page's title ("leg pain from a nerve root in the …") and its aliases. */
  page: string;
  /** The section's own title. */
  title: string;
  keywords: string;
  text: string;
}

export interface SearchIndex {
  index: MiniSearch<SearchDoc>;
  thesaurus: Thesaurus;
  rules: QueryRules;
  /**
   * How many sections hold this term (0: the index does not know it). A known word is not a
   * typo, so it is never matched fuzzily; a rare word weighs more than a common one.
   */
  df: (term: string) => number;
  /**
   * Synonym tokens of the words a mistyped query word stands for ("siatica" -> the sciatica
   * group), so a typo finds what the correct word would have found.
   */
  expansions?: string[];
  /** The analysis of the query the index was opened for, so it is done once. */
  plan?: { query: string; plan: QueryPlan };
}

export interface Hit {
  /** The document id: its text is `docText(head, texts, id)`. */
  id: number;
  page: string;
  section: string;
  score: number;
  /** The document terms that matched, for highlighting. */
  terms: string[];
  /** A word of the subject matched the section's own title ("weakness" -> "What goes weak"). */
  titled: boolean;
  /** A word matched the section's own title or text, not only what it shares with its page. */
  own: boolean;
}

/**
 * What names the page weighs most, then the section's title, then the page's keywords, then the
 * text. A section title ("Causes", "Treatment") recurs on every page, so it weighs less than the
 * page's name: it picks the section of a page, not the page.
 */
export const FIELD_BOOST = { name: 5, page: 2, title: 2, keywords: 2, text: 1 };
const FUZZY = 0.2;
const MAX_FUZZY = 2;

/** Typos are forgiven in real words, never in root codes, numbers or synonym tokens. */
function allowsPrefix(term: string): boolean {
  return !isExactTerm(term) && term.length >= 4;
}
/** No English word is this long: a longer "word" is pasted noise, never matched fuzzily. */
const MAX_WORD = 40;
function fuzzyDistance(term: string): number {
  return isExactTerm(term) || term.length < 4 || term.length > MAX_WORD
    ? 0
    : Math.min(MAX_FUZZY, Math.round(term.length * FUZZY));
}

export function searchOptions(t: Thesaurus): Options<SearchDoc> {
  return {
    fields: ["name", "page", "title", "keywords", "text"],
    storeFields: ["p", "s"],
    tokenize: (text) => terms(text, t),
    // terms() has already normalised, stemmed and dropped question words.
    processTerm: (term) => term,
    searchOptions: {
      boost: FIELD_BOOST,
      combineWith: "OR",
      prefix: allowsPrefix,
      fuzzy: (term) => (fuzzyDistance(term) > 0 ? FUZZY : false),
      maxFuzzy: MAX_FUZZY,
    },
  };
}

/**
 * The documents to index: one per section, text stripped of inline marks. A page's id reads as
 * an alias ("differential diagnosis"), and a root's at-a-glance facts count as keywords of its
 * summary, so "groin pain" finds L1 first. Section aliases (`radic s1 numbness`) are for lookups
 * only: indexed, "numbness" would find every dermatome section before the symptoms page.
 */
export function searchDocs(pages: readonly Page[]): SearchDoc[] {
  let id = 0;
  return pages.flatMap((page) => {
    const { sources: _, ...glance } = page.glance ?? { sources: [] };
    return page.sections.map((section) => ({
      id: id++,
      p: page.id,
      s: section.id,
      name: [page.id.replaceAll("-", " "), titleHead(page.title)].join(" "),
      page: [page.title.slice(titleHead(page.title).length), ...page.aliases].join(" "),
      title: section.title,
      keywords: [
        ...(page.keywords ?? []),
        ...(section.id === "summary" ? Object.values(glance) : []),
      ].join(" "),
      text: plainText(section.text),
    }));
  });
}

/** A title up to its dash: "Sciatica — leg pain from …" -> "Sciatica". */
function titleHead(title: string): string {
  const at = title.search(/ [—–-] /);
  return at < 0 ? title : title.slice(0, at);
}

/** A section's blocks as one plain string: no bullet markers, no inline marks. */
export function plainText(blocks: readonly string[]): string {
  return blocks
    .map((b) => b.replace(/^\s*- /, ""))
    .join(" ")
    .replace(/\*\*|`/g, "");
}

/** Synonym groups as data/synonyms.json gives them -> groups with their shared search token. */
export function synonymGroups(groups: readonly { id: string; terms: string[] }[]): SynonymGroup[] {
  return groups.map((g) => ({ token: `~${g.id}`, terms: g.terms }));
}

interface SynonymsData {
  groups: readonly { id: string; terms: string[]; pages?: string[] | undefined }[];
  patterns?:
    | readonly { group: string; all: string[][]; pages?: string[] | undefined }[]
    | undefined;
}

/** The analyser's rules from data/synonyms.json: lay syndrome patterns, and pages groups lift. */
export function queryRules(synonyms: SynonymsData): QueryRules {
  return {
    patterns: (synonyms.patterns ?? []).map((p) => patternOf(`~${p.group}`, p.all, p.pages)),
    lifts: synonyms.groups.flatMap((g): [string, string[]][] =>
      g.pages ? [[`~${g.id}`, g.pages]] : [],
    ),
  };
}

const NO_RULES: QueryRules = { patterns: [], lifts: [] };

export function buildIndex(
  docs: readonly SearchDoc[],
  groups: readonly SynonymGroup[],
  rules: QueryRules = NO_RULES,
): SearchIndex {
  const t = thesaurus(groups);
  const index = new MiniSearch<SearchDoc>(searchOptions(t));
  index.addAll(docs);
  const df = docFrequencies(index.toJSON().index);
  return { index, thesaurus: t, rules, df: (term) => df.get(term) ?? 0 };
}

type Postings = AsPlainObject["index"][number][1];

/** Term -> number of documents holding it in any field. */
function docFrequencies(index: readonly (readonly [string, Postings])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const [term, fields] of index) {
    const docs = new Set<string>();
    for (const byDoc of Object.values(fields)) for (const id of Object.keys(byDoc)) docs.add(id);
    df.set(term, docs.size);
  }
  return df;
}

/** The small part of a split index, read on every search. */
export interface SearchHead {
  groups: SynonymGroup[];
  /** The synonym lookup tables, built once at build time. */
  thesaurus: PlainThesaurus;
  /** The query analyser's rules. */
  rules: QueryRules;
  /** MiniSearch's serialised index without its postings. */
  base: Omit<AsPlainObject, "index">;
  /** Every indexed term, sorted. */
  terms: string[];
  /** Byte offset of each term's postings in the postings file; one more entry than `terms`. */
  offsets: number[];
  /** Byte offset of each document's plain text in the texts file (for snippets); one more than docs. */
  textOffsets: number[];
}

/** The files a split index is written to: the head, every term's postings, every section's text. */
export interface SearchFiles {
  head: SearchHead;
  postings: string;
  texts: string;
}

/** The UTF-8 text between two byte offsets of a file (or of a string held in memory). */
export type ByteRange = (start: number, end: number) => string;

/** A split index as a search reads it: the head whole, the other two a byte range at a time. */
export interface SearchSource {
  head: SearchHead;
  postings: ByteRange;
  texts: ByteRange;
}

const utf8 = new TextEncoder();
const byteLength = (text: string) => utf8.encode(text).length;

/**
 * Split a built index into its head, one text holding every term's postings as JSON, and one
 * holding every document's plain text (for snippets, so a search reads no page files).
 */
export function splitIndex(
  si: SearchIndex,
  docs: readonly SearchDoc[],
  groups: readonly SynonymGroup[],
): SearchFiles {
  const { index, ...base } = si.index.toJSON();
  const sorted = [...index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const offsets: number[] = [0];
  let postings = "";
  for (const [, data] of sorted) {
    const json = JSON.stringify(data);
    postings += json;
    offsets.push((offsets.at(-1) ?? 0) + byteLength(json));
  }
  const textOffsets: number[] = [0];
  let texts = "";
  for (const d of docs) {
    texts += d.text;
    textOffsets.push((textOffsets.at(-1) ?? 0) + byteLength(d.text));
  }
  const head: SearchHead = {
    groups: [...groups],
    thesaurus: toPlain(si.thesaurus),
    rules: si.rules,
    base,
    terms: sorted.map(([term]) => term),
    offsets,
    textOffsets,
  };
  return { head, postings, texts };
}

/** The plain text of one indexed document (a page section). */
export function docText(source: Pick<SearchSource, "head" | "texts">, id: number): string {
  const at = source.head.textOffsets;
  return source.texts(at[id] ?? 0, at[id + 1] ?? 0);
}

/** First index in a sorted list whose term is >= `term`. */
function lowerBound(sorted: readonly string[], term: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? "") < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The positions of every indexed term a query could reach: its own terms, the terms they are a
 * prefix of, and the terms within their typo distance — a superset of what MiniSearch will match.
 */
export function reachableTerms(head: SearchHead, query: string, t: Thesaurus): number[] {
  return reach(head, analyse(query, t, head.rules), t).positions;
}

/**
 * The query terms forgiven a typo or completed as a prefix: words the index does not know, at
 * most MAX_TYPOS of them, so a long letter costs no more than a few words. A word the index
 * knows is matched exactly: "numb" is not "number", and it is not a typo.
 */
function typoTerms(queryTerms: Iterable<string>, known: (term: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const q of queryTerms) {
    if (out.size === MAX_TYPOS) break;
    if ((fuzzyDistance(q) > 0 || allowsPrefix(q)) && !known(q)) out.add(q);
  }
  return out;
}
export const MAX_TYPOS = 12;

function reach(
  head: SearchHead,
  plan: QueryPlan,
  t: Thesaurus,
): { positions: number[]; expansions: string[] } {
  const picked = new Set<number>();
  const expansions = new Set<string>();
  const queryTerms = [...plan.weights.keys()];
  const isKnown = (q: string) => head.terms[lowerBound(head.terms, q)] === q;
  const typos = typoTerms(queryTerms, isKnown);
  for (const q of queryTerms) {
    const at = lowerBound(head.terms, q);
    const known = head.terms[at] === q;
    if (known) picked.add(at);
    for (const i of nearTerms(head.terms, q, at, typos.has(q))) {
      picked.add(i);
      // A word the index does not know is a typo: bring in the synonyms of what it stands for.
      if (!known)
        for (const token of t.single.get(head.terms[i] ?? "") ?? []) expansions.add(token);
    }
  }
  for (const token of expansions) {
    const at = lowerBound(head.terms, token);
    if (head.terms[at] === token) picked.add(at);
  }
  return { positions: [...picked].sort((a, b) => a - b), expansions: [...expansions] };
}

/** Positions of the terms `q` is a prefix of, and of those within its typo distance. */
function nearTerms(sorted: readonly string[], q: string, at: number, typo: boolean): number[] {
  const near: number[] = [];
  if (typo && allowsPrefix(q)) {
    for (let i = at; i < sorted.length && (sorted[i] ?? "").startsWith(q); i++) near.push(i);
  }
  const d = typo ? fuzzyDistance(q) : 0;
  if (d === 0) return near;
  // Within `d` edits, one of the first two characters of each word appears among the first two
  // of the other: a cheap test that spares most distance checks, and keeps a typo in the first
  // letter from matching unrelated words ("foot" is not "root").
  const q0 = q[0];
  const q1 = q[1];
  sorted.forEach((term, i) => {
    if (Math.abs(term.length - q.length) > d) return;
    const t0 = term[0];
    if (t0 !== q0 && t0 !== q1 && term[1] !== q0) return;
    if (editDistance(q, term, d) <= d) near.push(i);
  });
  return near;
}

/** Assemble a MiniSearch holding just the postings this query can reach. */
export function openIndex(head: SearchHead, postings: ByteRange, query: string): SearchIndex {
  const t = fromPlain(head.thesaurus);
  const plan = analyse(query, t, head.rules);
  const { positions, expansions } = reach(head, plan, t);
  return { ...assemble(head, postings, positions, t), expansions, plan: { query, plan } };
}

/** A MiniSearch holding the postings of the terms at these positions of the head's term list. */
export function assemble(
  head: SearchHead,
  postings: ByteRange,
  positions: readonly number[],
  t = fromPlain(head.thesaurus),
): SearchIndex {
  const index = positions.map((i): [string, Postings] => [
    head.terms[i] ?? "",
    JSON.parse(postings(head.offsets[i] ?? 0, head.offsets[i + 1] ?? 0)) as Postings,
  ]);
  // The positions include every exact match of the query's terms, so a query term missing from
  // them is missing from the whole index.
  const df = docFrequencies(index);
  return {
    index: MiniSearch.loadJS<SearchDoc>({ ...head.base, index }, searchOptions(t)),
    thesaurus: t,
    rules: head.rules,
    df: (term) => df.get(term) ?? 0,
  };
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
  const results = si.index.search(q, {
    boostDocument: (_id, _term, stored) => lifts.get(String(stored?.["p"])) ?? 1,
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
