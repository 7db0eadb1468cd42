/**
 * What a question asks, before it is scored: its terms with a weight each, and the pages it
 * points at. Real questions carry scaffolding ("my doctor says", "is it normal that"), name a
 * section rather than a subject ("causes", "how long", "treatment"), describe a syndrome in lay
 * words ("can only walk a short way, then has to sit"), name a disc level ("C6-7") or a warning
 * sign. Each of those is weighed here; MiniSearch does the matching and the BM25 scoring.
 */
import { discOfTerm, isRootCode, stem, type Thesaurus, terms, words } from "./search-text.js";
import { editDistance } from "./suggest.js";

/** A lay description of a syndrome: one word or phrase (stemmed) of every list -> `token`. */
export interface Pattern {
  token: string;
  all: string[][][];
  /** Pages a match lifts. */
  pages: string[];
}

/** What the build stores for the analyser, besides the thesaurus. */
export interface QueryRules {
  patterns: Pattern[];
  /** Synonym token -> pages a query using it lifts. */
  lifts: [string, string[]][];
}

/**
 * At most this many distinct terms of a question are weighed and matched: a letter of a few
 * hundred words has far fewer, so real questions lose nothing; the cap only bounds the work
 * for pasted pages of text.
 */
export const MAX_TERMS = 256;

export interface QueryPlan {
  /** Distinct terms past MAX_TERMS, left out. */
  dropped: number;
  /** Each distinct term of the query and its weight (1 = a subject word). */
  weights: Map<string, number>;
  /** The terms that name a kind of section, not a subject. */
  facets: Set<string>;
  /** Page -> factor for the pages the query points at. */
  lifts: Map<string, number>;
}

/**
 * Words that name a kind of section — every page has causes, symptoms, treatment, outlook, red
 * flags — or the scaffolding of a question. They choose the section of a page but must not choose
 * the page: "what causes sciatica" is about sciatica. Stems, and the synonym tokens they carry.
 */
const FACETS = new Set(
  (
    "caus ~cause reason symptom sign treat ~treatment therapy manag cure outlook ~outlook prognosis " +
    "recovery recover long last help happen short summary overview common usual best option " +
    "option work risk felt goe anatomy mimic normal possibl way"
  ).split(" "),
);

/** Words that say who is asking or how, not what: weighed least. */
const SCAFFOLD = new Set(
  (
    "doctor gp told say said ask asked know wonder think thought want need question worri " +
    "concern advic advis suggest recommend realli actually maybe perhap lately recently week " +
    "month year day time year old age differenc between"
  ).split(" "),
);

/**
 * The numbers of the ranking, measured on the natural-question sets
 * (docs/decisions/006-natural-search.md). One object, so an experiment can vary them.
 */
export const TUNING = {
  /** Weight of a section-kind word when the query has a subject. */
  facet: 0.3,
  /** Weight of a scaffolding word. */
  scaffold: 0.15,
  /** Weight of a syndrome a lay description matched. */
  pattern: 2,
  /** How much a query that names a root lifts that root's sections. */
  rootLift: 3,
  /** ... in a query of up to this many subject terms; less in longer ones. */
  rootSpan: 10,
  /** ... and its own weight falls as (span / subject terms) ^ this. */
  rootWeightPower: 0.5,
  /** How much a warning sign or a syndrome lifts its pages. */
  pageLift: 2,
  /** Field boosts for subject words. */
  subject: { name: 5, page: 2, title: 1.5, keywords: 1.5, text: 1 } as Record<string, number>,
  /** Weight of a section-kind word in the page's name ("Outlook — how sciatica … recover"). */
  facetPage: 0.6,
  /** Field boosts for section-kind words: they name a page ("Causes of …"), or pick a section. */
  facetFields: { name: 5, page: 2, title: 1, keywords: 1, text: 0.5 } as Record<string, number>,
  /** BM25 length normalisation (b) for the page's name and for the rest. */
  pageB: 0.3,
  b: 0.7,
  /** Query terms weigh (idf / idf of a term in one section in idfRef) ^ idfPower. */
  idfRef: 20,
  idfPower: 1,
  /** Score = BM25 sum x (coordBase + share of the query's weight matched). */
  coordBase: 0.5,
  /**
   * In a letter of several sentences, the sentence that asks ("How long will it last?") says
   * what the person wants; the rest is background. From this many words on, a term of an asked
   * sentence weighs `asked` times more, a term only of the background `background` times, and a
   * section-kind word of an asked sentence `askedFacet` (it names what is asked).
   */
  askedFrom: 20,
  asked: 2.5,
  background: 0.8,
  askedFacet: 0.8,
  /** ... provided the asked sentences name at least this many subject terms. */
  askedNames: 3,
  /** How much a worried question with a warning sign lifts the red-flags page. */
  worryLift: 4,
  /** How much a disc-level page counts when the query does not name its level. */
  discPage: 0.2,
};

