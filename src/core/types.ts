/**
 * The shapes the pure core works with. `src/content/schema.ts` is the one definition of what
 * a data file may hold; it is checked against these types, so the two cannot drift apart.
 */

import type { AreaId } from "./vocabulary-ids.js";

export type PageKind = "root" | "topic";
export type Group = "cervical" | "thoracic" | "lumbar" | "sacral" | "topics";

/** One citation, as it appears in `data/sources.json` and in `--json` output. */
export interface Source {
  id: string;
  title: string;
  authors?: string | undefined;
  publisher: string;
  year: number | null;
  url: string;
}

export interface Section {
  id: string;
  title: string;
  /** Blocks: a paragraph, or a bullet starting with "- ". Inline `code` and **strong** spans. */
  text: string[];
  sources: string[];
  /**
   * Dermatome sections of root pages: the body areas (ids of ../shared/contracts/check.md) this
   * root mainly supplies. data/vocabulary.json must give these the root's full weight.
   */
  areas?: AreaId[] | undefined;
}

/** A short fact table for a root page: the first thing a reader sees, and what `compare` shows. */
export interface Glance {
  dermatome: string;
  keySensoryPoint: string;
  keyMuscle: string;
  weakness: string;
  reflex: string;
  level: string;
  selfCheck: string;
  mimics: string;
  sources: string[];
}

export interface Page {
  id: string;
  kind: PageKind;
  title: string;
  aliases: string[];
  reviewed: string;
  glance?: Glance | undefined;
  sections: Section[];
  see: string[];
  keywords?: string[] | undefined;
}

/** What a lookup needs to know about every page without reading it. */
export interface CatalogEntry {
  id: string;
  kind: PageKind;
  group: Group;
  title: string;
  aliases: string[];
  sections: { id: string; title: string }[];
}

export interface Catalog {
  contentVersion: string;
  /** Widths at which the build rendered every whole page in advance. */
  prerendered: number[];
  entries: CatalogEntry[];
}

/** A page as shipped in the build: sources resolved, so one file read shows a whole page. */
export interface BuiltPage extends Page {
  group: Group;
  sourceList: Source[];
}

/** Notes on how disc levels relate to roots, one per region, with their sources. */
export interface DiscNote {
  text: string[];
  sources: string[];
}

export interface DiscNotes {
  reviewed: string;
  regions: { cervical: DiscNote; thoracic: DiscNote; lumbar: DiscNote };
}

export interface BuiltDiscs extends DiscNotes {
  sourceList: Source[];
}
