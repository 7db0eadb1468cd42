/**
 * The serialised index split in two (docs/decisions/002-search-index.md): a head (documents,
 * field lengths, the sorted term list) and the postings of every term. A query loads only the
 * postings of the terms it can match — exactly, by prefix or within its typo distance — so the
 * cost of a search grows with what it touches, not with the size of the content. Offsets are
 * UTF-8 byte offsets, so `radic search` reads just those bytes of the files, never the whole.
 */
import MiniSearch, { type AsPlainObject } from "minisearch";
import {
  allowsPrefix,
  docFrequencies,
  fuzzyDistance,
  type Postings,
  type SearchDoc,
  type SearchIndex,
  searchOptions,
  typoTerms,
} from "./search-index.js";
import { analyse, type QueryPlan, type QueryRules } from "./search-query.js";
import {
  fromPlain,
  type PlainThesaurus,
  type SynonymGroup,
  type Thesaurus,
  toPlain,
} from "./search-text.js";
import { editDistance } from "./suggest.js";

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
  const plan = analyse(query, t, head.rules, (x) => head.terms[lowerBound(head.terms, x)] === x);
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
