import type { Snippet } from "../core/snippet.js";
import { blank, type Line, type Span, wrap } from "./doc.js";

export interface SearchView {
  topic: string;
  section: string;
  title: string;
  snippet: Snippet;
}

/** The snippet as spans: matched words marked, the rest plain. */
export function snippetSpans(s: Snippet): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (const [from, to] of s.marks) {
    if (from > at) spans.push({ text: s.text.slice(at, from), style: "plain" });
    spans.push({ text: s.text.slice(from, to), style: "mark" });
    at = to;
  }
  if (at < s.text.length) spans.push({ text: s.text.slice(at), style: "plain" });
  return spans;
}

/**
 * Results, best first: a numbered title, a snippet with the matched words marked, and the
 * command that opens the section.
 */
export function renderSearch(query: string, results: readonly SearchView[], width: number): Line[] {
  const lines: Line[] = wrap([{ text: `Results for "${query}"`, style: "muted" }], width);
  const pad = "    ";
  results.forEach((r, i) => {
    lines.push(blank());
    lines.push(
      ...wrap([{ text: r.title, style: "heading" }], width, `${String(i + 1).padStart(2)}. `, pad),
    );
    lines.push(...wrap(snippetSpans(r.snippet), width, pad));
    lines.push(...wrap([{ text: `radic ${r.topic} ${r.section}`, style: "code" }], width, pad));
  });
  return lines;
}
