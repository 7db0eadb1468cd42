/**
 * Structure first, paint last: renderers build lines of styled spans, `wrap` fits them to the
 * width, and `paint` turns them into a string with the theme. Tests can read the structure.
 */
import type { Style, Theme } from "./theme.js";

export interface Span {
  text: string;
  style: Style;
}
export type Line = Span[];

/** Split text with inline `code` and **strong** marks into spans. */
export function parseInline(text: string, base: Style = "plain"): Span[] {
  const spans: Span[] = [];
  const re = /`([^`]+)`|\*\*([^*]+)\*\*/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) spans.push({ text: text.slice(at, m.index), style: base });
    spans.push(
      m[1] !== undefined ? { text: m[1], style: "code" } : { text: m[2] ?? "", style: "strong" },
    );
    at = m.index + m[0].length;
  }
  if (at < text.length) spans.push({ text: text.slice(at), style: base });
  return spans;
}

const SURROGATE = /[\ud800-\udbff]/;
const SURROGATES = /[\ud800-\udbff]/g;

/** Visible width of plain text: UTF-16 length, less one for each surrogate pair. */
export function widthOf(text: string): number {
  let n = text.length;
  if (SURROGATE.test(text)) n -= (text.match(SURROGATES) ?? []).length;
  return n;
}

const NBSP = "\u00a0";
const lineRes = new Map<number, RegExp>();

/**
 * A sticky pattern for one line of at most `cap` columns: the longest run of words that fits,
 * or, when even the first word is longer (a URL), that word alone.
 */
function lineRe(cap: number): RegExp {
  let re = lineRes.get(cap);
  if (!re) {
    re = new RegExp(`.{0,${Math.max(cap - 1, 0)}}[^ ](?= |$)|[^ ]+`, "y");
    lineRes.set(cap, re);
  }
  return re;
}

/**
 * Fill lines up to `width` columns. The first line starts with `first` (text, or styled spans
 * such as a label), the others with `rest` (a hanging indent). A word longer than a line (a URL)
 * stands on its own line unbroken, so it stays clickable; a code span (`radic s1`) is never
 * broken.
 *
 * Written for a cold start: a page is wrapped once per run, before V8's optimiser has warmed up,
 * so the line breaks come from one regular expression per line (native code) rather than a
 * JavaScript loop over every word (docs/decisions/001-startup.md).
 */
export function wrap(
  spans: readonly Span[],
  width: number,
  first: string | readonly Span[] = "",
  rest = typeof first === "string" ? first : "",
): Line[] {
  const head: Span[] = typeof first === "string" ? [{ text: first, style: "plain" }] : [...first];
  // Lay out one string; spaces inside code spans become no-break spaces so they never break —
  // unless the span is too long for a line of its own.
  const narrowest =
    width -
    Math.max(
      head.reduce((n, s) => n + widthOf(s.text), 0),
      widthOf(rest),
    );
  let text = "";
  const ends: number[] = [];
  for (const s of spans) {
    text +=
      s.style === "code" && widthOf(s.text) <= narrowest - 4
        ? s.text.replaceAll(" ", NBSP)
        : s.text;
    ends.push(text.length);
  }
  const lines: Line[] = [];
  let at = 0;
  while (at < text.length && text[at] === " ") at++;
  let cap = width - head.reduce((n, s) => n + widthOf(s.text), 0);
  let prefix = head;
  do {
    const re = lineRe(cap);
    re.lastIndex = at;
    const m = re.exec(text);
    const end = m ? at + m[0].length : text.length;
    const line: Line = prefix.filter((s) => s.text !== "").map((s) => ({ ...s }));
    // Cut the styled runs that overlap [at, end).
    let from = 0;
    spans.forEach((s, i) => {
      const to = ends[i] ?? 0;
      const a = Math.max(from, at);
      const b = Math.min(to, end);
      if (b > a) {
        const piece = text.slice(a, b);
        const last = line[line.length - 1];
        const part = s.style === "code" ? piece.replaceAll(NBSP, " ") : piece;
        if (last && last.style === s.style) last.text += part;
        else line.push({ text: part, style: s.style });
      }
      from = to;
    });
    lines.push(line);
    at = end;
    while (at < text.length && text[at] === " ") at++;
    prefix = rest ? [{ text: rest, style: "plain" }] : [];
    cap = width - widthOf(rest);
  } while (at < text.length);
  return lines;
}

/** Join neighbouring spans of one style, so each styled run is painted once. */
function merged(line: Line): Line {
  const out: Line = [];
  for (const span of line) {
    const last = out.at(-1);
    if (last && last.style === span.style) last.text += span.text;
    else out.push({ ...span });
  }
  return out;
}

export function paint(lines: readonly Line[], theme: Theme): string {
  return lines
    .map((line) =>
      merged(line)
        .map((s) => (s.style === "plain" ? s.text : theme[s.style](s.text)))
        .join("")
        .trimEnd(),
    )
    .join("\n");
}

export function blank(): Line {
  return [];
}

export function plainLine(text: string, style: Style = "plain"): Line {
  return [{ text, style }];
}
