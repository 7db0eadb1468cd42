/**
 * The search index: one MiniSearch document per page section, and the options object that the
 * build (which indexes) and `radic search` (which loads the prebuilt index) share, so the two
 * can never tokenise differently. Also what decides which words are matched fuzzily.
 */
import MiniSearch, { type AsPlainObject, type Options } from "minisearch";
import { patternOf, type QueryPlan, type QueryRules, TUNING } from "./search-query.js";
import { isExactTerm, type SynonymGroup, type Thesaurus, terms, thesaurus } from "./search-text.js";
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
export const FIELD_BOOST = TUNING.subject;
export const FUZZY = 0.2;
const MAX_FUZZY = 2;

/** Typos are forgiven in real words, never in root codes, numbers or synonym tokens. */
export function allowsPrefix(term: string): boolean {
  return !isExactTerm(term) && term.length >= 4;
}
/** No English word is this long: a longer "word" is pasted noise, never matched fuzzily. */
const MAX_WORD = 40;
export function fuzzyDistance(term: string): number {
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
export function queryRules(synonyms: SynonymsData, areas: readonly AreaRoot[] = []): QueryRules {
  return {
    patterns: [
      ...(synonyms.patterns ?? []).map((p) => patternOf(`~${p.group}`, p.all, p.pages)),
      ...areas.map((a) => patternOf(a.root, [areaNames(a.label), NUMB_WORDS], [a.root])),
    ],
    lifts: synonyms.groups.flatMap((g): [string, string[]][] =>
      g.pages ? [[`~${g.id}`, g.pages]] : [],
    ),
  };
}

/** An area of a limb whose skin one root supplies (data/vocabulary.json `areas`, weight 1). */
export interface AreaRoot {
  label: string;
  root: string;
}

/** Words for numbness and tingling: where they are felt points to a root (pain does less). */
const NUMB_WORDS = [
  "numb",
  "numbness",
  "tingling",
  "tingle",
  "tingles",
  "tingly",
  "pins and needles",
  "no feeling",
  "can't feel",
  "dead",
];

/** The ways people name an area: "outer edge of the foot", "outside edge of my foot" … */
function areaNames(label: string): string[] {
  const head = (label.split(",")[0] ?? label).replace(/\s*\([^)]*\)/g, "").trim();
  const out = new Set<string>([head]);
  for (const x of [...out]) {
    out.add(x.replace(/\bthe\b/g, "my"));
    out.add(x.replace(/\bthe /g, ""));
  }
  for (const x of [...out]) {
    out.add(x.replace(/\bouter\b/g, "outside"));
    out.add(x.replace(/\binner\b/g, "inside"));
  }
  return [...out];
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

export type Postings = AsPlainObject["index"][number][1];

/** Term -> number of documents holding it in any field. */
export function docFrequencies(
  index: readonly (readonly [string, Postings])[],
): Map<string, number> {
  const df = new Map<string, number>();
  for (const [term, fields] of index) {
    const docs = new Set<string>();
    for (const byDoc of Object.values(fields)) for (const id of Object.keys(byDoc)) docs.add(id);
    df.set(term, docs.size);
  }
  return df;
}

/**
 * The query terms forgiven a typo or completed as a prefix: words the index does not know, at
 * most MAX_TYPOS of them, so a long letter costs no more than a few words. A word the index
 * knows is matched exactly: "numb" is not "number", and it is not a typo.
 */
export function typoTerms(
  queryTerms: Iterable<string>,
  known: (term: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const q of queryTerms) {
    if (out.size === MAX_TYPOS) break;
    if ((fuzzyDistance(q) > 0 || allowsPrefix(q)) && !known(q)) out.add(q);
  }
  return out;
}
export const MAX_TYPOS = 12;
