/**
 * `radic compare l5 s1`: roots side by side, one row per glance field. Columns when each has room
 * for a readable line (18 columns or more), one root under another when the screen is narrow.
 */
import { COMPARE_FIELDS, GLANCE_ROWS } from "../core/glance.js";
import { rootLabel } from "../core/roots.js";
import type { BuiltPage } from "../core/types.js";
import { blank, type Line, parseInline, type Span, widthOf, wrap } from "./doc.js";
import { sourcesLine } from "./page.js";

const LABEL = 12;
const GAP = 2;
export const MIN_COLUMN = 18;

const labelOf = (field: string) => GLANCE_ROWS.find(([f]) => f === field)?.[1] ?? field;
const lineWidth = (line: Line) => line.reduce((n, s) => n + widthOf(s.text), 0);

/** Pad a line with spaces to `width` columns. */
function padded(line: Line | undefined, width: number): Span[] {
  const spans = [...(line ?? [])];
  const room = width - lineWidth(spans);
  if (room > 0) spans.push({ text: " ".repeat(room), style: "plain" });
  return spans;
}

export function renderCompare(pages: readonly BuiltPage[], width: number): Line[] {
  const labels = pages.map((p) => rootLabel(p.id));
  const title: Line[] = wrap(
    [{ text: `${labels.join(" vs ")} — side by side`, style: "title" }],
    width,
  );
  const column = Math.floor((width - 2 - LABEL - GAP * pages.length) / pages.length);
  const body = column >= MIN_COLUMN ? table(pages, labels, column) : stacked(pages, labels, width);
  const sources = [...new Set(pages.flatMap((p) => p.glance?.sources ?? []))];
  return [
    ...title,
    ...pages.flatMap((p) =>
      wrap(parseInline(`${p.title}: \`radic ${p.id}\``, "muted"), width, "  "),
    ),
    blank(),
    ...body,
    blank(),
    ...sourcesLine(sources, width, ""),
  ];
}

function table(pages: readonly BuiltPage[], labels: readonly string[], column: number): Line[] {
  const gap: Span = { text: " ".repeat(GAP), style: "plain" };
  const lines: Line[] = [
    [
      { text: " ".repeat(2 + LABEL), style: "plain" },
      ...labels.flatMap((l) => [gap, ...padded([{ text: l, style: "heading" }], column)]),
    ],
  ];
  for (const field of COMPARE_FIELDS) {
    const cells = pages.map((p) => wrap(parseInline(p.glance?.[field] ?? "—"), column));
    const height = Math.max(...cells.map((c) => c.length));
    for (let i = 0; i < height; i++) {
      const label: Span[] =
        i === 0
          ? [
              { text: "  ", style: "plain" },
              ...padded([{ text: labelOf(field), style: "label" }], LABEL),
            ]
          : [{ text: " ".repeat(2 + LABEL), style: "plain" }];
      const line: Line = [...label, ...cells.flatMap((c) => [gap, ...padded(c[i], column)])];
      const last = line.at(-1);
      if (last?.style === "plain") last.text = last.text.trimEnd();
      lines.push(line.filter((s) => s.text !== ""));
    }
    if (field !== COMPARE_FIELDS.at(-1)) lines.push(blank());
  }
  return lines;
}

function stacked(pages: readonly BuiltPage[], labels: readonly string[], width: number): Line[] {
  const pad = Math.max(...labels.map((l) => l.length)) + 2;
  return COMPARE_FIELDS.flatMap((field, i) => [
    ...(i > 0 ? [blank()] : []),
    [{ text: labelOf(field), style: "heading" as const }],
    ...pages.flatMap((p, j) =>
      wrap(
        parseInline(p.glance?.[field] ?? "—"),
        width,
        [
          { text: "  ", style: "plain" },
          { text: (labels[j] ?? "").padEnd(pad), style: "label" },
        ],
        " ".repeat(2 + pad),
      ),
    ),
  ]);
}
