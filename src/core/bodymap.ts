/**
 * The body chart (data/bodymap.json): front and back views drawn in characters, where each cell
 * character stands for one body area of the vocabulary. The roots of each area come from the
 * same vocabulary `radic check` uses, so the picture, the pages and the engine agree. Pure: this
 * decides what each cell shows; render/bodymap.ts draws it.
 */
import type { Region, Vocabulary } from "./check/types.js";
import { rootIndex, rootLabel } from "./roots.js";
import type { AreaId } from "./vocabulary-ids.js";

export interface ChartView {
  name: string;
  /** Which half of the drawing is the person's right: the front view faces you. */
  rightSide: "left-of-centre" | "right-of-centre";
  rows: string[];
}

export interface Chart {
  /** The width of one view. */
  width: number;
  views: ChartView[];
  /** Cell character -> the area it belongs to. */
  cells: Record<string, AreaId>;
  /** The characters that draw the outline (everything else but a space is a cell). */
  outline: string;
}

export interface BodyMap {
  /** Areas that stand for several others ("whole hand"): a mark on one marks them all. */
  umbrella: Partial<Record<AreaId, AreaId[]>>;
  charts: { small: Chart; large: Chart };
}

export type Side = "left" | "right";

/** What one cell shows: an area filled in some way, or nothing (skin not concerned). */
export type Fill =
  | { kind: "main" }
  | { kind: "partial" }
  | { kind: "group"; group: number }
  | { kind: "mixed" };

/** How a cell is drawn: the fill (if any), and whether the person marked it (numb). */
export interface CellPaint {
  fill?: Fill | undefined;
  marked?: boolean;
}

/** The body side a column of a view belongs to. */
export function sideOf(view: ChartView, width: number, column: number): Side {
  const leftHalf = column < width / 2;
  return leftHalf === (view.rightSide === "left-of-centre") ? "right" : "left";
}

/** The chart that fits `columns`: the large one where its two views and the gap fit (116). */
export function chartFor(map: BodyMap, columns: number): Chart {
  return columns >= map.charts.large.width * 2 + 4 ? map.charts.large : map.charts.small;
}

/** An area with the areas it stands for, for marking what a person answered. */
export function expand(map: BodyMap, areas: readonly AreaId[]): Set<AreaId> {
  const out = new Set<AreaId>();
  for (const a of areas) {
    out.add(a);
    for (const b of map.umbrella[a] ?? []) out.add(b);
  }
  return out;
}

/** Below this weight an area only hints at a root (the whole low back at 0.1): not drawn. */
export const MIN_SHARED = 0.25;

/** Where one root is felt: its own areas (weight 1) and those it shares with neighbours. */
export function rootFills(v: Vocabulary, root: string): Map<AreaId, Fill> {
  const out = new Map<AreaId, Fill>();
  for (const [id, a] of Object.entries(v.areas) as [AreaId, Vocabulary["areas"][AreaId]][]) {
    const w = a.roots[root];
    if (w === undefined || w < MIN_SHARED) continue;
    out.set(id, w >= 1 ? { kind: "main" } : { kind: "partial" });
  }
  return out;
}

/** A group of roots that share the same areas as their own, in the all-roots chart. */
export interface RootGroup {
  /** `C5`, `T6–T8`, `S3–S5`. */
  label: string;
  roots: string[];
  areas: AreaId[];
}

/**
 * Every root on one chart: each area goes to the root (or run of roots) whose own territory it
 * is. Areas that no single root owns (the palm, the buttock, the middle of the back) are "mixed".
 */
export function allRoots(
  v: Vocabulary,
  region?: Region,
): { groups: RootGroup[]; fills: Map<AreaId, Fill>; mixed: AreaId[] } {
  const byLabel = new Map<string, RootGroup>();
  const mixed: AreaId[] = [];
  const owner = new Map<AreaId, string>();
  for (const [id, a] of Object.entries(v.areas) as [AreaId, Vocabulary["areas"][AreaId]][]) {
    if (region && a.region !== region) continue;
    const own = Object.keys(a.roots)
      .filter((r) => (a.roots[r] ?? 0) >= 1)
      .sort((x, y) => rootIndex(x) - rootIndex(y));
    if (own.length === 0) {
      mixed.push(id);
      continue;
    }
    const label =
      own.length === 1
        ? rootLabel(own[0] ?? "")
        : `${rootLabel(own[0] ?? "")}–${rootLabel(own.at(-1) ?? "")}`;
    const g = byLabel.get(label) ?? { label, roots: own, areas: [] };
    g.areas.push(id);
    byLabel.set(label, g);
    owner.set(id, label);
  }
  const groups = [...byLabel.values()].sort(
    (a, b) => rootIndex(a.roots[0] ?? "") - rootIndex(b.roots[0] ?? ""),
  );
  const fills = new Map<AreaId, Fill>();
  for (const [area, label] of owner)
    fills.set(area, { kind: "group", group: groups.findIndex((g) => g.label === label) });
  for (const area of mixed) fills.set(area, { kind: "mixed" });
  return { groups, fills, mixed };
}

/** The rows of a chart that hold any of these areas, with one row of margin: a region's crop. */
export function rowsFor(chart: Chart, areas: ReadonlySet<AreaId>): [number, number] {
  const codes = new Set(
    Object.entries(chart.cells)
      .filter(([, id]) => areas.has(id))
      .map(([code]) => code),
  );
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  for (const view of chart.views) {
    view.rows.forEach((row, i) => {
      for (const ch of row) {
        if (codes.has(ch)) {
          first = Math.min(first, i);
          last = Math.max(last, i);
          return;
        }
      }
    });
  }
  const height = Math.max(...chart.views.map((v) => v.rows.length));
  if (last < 0) return [0, height];
  return [Math.max(0, first - 1), Math.min(height, last + 2)];
}
