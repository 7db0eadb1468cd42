import { parseDiscLevel } from "./disc.js";

/**
 * How radic turns text into search terms, the same way for the pages it indexes and for the
 * queries people type: normalised, question words dropped, lightly stemmed, and lay phrases
 * ("pins and needles", "slipped disc") mapped to one shared term with their clinical words.
 */

/** Words that carry no meaning in a question ("how is … treated", "what is a …"). */
const STOP_WORDS = new Set(
  (
    "a an the is are was were be been being am what which who whom whose how why when where " +
    "does do did done can could should would will shall may might must i me my mine we our you your " +
    "he she they them their it its of in on at to for with and or but from by about as into onto " +
    "this that these those there here have has had having get gets got any some also very so than " +
    "then if tell explain mean means meaning please i'm i've i'd i'll it's what's that's there's " +
    "don't doesn't didn't isn't aren't wasn't won't just really still ago because else such own " +
    "too lot lots bit something anything thing things ok okay hi hello thanks thank dear anyone " +
    "someone"
  ).split(" "),
);

const ROOT_CODE = /^[ctls]\d{1,2}$/;

/** A disc level written with a separator or joined: `c5-6`, `c5/c6`, `l4–5`, `l5-s1`, `l5s1`. */
const DISC_LEVEL =
  /\b([ctl])(\d{1,2}) ?[-/\u2010-\u2015] ?([ctls]?)(\d{1,2})\b|\b([ctl])(\d{1,2})([ctls])(\d{1,2})\b/g;

/**
 * A disc level stands for the root it usually presses on (data/discs.json, src/core/disc.ts):
 * a C5–C6 disc for C6, an L4–L5 disc for L5. People name the disc; the page they need is the
 * lower root's, and a query that kept both codes would rank the upper one just as high. The
 * level itself is kept as one term (`discl5s1`), which names its own disc-level page.
 */
export function discToRoots(text: string): string {
  return text.replace(DISC_LEVEL, (whole, ...m: (string | undefined)[]) => {
    const [a, b, c, d] = m[0] ? m.slice(0, 4) : m.slice(4, 8);
    const level = parseDiscLevel(`${a}${b}-${c || a}${d}`);
    if (!level) return whole;
    // "A far-lateral L4–L5 disc" presses on the root leaving at that level (L4), not on L5.
    const at = m.find((x) => typeof x === "number") as number | undefined;
    const before = at === undefined ? "" : text.slice(Math.max(0, at - 40), at);
    const roots =
      FAR_LATERAL.test(before) && level.farLateral.length > 0 ? level.farLateral : level.usual;
    return `${roots.join(" ")} ${discTerm(level.id)}`;
  });
}

const FAR_LATERAL = /\b(far[- ]?lateral|extra-?foraminal|foraminal)\b[^.?!]*$/;

/** The search term of a disc level: `l5-s1` -> `discl5s1`. */
export function discTerm(id: string): string {
  return `disc${id.replace("-", "")}`;
}

/** The disc level a search term names (`discl5s1` -> `l5-s1`), if it is one. */
export function discOfTerm(term: string): string | undefined {
  const m = /^disc([ctl]\d{1,2})([ctls]\d{1,2})$/.exec(term);
  return m ? `${m[1]}-${m[2]}` : undefined;
}

/** A synonym group: every term in it also indexes (and queries) as `token`. */
export interface SynonymGroup {
  token: string;
  terms: string[];
}

/** Lower case, accents folded, curly quotes straightened, root codes joined ("S 1" -> "s1"). */
export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\b([ctls])[ -]?(\d{1,2})\b/g, "$1$2");
}

/**
 * Split into words: Latin letters and digits, keeping an apostrophe inside a word ("can't").
 * radic's content is English; a Unicode-property pattern would cost half a millisecond to
 * compile on every start, so the letters are listed.
 */
