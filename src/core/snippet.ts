import { normalize, stem, type Thesaurus } from "./search-text.js";

/** A short excerpt of a section, with the character ranges of the words that matched. */
export interface Snippet {
  text: string;
  marks: [number, number][];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What finding the marks needs for one set of matched terms, prepared once per query. */
interface Matcher {
  /** Candidate words: those starting like a wanted stem. */
  words: RegExp | undefined;
  stems: ReadonlySet<string>;
  /** Matched synonym phrases. */
  phrases: RegExp[];
}

// A search shows up to 100 snippets for the same few matched term sets: build each matcher once.
const matchers = new WeakMap<Thesaurus, Map<string, Matcher>>();
const stems = new Map<string, string>();

/** The value cached under `key`, made and cached on first use. */
function memo<K, V>(
  cache: { get(k: K): V | undefined; set(k: K, v: V): unknown },
  key: K,
  make: () => V,
): V {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const made = make();
  cache.set(key, made);
  return made;
}

function matcherFor(matched: readonly string[], t: Thesaurus): Matcher {
  const byKey = memo(matchers, t, () => new Map<string, Matcher>());
  return memo(byKey, [...matched].sort().join(" "), () => buildMatcher(new Set(matched), t));
}

function buildMatcher(want: ReadonlySet<string>, t: Thesaurus): Matcher {
  const wanted = new Set([...want].filter((m) => !m.startsWith("~")));
  for (const [w, tokens] of t.single) if (tokens.some((k) => want.has(k))) wanted.add(w);
  const heads = [...new Set([...wanted].map((x) => escapeRe(x.slice(0, 3))))];
  const words =
    wanted.size === 0
      ? undefined
      : new RegExp(
          `\\b(?:${heads.sort((a, b) => b.length - a.length).join("|")})[a-z0-9'’]*`,
          "gi",
        );
  const phrases = t.phrases
    .filter(([, token]) => want.has(token))
    .map(
      ([phrase]) =>
        new RegExp(`\\b${phrase.map((w) => `${escapeRe(w)}[a-z'’]*`).join("[\\s,-]+")}\\b`, "gi"),
    );
  return { words, stems: wanted, phrases };
}

/**
 * Where the matched words are in `text`. A word matches when its stem is one of `matched` (the
 * terms the search engine reported) or carries a synonym token that matched; a phrase matches
 * when its synonym token did. Candidates are found by a regular expression on their first
 * letters and only those are stemmed: a search runs once per process, before V8 has warmed up.
 */
function findMarks(text: string, matched: readonly string[], t: Thesaurus): [number, number][] {
  const m = matcherFor(matched, t);
  const marks = [...wordMarks(text, m), ...phraseMarks(text, m)];
  marks.sort((a, b) => a[0] - b[0]);
  return marks.filter((x, i) => i === 0 || x[0] >= (marks[i - 1]?.[1] ?? 0));
}

const stemOf = (word: string) => memo(stems, word, () => stem(normalize(word)));

function wordMarks(text: string, m: Matcher): [number, number][] {
  if (!m.words) return [];
  const marks: [number, number][] = [];
  for (const w of text.matchAll(m.words)) {
    const at = w.index ?? 0;
    if (m.stems.has(stemOf(w[0]))) marks.push([at, at + w[0].length]);
  }
  return marks;
}

function phraseMarks(text: string, m: Matcher): [number, number][] {
  const marks: [number, number][] = [];
  for (const re of m.phrases) {
    for (const p of text.matchAll(re)) {
      const at = p.index ?? 0;
      for (const w of p[0].matchAll(/[^\s,-]+/g))
        marks.push([at + (w.index ?? 0), at + (w.index ?? 0) + w[0].length]);
    }
  }
  return marks;
}

/**
 * The stretch of `text` (about `width` characters, cut at word boundaries) holding the most
 * matched words, starting a few words before the first of them.
 */
export function snippet(
  text: string,
  matched: readonly string[],
  t: Thesaurus,
  width = 150,
): Snippet {
  const marks = findMarks(text, matched, t);
  let start = 0;
  let best = -1;
  for (const [from] of marks) {
    const count = marks.filter(([a, b]) => a >= from && b - from <= width).length;
    if (count > best) {
      best = count;
      start = from;
    }
  }
  // Back up to three words for context, then cut at word boundaries.
  let from = start;
  for (let words = 0; from > 0 && words < 3; ) {
    from--;
    if (from === 0 || (text[from - 1] === " " && text[from] !== " ")) words++;
  }
  if (text.length - from < width)
    from = Math.max(0, text.lastIndexOf(" ", Math.max(0, text.length - width)) + 1);
  let to = Math.min(text.length, from + width);
  if (to < text.length) to = Math.max(text.lastIndexOf(" ", to), from + 1);
  const lead = from > 0 ? "…" : "";
  const tail = to < text.length ? "…" : "";
  const shown = text.slice(from, to).trimEnd();
  return {
    text: `${lead}${shown}${tail}`,
    marks: marks
      .filter(([a, b]) => a >= from && b <= from + shown.length)
      .map(([a, b]): [number, number] => [a - from + lead.length, b - from + lead.length]),
  };
}
