import { GROUP_ORDER, GROUP_TITLES } from "../core/topics.js";
import type { Catalog } from "../core/types.js";
import { blank, type Line, parseInline, wrap } from "./doc.js";

/**
 * `radic list`: grouped under headings for a person; one `id<TAB>title` line per page when the
 * output is a pipe, so `radic list | cut -f1` gives the ids.
 */
export function renderList(catalog: Catalog, width: number, forPipe: boolean): Line[] {
  if (forPipe) return catalog.entries.map((e) => [{ text: `${e.id}\t${e.title}`, style: "plain" }]);
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
  const hint = "Open one with `radic <id>`, one section with `radic <id> <section>`.";
  lines.push(blank(), ...wrap(parseInline(hint, "muted"), width));
  return lines;
}