export function words(text: string): string[] {
  return discToRoots(normalize(text)).match(WORD) ?? [];
}
const WORD = /[a-z0-9\u00df-\u024f]+(?:'[a-z\u00df-\u024f]+)?/g;

/**
 * A small suffix stripper, enough that "treated", "treating" and "treatment" meet, and
 * "numbness" meets "numb". Root codes and short words are left alone.
 */
export function stem(word: string): string {
  if (word.length <= 3 || ROOT_CODE.test(word)) return word;
  let w = word.replace(/'s$/, "");
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ["ment", "ness", "ing", "ed"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** The lookup tables built once from the synonym groups. */
export interface Thesaurus {
  /** Multi-word phrases (their stemmed words) -> token, longest first. */
  phrases: [string[], string][];
  /** Single stemmed words -> tokens. */
  single: Map<string, string[]>;
  /** The phrases by their first word, so a long text costs one lookup per word. */
  byFirst?: Map<string, [string[], string][]>;
}

/** A thesaurus as JSON can hold it (the build stores it with the search index). */
export interface PlainThesaurus {
  phrases: [string[], string][];
  single: [string, string[]][];
}

export function toPlain(t: Thesaurus): PlainThesaurus {
  return { phrases: t.phrases, single: [...t.single] };
}

export function fromPlain(p: PlainThesaurus): Thesaurus {
  return { phrases: p.phrases, single: new Map(p.single) };
}

function phrasesStarting(t: Thesaurus, word: string): readonly [string[], string][] {
  if (!t.byFirst) {
    const byFirst = new Map<string, [string[], string][]>();
    for (const p of t.phrases) {
      const first = p[0][0] ?? "";
      const list = byFirst.get(first);
      if (list) list.push(p);
      else byFirst.set(first, [p]);
    }
    t.byFirst = byFirst;
  }
  return t.byFirst.get(word) ?? [];
}

export function thesaurus(groups: readonly SynonymGroup[]): Thesaurus {
  const phrases: [string[], string][] = [];
  const single = new Map<string, string[]>();
  for (const g of groups) {
    for (const term of g.terms) {
      const ws = words(term).map(stem);
      if (ws.length === 1 && ws[0]) single.set(ws[0], [...(single.get(ws[0]) ?? []), g.token]);
      else if (ws.length > 1) phrases.push([ws, g.token]);
    }
  }
  phrases.sort((a, b) => b[0].length - a[0].length);
  return { phrases, single };
}

/**
 * Text -> search terms: stems of the content words, plus a synonym token for every phrase or
 * word that belongs to a synonym group. Phrases are matched before question words are dropped,
 * so "can't stand on tiptoes" still counts.
 */
export function terms(text: string, t: Thesaurus): string[] {
  const ws = words(text);
  const stems = ws.map(stem);
  const out: string[] = [];
  // A word inside a matched phrase means what the phrase means: "drugs" in "inject drugs" is
  // not a painkiller, so it keeps its stem but not its own synonyms.
  let phraseEnd = 0;
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i] ?? "";
    for (const [phrase, token] of phrasesStarting(t, s)) {
      if (phrase.every((w, j) => stems[i + j] === w)) {
        out.push(token);
        phraseEnd = Math.max(phraseEnd, i + phrase.length);
      }
    }
    // Stop words are compared unstemmed too: "where" stems to "wher", "does" to "doe".
    if (!STOP_WORDS.has(s) && !STOP_WORDS.has(ws[i] ?? "")) {
      out.push(s);
      if (i >= phraseEnd) for (const token of t.single.get(s) ?? []) out.push(token);
    }
  }
  return out;
}

/** Root codes and synonym tokens match exactly; L4 and L5 are one edit apart, never confused. */
export function isExactTerm(term: string): boolean {
  return ROOT_CODE.test(term) || term.startsWith("~") || /^\d+$/.test(term);
}

export function isRootCode(term: string): boolean {
  return ROOT_CODE.test(term);
}
