/**
 * Machine output in the shapes of ../shared/contracts/topics.md. Never coloured.
 */
import { SOURCES_SECTION } from "../core/sections.js";
import type { BuiltPage, Catalog, CatalogEntry } from "../core/types.js";
import { blocksText } from "./blocks.js";

export interface PageJson {
  id: string;
  title: string;
  kind: "root" | "topic";
  summary: string;
  sections: { id: string; title: string; text: string; sources: string[] }[];
  see: string[];
  sources: BuiltPage["sourceList"];
}

/** A page, or one section of it (`sections` then holds just that one, `sources` just its own). */
export function pageJson(page: BuiltPage, sectionId?: string): PageJson {
  const summary = page.sections.find((s) => s.id === "summary");
  const chosen =
    sectionId === undefined || sectionId === SOURCES_SECTION
      ? page.sections
      : page.sections.filter((s) => s.id === sectionId);
  const cited = new Set(chosen.flatMap((s) => s.sources));
  const whole = sectionId === undefined || sectionId === SOURCES_SECTION;
  return {
    id: page.id,
    title: page.title,
    kind: page.kind,
    summary: summary ? blocksText(summary.text) : "",
    sections:
      sectionId === SOURCES_SECTION
        ? []
        : chosen.map((s) => ({
            id: s.id,
            title: s.title,
            text: blocksText(s.text),
            sources: s.sources,
          })),
    see: page.see,
    sources: whole ? page.sourceList : page.sourceList.filter((s) => cited.has(s.id)),
  };
}

/** Every page, then every disc level (group `discs`): each id here opens with `radic <id>`. */
export function listJson(catalog: Catalog, discs: readonly CatalogEntry[] = []) {
  return {
    contentVersion: catalog.contentVersion,
    pages: [
      ...catalog.entries.map((e) => ({
        id: e.id,
        title: e.title,
        kind: e.kind,
        group: e.group as string,
        sections: e.sections.map((s) => s.id),
      })),
      ...discs.map((d) => ({
        id: d.id,
        title: d.title,
        kind: d.kind,
        group: "discs",
        sections: d.sections.map((s) => s.id),
      })),
    ],
  };
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
