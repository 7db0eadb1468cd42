/**
 * Body maps in the terminal: the chart's two views side by side (stacked when the screen is
 * narrower), each cell drawn by what it shows. The glyph carries the meaning and colour only
 * adds to it, so a map in a pipe or with NO_COLOR reads the same with its legend.
 */
import { type Chart, type Fill, type Side, sideOf } from "../core/bodymap.js";
import type { AreaId } from "../core/vocabulary-ids.js";
import { blank, type Line, parseInline, type Span, widthOf, wrap } from "./doc.js";
import { sourcesLine } from "./page.js";
import type { Style } from "./theme.js";

export interface Picture {
  chart: Chart;
  /** What each area shows; an area without a fill is plain skin. */
  fills: ReadonlyMap<AreaId, Fill>;
  /** Areas the person marked (numb). */
  marked?: ReadonlySet<AreaId>;
  /** Fill and mark only this side of the body (the side the person answered). */
  side?: Side | undefined;
  /** Show only these rows, [from, to): a region's crop. */
  rows?: [number, number];
}

export const GLYPH = {
  skin: "·",
  main: "█",
  partial: "▒",
  mixed: "░",
  marked: "×",
} as const;

/** Letters for the roots of the all-roots chart, in the order of the roots. */
export const GROUP_GLYPHS = "abcdefghijklmnopqrstuvwxyz";
const TONES: Style[] = ["tone0", "tone1", "tone2", "tone3", "tone4", "tone5"];

export const groupStyle = (group: number): Style => TONES[group % TONES.length] ?? "tone0";

function cellSpan(fill: Fill | undefined, marked: boolean): Span {
  if (marked) return { text: GLYPH.marked, style: "mapMark" };
  switch (fill?.kind) {
    case "main":
      return { text: GLYPH.main, style: "mapMain" };
    case "partial":
      return { text: GLYPH.partial, style: "mapPartial" };
    case "mixed":
      return { text: GLYPH.mixed, style: "muted" };
    case "group":
      return { text: GROUP_GLYPHS[fill.group] ?? "?", style: groupStyle(fill.group) };
    default:
      return { text: GLYPH.skin, style: "muted" };
  }
}

/** One row of one view as styled spans. */
function rowSpans(p: Picture, view: Chart["views"][number], row: string): Span[] {
  const spans: Span[] = [];
  const push = (s: Span) => {
    const last = spans.at(-1);
    if (last && last.style === s.style) last.text += s.text;
    else spans.push({ ...s });
  };
  [...row].forEach((ch, x) => {
    const area = p.chart.cells[ch];
    if (!area) {
      push({ text: ch, style: "plain" });
      return;
    }
    const onSide = !p.side || sideOf(view, p.chart.width, x) === p.side;
    push(
      onSide
        ? cellSpan(p.fills.get(area), p.marked?.has(area) ?? false)
        : cellSpan(undefined, false),
    );
  });
  return spans;
}

const GAP = "    ";

/** `R     FRONT     L`: the view's name centred, each edge labelled with the body's side. */
function viewHeader(view: Chart["views"][number], width: number): string {
  const [left, right] = view.rightSide === "left-of-centre" ? ["R", "L"] : ["L", "R"];
  const name = view.name.toUpperCase();
  const room = width - 2 - name.length;
  const before = Math.floor(room / 2);
  return `${left}${" ".repeat(before)}${name}${" ".repeat(room - before)}${right}`;
}

/** The map as lines: views side by side when `width` allows, one above the other when not. */
export function drawMap(p: Picture, width: number): Line[] {
  const { chart } = p;
  const [from, to] = p.rows ?? [0, chart.views[0]?.rows.length ?? 0];
  const trim = (line: Line): Line => {
    const last = line.at(-1);
    if (last && last.style === "plain") last.text = last.text.trimEnd();
    return line.filter((s) => s.text !== "");
  };
  const together = width >= chart.width * 2 + GAP.length;
  if (together) {
    const header = chart.views.map((v) => viewHeader(v, chart.width)).join(GAP);
    const lines: Line[] = [[{ text: header, style: "label" }]];
    for (let r = from; r < to; r++) {
      const line: Line = [];
      chart.views.forEach((view, i) => {
        if (i > 0) line.push({ text: GAP, style: "plain" });
        line.push(...rowSpans(p, view, view.rows[r] ?? ""));
      });
      lines.push(trim(line));
    }
    return lines;
  }
  const lines: Line[] = [];
  chart.views.forEach((view, i) => {
    if (i > 0) lines.push([]);
    lines.push([{ text: viewHeader(view, chart.width), style: "label" }]);
    for (let r = from; r < to; r++) lines.push(trim(rowSpans(p, view, view.rows[r] ?? "")));
  });
  return lines;
}

/** A legend of glyphs and what they mean, packed into lines of at most `width`. */
export function legend(items: readonly { glyph: Span; text: string }[], width: number): Line[] {
  const lines: Line[] = [];
  let line: Line = [];
  let used = 0;
  for (const { glyph, text } of items) {
    const w = widthOf(glyph.text) + 1 + widthOf(text);
    if (used > 0 && used + 3 + w > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    if (used > 0) line.push({ text: "   ", style: "plain" });
    line.push(glyph, { text: ` ${text}`, style: "plain" });
    used += (used > 0 ? 3 : 0) + w;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

const note = (text: string, width: number) => wrap(parseInline(text), width);

/** `radic s1 --map`: where one root is felt, on the chart, with its legend and sources. */
export function renderRootMap(
  root: { id: string; label: string },
  picture: Picture,
  sources: readonly string[],
  width: { text: number; map: number },
): Line[] {
  const { label, id } = root;
  return [
    [{ text: `${label} — where it is felt (dermatome)`, style: "title" }],
    blank(),
    ...drawMap(picture, width.map),
    blank(),
    ...legend(
      [
        { glyph: { text: GLYPH.main, style: "mapMain" }, text: `${label}'s own skin` },
        { glyph: { text: GLYPH.partial, style: "mapPartial" }, text: "shared with a neighbour" },
        { glyph: { text: GLYPH.skin, style: "muted" }, text: "other roots" },
      ],
      width.text,
    ),
    ...note(
      `Dermatome maps differ between sources, and neighbouring roots overlap: the chart shows the body areas \`radic check\` uses. \`radic ${id} dermatome\` describes them; \`radic dermatomes\` draws every root.`,
      width.text,
    ),
    ...sourcesLine(sources, width.text, ""),
  ];
}

/** `radic dermatomes`: every root on one chart, each by a letter (and a colour). */
export function renderAllRoots(
  title: string,
  picture: Picture,
  groups: readonly { label: string }[],
  hasMixed: boolean,
  sources: readonly string[],
  width: { text: number; map: number },
): Line[] {
  const items = groups.map((g, i) => ({
    glyph: { text: GROUP_GLYPHS[i] ?? "?", style: groupStyle(i) },
    text: g.label,
  }));
  if (hasMixed) items.push({ glyph: { text: GLYPH.mixed, style: "muted" }, text: "several roots" });
  return [
    [{ text: title, style: "title" }],
    blank(),
    ...drawMap(picture, width.map),
    blank(),
    ...legend(items, width.text),
    ...note(
      "Each area is marked with the root whose own skin it is; where no single root owns an area (the palm, the buttock, the middle of the back) several overlap. Maps differ between sources: `radic dermatomes` explains why.",
      width.text,
    ),
    ...sourcesLine(sources, width.text, ""),
  ];
}
