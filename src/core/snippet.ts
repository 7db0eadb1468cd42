import { normalize, stem, type Thesaurus } from "./search-text.js";

/** A short excerpt of a section, with the character ranges of the words that matched. */
export interface Snippet {
  text: string;
  marks: [number, number][];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where the matched words are in `text`. A word matches when its stem is one of `matched` (the
 * terms the search engine reported) or carries a synonym token that matched; a phrase matches
 * when its synonym token did. Candidates are found by a regular expression on their first
 * letters and only those are stemmed: a search runs once per process, before V8 has warmed up.
 */
function findMarks(text: string, matched: readonly string[], t: Thesaurus): [number, number][] {
  const want = new Set(matched);
  const marks = [...wordMarks(text, want, t), ...phraseMarks(text, want, t)];
  marks.sort((a, b) => a[0] - b[0]);
  return marks.filter((m, i) => i === 0 || m[0] >= (marks[i - 1]?.[1] ?? 0));
}

function wordMarks(text: string, want: ReadonlySet<string>, t: Thesaurus): [number, number][] {
  const stems = new Set([...want].filter((m) => !m.startsWith("~")));
  for (const [w, tokens] of t.single) if (tokens.some((k) => want.has(k))) stems.add(w);
  if (stems.size === 0) return [];
  const heads = [...new Set([...stems].map((s) => escapeRe(s.slice(0, 3))))];
  const re = new RegExp(
    `\\b(?:${heads.sort((a, b) => b.length - a.length).join("|")})[a-z0-9'’]*`,
    "gi",
  );
  const marks: [number, number][] = [];
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (stems.has(stem(normalize(m[0])))) marks.push([at, at + m[0].length]);
  }
  return marks;
}

function phraseMarks(text: string, want: ReadonlySet<string>, t: Thesaurus): [number, number][] {
  const marks: [number, number][] = [];
  for (const [phrase, token] of t.phrases) {
    if (!want.has(token)) continue;
    const re = new RegExp(
      `\\b${phrase.map((w) => `${escapeRe(w)}[a-z'’]*`).join("[\\s,-]+")}\\b`,
      "gi",
    );
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      for (const w of m[0].matchAll(/[^\s,-]+/g))
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
