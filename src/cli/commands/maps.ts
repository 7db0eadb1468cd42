/**
 * Dermatome maps: `radic s1 --map` (one root), `radic dermatomes` (every root, before the page)
 * and `radic dermatomes --region leg` (one region, cropped).
 */
import { allRoots, chartFor, rootFills, rowsFor } from "../../core/bodymap.js";
import type { Vocabulary } from "../../core/check/types.js";
import { RadicError } from "../../core/errors.js";
import { rootLabel } from "../../core/roots.js";
import type { AreaId } from "../../core/vocabulary-ids.js";
import { renderAllRoots, renderRootMap } from "../../render/bodymap.js";
import type { Line } from "../../render/doc.js";
import { toJson } from "../../render/json.js";
import type { Deps } from "../deps.js";
import { type OutputOptions, screenWidth, show, textWidth } from "../output.js";
import { citations } from "./source.js";

export const REGIONS = { arm: "neck-arm", trunk: "trunk", leg: "back-leg" } as const;
export type RegionName = keyof typeof REGIONS;

const REGION_TITLE: Record<RegionName, string> = {
  arm: "Dermatomes of the neck and arm",
  trunk: "Dermatomes of the chest, abdomen and back",
  leg: "Dermatomes of the low back and leg",
};

const areaSources = (v: Vocabulary, areas: Iterable<AreaId>) =>
  [...new Set([...areas].flatMap((a) => v.areas[a].sources))].sort();

const widths = (deps: Deps) => ({ text: textWidth(deps), map: screenWidth(deps) });

/** `radic s1 --map` */
export function rootMap(id: string, deps: Deps, opts: OutputOptions): number {
  const v = deps.store.vocabulary();
  const fills = rootFills(v, id);
  const label = rootLabel(id);
  if (opts.json) {
    const areas = [...fills].map(([area, fill]) => ({
      id: area,
      label: v.areas[area].label,
      own: fill.kind === "main",
    }));
    deps.io.out(toJson({ id, areas, sources: citations(deps, areaSources(v, fills.keys())) }));
    return 0;
  }
  if (fills.size === 0) {
    throw new RadicError(
      "not-found",
      `${label} has no area of skin on the chart`,
      `Most maps give ${label} no skin of its own: \`radic ${id} dermatome\` explains.`,
    );
  }
  const w = widths(deps);
  const picture = { chart: chartFor(deps.store.bodymap(), w.map), fills };
  show(deps, renderRootMap({ id, label }, picture, areaSources(v, fills.keys()), w), opts);
  return 0;
}

/** The all-roots chart as lines, for `radic dermatomes` (before its page) and `--region`. */
export function allRootsLines(deps: Deps, region: RegionName | undefined): Line[] {
  const v = deps.store.vocabulary();
  const { groups, fills, mixed } = allRoots(v, region ? REGIONS[region] : undefined);
  const w = widths(deps);
  const chart = chartFor(deps.store.bodymap(), w.map);
  const picture = {
    chart,
    fills,
    ...(region ? { rows: rowsFor(chart, new Set(fills.keys())) } : {}),
  };
  const title = region ? REGION_TITLE[region] : "Dermatomes — every root on one chart";
  return renderAllRoots(title, picture, groups, mixed.length > 0, areaSources(v, fills.keys()), w);
}

/** `radic dermatomes --map` / `--region leg`: the chart alone. */
export function allRootsMap(
  region: RegionName | undefined,
  deps: Deps,
  opts: OutputOptions,
): number {
  if (opts.json) {
    const v = deps.store.vocabulary();
    const { groups, fills, mixed } = allRoots(v, region ? REGIONS[region] : undefined);
    deps.io.out(
      toJson({
        region: region ?? "all",
        roots: groups.map((g) => ({ label: g.label, roots: g.roots, areas: g.areas })),
        mixed,
        sources: citations(deps, areaSources(v, fills.keys())),
      }),
    );
    return 0;
  }
  show(deps, allRootsLines(deps, region), opts);
  return 0;
}