/** Words that open a question, in a sentence without a question mark. */
const ASKING = new Set(
  (
    "how what which why when where who should shall will would can could do does did is are am " +
    "was were has have any whats hows"
  ).split(" "),
);

/** A question asked without a question mark: "I'd like to know whether …", "I wonder if …". */
const WANT_TO_KNOW =
  /\b(i'?d like to know|i would like to know|i want to know|i need to know|i wonder|i'?m wondering|wondering (if|whether)|please (tell|explain)|can (you|someone) (tell|explain))\b/i;

/**
 * The terms of the sentences that ask, when a query of several sentences has some and also has
 * sentences that do not: empty otherwise (a one-sentence question is all asking).
 */
export function askedTerms(query: string, t: Thesaurus): Set<string> {
  const sentences = query
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
  if (sentences.length < 2) return new Set();
  const asks = sentences.filter(
    (s) => s.endsWith("?") || ASKING.has(words(s)[0] ?? "") || WANT_TO_KNOW.test(s),
  );
  if (asks.length === 0 || asks.length === sentences.length) return new Set();
  return new Set(asks.flatMap((s) => terms(s, t)));
}

/** Does the query hold one of these (stemmed) phrases? */
function holds(stems: readonly string[], phrases: readonly string[][]): boolean {
  return phrases.some((p) => stems.some((_, i) => p.every((w, j) => stems[i + j] === w)));
}

/** Stem every word of every alternative: the form patterns are stored in. */
export function patternOf(
  token: string,
  all: readonly (readonly string[])[],
  pages: readonly string[] = [],
): Pattern {
  return { token, all: all.map((alts) => alts.map((a) => words(a).map(stem))), pages: [...pages] };
}

/**
 * Section-kind words as people spell them, so that a misspelt one ("treatmnet", "recovry") is
 * still read as naming a section, not as a subject MiniSearch would match loosely.
 */
const FACET_WORDS =
  "treatment symptoms recovery prognosis causes outlook therapy management options".split(" ");

/** A misspelt section-kind word, as the terms of the word meant; undefined if it is none. */
function facetMeant(term: string, t: Thesaurus): string[] | undefined {
  if (term.length < 5 || term.startsWith("~")) return undefined;
  const limit = term.length >= 8 ? 2 : 1;
  const word = FACET_WORDS.find((w) => editDistance(term, w, limit) <= limit);
  return word ? terms(word, t) : undefined;
}

/** A term's weight: a syndrome, scaffolding, a section-kind word or a subject word. */
function baseWeight(x: string, pattern: boolean, facet: boolean): number {
  if (pattern) return TUNING.pattern;
  if (SCAFFOLD.has(x)) return TUNING.scaffold;
  return facet ? TUNING.facet : 1;
}

/** The terms of a letter's asked sentences, when they name enough of a subject to count. */
function askedOf(query: string, t: Thesaurus): Set<string> {
  if (words(query).length < TUNING.askedFrom) return new Set();
  const asking = askedTerms(query, t);
  // A question that names nothing ("does it mean anything?") leaves the subject to the letter.
  const named = [...asking].filter((x) => !FACETS.has(x) && !SCAFFOLD.has(x)).length;
  return named >= TUNING.askedNames ? asking : new Set();
}

