import { GROUP_ORDER, GROUP_TITLES } from "../core/topics.js";
import type { Catalog, CatalogEntry } from "../core/types.js";
import { blank, type Line, parseInline, wrap } from "./doc.js";

/**
 * `radic list`: grouped under headings for a person; one `id<TAB>title` line per page when the
 * output is a pipe, so `radic list | cut -f1` gives the ids.
 */
export function renderList(
  catalog: Catalog,
  width: number,
  forPipe: boolean,
  discs: readonly CatalogEntry[] = [],
): Line[] {
  if (forPipe) {
    return [...catalog.entries, ...discs].map((e) => [
      { text: `${e.id}\t${e.title}`, style: "plain" },
    ]);
  }
  const lines: Line[] = [];
  for (const group of GROUP_ORDER) {
    const entries = catalog.entries.filter((e) => e.group === group);
    if (entries.length === 0) continue;
    if (lines.length > 0) lines.push(blank());
    lines.push([{ text: GROUP_TITLES[group], style: "heading" }]);
    const idWidth = Math.max(...entries.map((e) => e.id.length)) + 2;
    const pad = " ".repeat(2 + idWidth);
    for (const e of entries) {
      const head = [
        { text: "  ", style: "plain" as const },
        { text: e.id.padEnd(idWidth), style: "code" as const },
      ];
      lines.push(...wrap([{ text: e.title, style: "plain" }], width, head, pad));
    }
  }
  if (discs.length > 0) {
    // Every disc level has the same two sections: the ids alone, wrapped, say it all.
    lines.push(blank(), [{ text: "Disc levels", style: "heading" }]);
    const ids = { text: discs.map((d) => d.id).join(" "), style: "plain" as const };
    lines.push(...wrap([ids], width, "  ", "  "));
    lines.push(
      ...wrap(
        parseInline("Which roots a disc usually presses on, and why (`radic l5-s1 why`).", "muted"),
        width,
        "  ",
        "  ",
      ),
    );
  }
  const hint = "Open one with `radic <id>`, one section with `radic <id> <section>`.";
  lines.push(blank(), ...wrap(parseInline(hint, "muted"), width));
  return lines;
}
