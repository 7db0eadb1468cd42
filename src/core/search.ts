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
import {
  fromPlain,
  isExactTerm,
  isRootCode,
  type PlainThesaurus,
  type SynonymGroup,
  type Thesaurus,
  terms,
  thesaurus,
  toPlain,
} from "./search-text.js";
import { SECTION_ALIASES } from "./sections.js";
import { editDistance } from "./suggest.js";
import type { Page } from "./types.js";

/** One document per page section. `p` and `s` are stored; the rest is only indexed. */
export interface SearchDoc {
  id: number;
  p: string;
  s: string;
  title: string;
  aliases: string;
  keywords: string;
  text: string;
}

export interface SearchIndex {
  index: MiniSearch<SearchDoc>;
  thesaurus: Thesaurus;
  /**
   * Synonym tokens of the words a mistyped query word stands for ("siatica" -> the sciatica
   * group), so a typo finds what the correct word would have found.
   */
  expansions?: string[];
}

export interface Hit {
  /** The document id: its text is `docText(head, texts, id)`. */
  id: number;
  page: string;
  section: string;
  score: number;
  /** The document terms that matched, for highlighting. */
  terms: string[];
}

/** Title words weigh most, then aliases, then keywords, then the text itself. */
export const FIELD_BOOST = { title: 4, aliases: 3, keywords: 2, text: 1 };
/** How much a query that names a root lifts that root's sections. */
export const ROOT_BOOST = 4;
const FUZZY = 0.2;
const MAX_FUZZY = 2;

/** Typos are forgiven in real words, never in root codes, numbers or synonym tokens. */
function allowsPrefix(term: string): boolean {
  return !isExactTerm(term) && term.length >= 4;
}
function fuzzyDistance(term: string): number {
  return isExactTerm(term) || term.length < 4
    ? 0
    : Math.min(MAX_FUZZY, Math.round(term.length * FUZZY));
}

export function searchOptions(t: Thesaurus): Options<SearchDoc> {
  return {
    fields: ["title", "aliases", "keywords", "text"],
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
 * summary, so "groin pain" finds L1 first.
 */
export function searchDocs(pages: readonly Page[]): SearchDoc[] {
  let id = 0;
  return pages.flatMap((page) => {
    const { sources: _, ...glance } = page.glance ?? { sources: [] };
    return page.sections.map((section) => ({
      id: id++,
      p: page.id,
      s: section.id,
      title: `${page.title} ${section.title}`,
      aliases: [
        page.id.replaceAll("-", " "),
        ...page.aliases,
        ...(SECTION_ALIASES[section.id] ?? []),
      ].join(" "),
      keywords: [
        ...(page.keywords ?? []),
        ...(section.id === "summary" ? Object.values(glance) : []),
      ].join(" "),
      text: plainText(section.text),
    }));
  });
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

export function buildIndex(
  docs: readonly SearchDoc[],
  groups: readonly SynonymGroup[],
): SearchIndex {
  const t = thesaurus(groups);
  const index = new MiniSearch<SearchDoc>(searchOptions(t));
  index.addAll(docs);
  return { index, thesaurus: t };
}

type Postings = AsPlainObject["index"][number][1];

/** The small part of a split index, read on every search. */
export interface SearchHead {
  groups: SynonymGroup[];
  /** The synonym lookup tables, built once at build time. */
  thesaurus: PlainThesaurus;
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
  return reach(head, query, t).positions;
}

function reach(
  head: SearchHead,
  query: string,
  t: Thesaurus,
): { positions: number[]; expansions: string[] } {
  const picked = new Set<number>();
  const expansions = new Set<string>();
  for (const q of new Set(terms(query, t))) {
    const at = lowerBound(head.terms, q);
    const known = head.terms[at] === q;
    if (known) picked.add(at);
    for (const i of nearTerms(head.terms, q, at)) {
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
function nearTerms(sorted: readonly string[], q: string, at: number): number[] {
  const near: number[] = [];
  if (allowsPrefix(q)) {
    for (let i = at; i < sorted.length && (sorted[i] ?? "").startsWith(q); i++) near.push(i);
  }
  const d = fuzzyDistance(q);
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
  const { positions, expansions } = reach(head, query, t);
  return { ...assemble(head, postings, positions, t), expansions };
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
  return {
    index: MiniSearch.loadJS<SearchDoc>({ ...head.base, index }, searchOptions(t)),
    thesaurus: t,
  };
}

/**
 * Best sections first. A query that names a root (`s1`, `L5`) ranks that root's sections above
 * others; question words count for nothing.
 */
export function search(si: SearchIndex, query: string, limit: number): Hit[] {
  const roots = new Set(terms(query, si.thesaurus).filter(isRootCode));
  const expansions = si.expansions ?? [];
  const exact = {
    tokenize: (s: string) => [s],
    processTerm: (s: string) => s,
    prefix: false,
    fuzzy: false,
  };
  const q: Query =
    expansions.length > 0
      ? { combineWith: "OR", queries: [query, { ...exact, queries: expansions }] }
      : query;
  const results = si.index.search(q, {
    boostDocument: (_id, _term, stored) =>
      roots.size > 0 && roots.has(String(stored?.["p"])) ? ROOT_BOOST : 1,
  });
  return results.slice(0, limit).map((r) => ({
    id: Number(r.id),
    page: String(r["p"]),
    section: String(r["s"]),
    score: Math.round(r.score * 100) / 100,
    terms: r.terms,
  }));
}
