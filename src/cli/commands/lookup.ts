import { COMMAND_NAMES } from "../../core/commands.js";
import { discPage } from "../../core/disc-page.js";
import { RadicError } from "../../core/errors.js";
import { type Resolution, resolve } from "../../core/lookup.js";
import { nearestRoots } from "../../core/roots.js";
import { SOURCES_SECTION } from "../../core/sections.js";
import { displayInput, keyOf } from "../../core/text.js";
import { pageJson, toJson } from "../../render/json.js";
import { renderPage, renderSection } from "../../render/page.js";
import type { Deps } from "../deps.js";
import { colorLevel, type OutputOptions, show, showText, textWidth } from "../output.js";
import { allRootsLines, allRootsMap, type RegionName, rootMap } from "./maps.js";
import { findSource, showSources } from "./source.js";

/** `--map` and `--region`: draw instead of (or, for dermatomes, before) the text. */
export interface MapOptions {
  map?: boolean | undefined;
  region?: RegionName | undefined;
}

/** `radic <topic> [section]`: show a page, one section of it, or a disc level. */
export function lookup(
  words: string[],
  deps: Deps,
  opts: OutputOptions,
  maps: MapOptions = {},
): number {
  const catalog = deps.store.catalog();
  const r = resolve(words, catalog, COMMAND_NAMES);
  if (r.kind === "unknown-topic") {
    // A source key (`radic harrisons-19`): its citation. Read only on a miss.
    const source = findSource(r.input, deps);
    if (source) return showSources([source], deps, opts);
  }
  if (r.kind === "unknown-topic" || r.kind === "unknown-section") throw notFound(r, words);
  const section = r.section;
  const id = r.kind === "page" ? r.entry.id : r.disc.id;
  const drawn = drawing(r.kind === "page" ? r.entry : undefined, section, id, maps);
  if (drawn === "root") return rootMap(id, deps, opts);
  if (drawn === "all") return allRootsMap(maps.region, deps, opts);
  const width = textWidth(deps);
  const wholePage = r.kind === "page" && !section && !opts.json;
  if (wholePage && id === "dermatomes") {
    // The dermatomes page opens with every root drawn on the chart.
    const page = renderPage(deps.store.page(id), width);
    show(deps, [...allRootsLines(deps, undefined), [], ...page], opts);
    return 0;
  }
  if (wholePage) {
    const ready = deps.store.rendered(id, width, colorLevel(deps, opts) > 0);
    if (ready !== undefined) {
      showText(deps, ready, opts);
      return 0;
    }
  }
  const page =
    r.kind === "disc"
      ? discPage(r.disc, deps.store.discs(), (id) => catalog.entries.some((e) => e.id === id))
      : deps.store.page(r.entry.id);
  if (opts.json) {
    deps.io.out(toJson(pageJson(page, section)));
    return 0;
  }
  show(deps, section ? renderSection(page, section, width) : renderPage(page, width), opts);
  return 0;
}

/** The error for a topic or section that is not there, with suggestions. */
function notFound(
  r: Extract<Resolution, { kind: "unknown-topic" | "unknown-section" }>,
  words: readonly string[],
): RadicError {
  if (r.kind === "unknown-section") {
    const ids = [...r.entry.sections.map((s) => s.id), SOURCES_SECTION];
    const did = r.suggestions.map((s) => `\`radic ${r.entry.id} ${s}\``);
    return new RadicError(
      "not-found",
      `${r.entry.id} has no section '${displayInput(r.input)}'`,
      `${did.length > 0 ? `Did you mean ${orList(did)}? ` : ""}Sections: ${ids.join(", ")}.`,
    );
  }
  // A mistyped command keeps its arguments: `radic serch foot` -> `radic search foot`.
  const typed = words.join(" ").trim().split(/\s+/);
  const rest = typed.slice(1).join(" ");
  const isCommand = (s: string) => (COMMAND_NAMES as readonly string[]).includes(s);
  const did = r.suggestions.map((s) =>
    isCommand(s) && rest ? `\`radic ${s} ${displayInput(rest)}\`` : `\`radic ${s}\``,
  );
  const didText = did.length > 0 ? `Did you mean ${orList(did)}?` : "";
  // Several words are more likely a question than a page name: offer to search for them.
  const query = typed.join(" ").replace(/["\\$`]/g, "");
  const aRoot = nearestRoots(keyOf(r.input)).length > 0; // `lumbar 6`: a root, not a question
  if (typed.length > 1 && !aRoot && !r.suggestions.some(isCommand) && query.trim() !== "") {
    const search = `Search for it: \`radic search "${displayInput(query, 60)}"\`.`;
    return new RadicError(
      "not-found",
      `no topic '${displayInput(r.input)}'`,
      didText ? `${search} Or did you mean ${orList(did)}?` : search,
    );
  }
  return new RadicError(
    "not-found",
    `no topic '${displayInput(r.input)}'`,
    `${didText ? `${didText} ` : ""}\`radic list\` shows every page.`,
  );
}

/** Which map `--map` / `--region` ask for on this page, or none; a usage error where none fits. */
function drawing(
  entry: { id: string; kind: string } | undefined,
  section: string | undefined,
  id: string,
  maps: MapOptions,
): "root" | "all" | undefined {
  if (!maps.map && !maps.region) return undefined;
  if (entry?.id === "dermatomes" && !section) return "all";
  if (maps.region) {
    throw new RadicError(
      "usage",
      "--region draws one region of the all-roots chart",
      "Try `radic dermatomes --region leg` (arm, trunk or leg).",
    );
  }
  if (entry?.kind === "root" && (!section || section === "dermatome")) return "root";
  throw new RadicError(
    "usage",
    entry?.kind === "root"
      ? `--map draws the whole root; leave out the section '${section}'`
      : `--map draws a nerve root's skin area, and ${id} is not a root`,
    "Try `radic s1 --map`, or `radic dermatomes` for every root.",
  );
}

/** `a`, `a or b`, `a, b or c` */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
