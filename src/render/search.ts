import { MAX_TERMS } from "../core/search-query.js";
import type { Snippet } from "../core/snippet.js";
import { blank, type Line, type Span, wrap } from "./doc.js";

export interface SearchView {
  topic: string;
  section: string;
  title: string;
  snippet: Snippet;
}

/** One page of the results: its best section, and its other matching sections by title. */
export interface SearchGroup {
  best: SearchView;
  more: { section: string; title: string }[];
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

/** The header: the question as asked, shortened if long, saying how much of it was searched. */
export function searchHeader(query: string, dropped: number, shown = 60): string {
  const chars = Array.from(query);
  if (chars.length <= shown) return `Results for "${query}"`;
  const head = chars
    .slice(0, shown)
    .join("")
    .replace(/\s+\S*$/, "");
  const extent =
    dropped > 0
      ? `${chars.length} characters; the first ${MAX_TERMS} different words were searched, ${dropped} more were not`
      : `all ${chars.length} characters searched`;
  return `Results for "${head}…" (${extent})`;
}

/**
 * Results one page at a time, best first: a numbered title, a snippet of the page's best
 * section with the matched words marked, the command that opens it, and the page's other
 * matching sections.
 */
export function renderSearch(
  header: string,
  groups: readonly SearchGroup[],
  width: number,
): Line[] {
  const lines: Line[] = wrap([{ text: header, style: "muted" }], width);
  const pad = "    ";
  groups.forEach(({ best: r, more }, i) => {
    lines.push(blank());
    lines.push(
      ...wrap([{ text: r.title, style: "heading" }], width, `${String(i + 1).padStart(2)}. `, pad),
    );
    lines.push(...wrap(snippetSpans(r.snippet), width, pad));
    lines.push(...wrap([{ text: `radic ${r.topic} ${r.section}`, style: "code" }], width, pad));
    if (more.length > 0) {
      const spans: Span[] = [{ text: "Also here: ", style: "muted" }];
      more.forEach((m, j) => {
        if (j > 0) spans.push({ text: " · ", style: "muted" });
        spans.push({ text: m.title, style: "plain" }, { text: ` (${m.section})`, style: "muted" });
      });
      lines.push(...wrap(spans, width, pad));
    }
  });
  return lines;
}