/** Words of a worried question: "should I be worried", "is it serious", "is this dangerous". */
const WORRY = new Set("worri concern serious dangerous danger emergency urgent scared".split(" "));

/**
 * Pages a query points at: a root or disc level it names (lifted less, and weighed less, the
 * longer the query), and the pages of its synonyms and syndromes.
 */
function liftsOf(
  weights: Map<string, number>,
  facets: ReadonlySet<string>,
  rules: QueryRules,
  matched: readonly Pattern[],
): Map<string, number> {
  const lifts = new Map<string, number>();
  // A root named in a short query is its subject; in a long letter, one detail among many.
  const subjects = [...weights.keys()].filter((x) => !facets.has(x) && !SCAFFOLD.has(x)).length;
  const short = Math.min(1, TUNING.rootSpan / subjects);
  const rootLift = 1 + (TUNING.rootLift - 1) * short;
  for (const x of weights.keys()) {
    // A disc level lifts its own page as a root code lifts the root's, unless the query asks
    // for a kind of section (symptoms, treatment …), which the root's page has and it does not.
    const disc = discOfTerm(x);
    if (!isRootCode(x) && !disc) continue;
    lifts.set(disc ?? x, disc && facets.size > 0 ? 1 : rootLift);
    weights.set(x, (weights.get(x) ?? 1) * short ** TUNING.rootWeightPower);
  }
  const liftOf = new Map(rules.lifts);
  const pages = [...weights.keys()].flatMap((x) => liftOf.get(x) ?? []);
  for (const page of [...pages, ...matched.flatMap((p) => p.pages)])
    lifts.set(page, Math.max(lifts.get(page) ?? 1, TUNING.pageLift));
  // A worried question with a warning sign in it (a past cancer, a fever, both legs) asks
  // whether it is serious: the warning signs come first, whatever else the letter says.
  if (pages.includes("red-flags") && [...weights.keys()].some((x) => WORRY.has(x)))
    lifts.set("red-flags", TUNING.worryLift);
  return lifts;
}

/**
 * The weighted terms of a query and the pages it points at. `known` (whether the index has a
 * term) lets a misspelt section-kind word be read as the word meant.
 */
export function analyse(
  query: string,
  t: Thesaurus,
  rules: QueryRules,
  known?: (term: string) => boolean,
): QueryPlan {
  const found = terms(query, t).flatMap((x) =>
    known && !known(x) ? (facetMeant(x, t) ?? [x]) : [x],
  );
  const stems = words(query).map(stem);
  const weights = new Map<string, number>();
  // Where numbness is felt names a root in a short question; in a letter it is background, and a
  // syndrome described around it (the elbow leant on, the hand at night) says more.
  const held = rules.patterns.filter((p) => p.all.every((alts) => holds(stems, alts)));
  const syndrome = held.some((p) => !isRootCode(p.token));
  const short = stems.length < TUNING.askedFrom;
  const matched = held.filter((p) => !isRootCode(p.token) || (short && !syndrome));
  const distinct = [...new Set(found)];
  const kept = distinct.slice(0, MAX_TERMS);
  const tokens = new Set(matched.map((p) => p.token));
  const all = [...kept, ...tokens];
  const hasSubject = all.some((x) => !FACETS.has(x) && !SCAFFOLD.has(x));
  const facets = new Set<string>();
  const asked = askedOf(query, t);
  for (const x of all) {
    const facet = FACETS.has(x) && hasSubject;
    if (facet) facets.add(x);
    const pattern = tokens.has(x);
    let w = baseWeight(x, pattern, facet);
    if (asked.size > 0 && !pattern && !SCAFFOLD.has(x))
      w = !asked.has(x) ? w * TUNING.background : facet ? TUNING.askedFacet : w * TUNING.asked;
    weights.set(x, Math.max(weights.get(x) ?? 0, w));
  }
  const lifts = liftsOf(weights, facets, rules, matched);
  return { weights, facets, lifts, dropped: distinct.length - kept.length };
}
