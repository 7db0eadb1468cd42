/**
 * Turns validated content into what the CLI ships: a small catalog read on every run, and one
 * file per page with its sources resolved, so a lookup reads two small files and parses nothing
 * else.
 */

import { createHash } from "node:crypto";
import type { BodyMap } from "../core/bodymap.js";
import { compileModel } from "../core/check/model.js";
import { NOT_LIMB } from "../core/check/triage.js";
import type { Vocabulary } from "../core/check/types.js";
import { allDiscLevels } from "../core/disc.js";
import { discPage } from "../core/disc-page.js";
import { groupOf, rootIndex } from "../core/roots.js";
import {
  type AreaRoot,
  buildIndex,
  queryRules,
  type SearchDoc,
  type SearchFiles,
  searchDocs,
  splitIndex,
  synonymGroups,
} from "../core/search.js";
import { TOPIC_IDS } from "../core/topics.js";
import type { BuiltDiscs, BuiltPage, Catalog, Page, Source } from "../core/types.js";
import type { AreaId } from "../core/vocabulary-ids.js";
import type { Content, FullSource } from "./validate.js";

export interface Compiled {
  catalog: Catalog;
  pages: BuiltPage[];
  discs: BuiltDiscs;
  search: SearchFiles;
  vocabulary: Vocabulary;
  bodymap: BodyMap;
  sources: Source[];
}

/** Pages in reading order: roots from the head down, then topics in the contract's order. */
function order(pages: readonly Page[]): Page[] {
  const rank = (p: Page) =>
    p.kind === "root" ? rootIndex(p.id) : 100 + (TOPIC_IDS as readonly string[]).indexOf(p.id);
  return [...pages].sort((a, b) => rank(a) - rank(b));
}

export function catalogOf(content: Pick<Content, "pages">, contentVersion = "dev"): Catalog {
  return {
    contentVersion,
    prerendered: [],
    entries: order(content.pages).map((p) => ({
      id: p.id,
      kind: p.kind,
      group: groupOf(p.id),
      title: p.title,
      aliases: p.aliases,
      sections: p.sections.map((s) => ({ id: s.id, title: s.title })),
    })),
  };
}

export function compile(content: Content): Compiled {
  const byId = new Map(content.sources.map((s) => [s.id, s]));
  const resolveSources = (ids: Iterable<string>): Source[] =>
    [...new Set(ids)].flatMap((id) => {
      const s = byId.get(id);
      return s ? [publicSource(s)] : [];
    });
  const pages: BuiltPage[] = order(content.pages).map((p) => ({
    ...p,
    group: groupOf(p.id),
    sourceList: resolveSources([
      ...(p.glance?.sources ?? []),
      ...p.sections.flatMap((s) => s.sources),
    ]),
  }));
  const discs: BuiltDiscs = {
    ...content.discs,
    sourceList: resolveSources(Object.values(content.discs.regions).flatMap((r) => r.sources)),
  };
  const groups = synonymGroups(content.synonyms.groups);
  const docs = pageSearchDocs(order(content.pages), discs);
  const search = splitIndex(
    buildIndex(docs, groups, queryRules(content.synonyms, areaRoots(content.vocabulary))),
    docs,
    groups,
  );
  return {
    catalog: catalogOf(content, versionOf(content)),
    pages,
    discs,
    search,
    // The check's model, worked out once here rather than on every `radic check`.
    vocabulary: {
      ...content.vocabulary,
      model: { ...content.vocabulary.model, compiled: compileModel(content.vocabulary) },
    },
    bodymap: content.bodymap,
    sources: content.sources.map(publicSource),
  };
}

/**
 * What search indexes: every section of every page, in reading order, then each disc level's
 * short page ("In short"); the longer note a level shares with the others of its region is
 * left out, or one question would bring up twenty near-identical pages.
 */
export function pageSearchDocs(pages: readonly Page[], discs: BuiltDiscs): SearchDoc[] {
  const exists = (id: string) => pages.some((p) => p.id === id);
  const discPages = allDiscLevels().map((d) => {
    const page = discPage(d, discs, exists);
    return { ...page, sections: page.sections.filter((s) => s.id === "summary") };
  });
  return searchDocs([...pages, ...discPages]);
}

/**
 * The areas of a limb whose skin one root supplies, by the check's own map: numbness named there
 * in a search lifts that root's page ("numb big toe" -> L5).
 */
function areaRoots(v: Vocabulary): AreaRoot[] {
  return Object.entries(v.areas).flatMap(([id, a]) => {
    const own = Object.entries(a.roots).filter(([, w]) => w >= 1);
    const limb =
      (a.region === "neck-arm" || a.region === "back-leg") && !NOT_LIMB.has(id as AreaId);
    return limb && own.length === 1 ? [{ label: a.label, root: own[0]?.[0] as string }] : [];
  });
}

/** The shape of ../shared/contracts/topics.md, plus authors where known. */
function publicSource(s: FullSource): Source {
  const out: Source = {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    year: s.year,
    url: s.url,
  };
  if (s.authors) out.authors = s.authors;
  return out;
}

/** `2026-11-25+3f2a91c`: the latest review date, and a hash so any edit changes the version. */
function versionOf(content: Content): string {
  const latest = [content.discs.reviewed, ...content.pages.map((p) => p.reviewed)].sort().at(-1);
  const hash = createHash("sha256")
    .update(
      JSON.stringify([
        content.sources,
        content.discs,
        content.synonyms,
        content.vocabulary,
        content.bodymap,
        order(content.pages),
      ]),
    )
    .digest("hex")
    .slice(0, 7);
  return `${latest}+${hash}`;
}
