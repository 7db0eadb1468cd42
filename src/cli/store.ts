/**
 * Content as the build left it in dist/content: a catalog, and one file per page. Each file is
 * read at most once, and only when asked for.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SearchFiles, SearchHead } from "../core/search.js";
import type { BuiltDiscs, BuiltPage, Catalog } from "../core/types.js";
import type { Store } from "./deps.js";

export function fileStore(dir: string): Store {
  let catalog: Catalog | undefined;
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), "utf8")) as T;
  return {
    catalog: () => {
      catalog ??= read<Catalog>("catalog.json");
      return catalog;
    },
    // Only ids from the catalog reach here, so the file name is safe.
    page: (id) => read<BuiltPage>(`pages/${id}.json`),
    discs: () => read<BuiltDiscs>("discs.json"),
    search: () => ({
      head: read<SearchHead>("search-head.json"),
      postings: readFileSync(join(dir, "search-postings.txt"), "utf8"),
      texts: readFileSync(join(dir, "search-texts.txt"), "utf8"),
    }),
    rendered: (id, width, color) => {
      if (!(catalog ?? read<Catalog>("catalog.json")).prerendered.includes(width)) return undefined;
      try {
        return readFileSync(join(dir, "rendered", renderedName(id, width, color)), "utf8");
      } catch {
        return undefined; // not built: render it now instead
      }
    },
  };
}

/** `s1.80.color.txt`: where the build puts a page rendered in advance. */
export function renderedName(id: string, width: number, color: boolean): string {
  return `${id}.${width}.${color ? "color" : "plain"}.txt`;
}

/** A store over content already in memory (tests, and the build's own checks). */
export function memoryStore(content: {
  catalog: Catalog;
  pages: BuiltPage[];
  discs: BuiltDiscs;
  search: SearchFiles;
}): Store {
  const pages = new Map(content.pages.map((p) => [p.id, p]));
  return {
    catalog: () => content.catalog,
    page: (id) => {
      const page = pages.get(id);
      if (!page) throw new Error(`no page ${id} in memory store`);
      return page;
    },
    discs: () => content.discs,
    rendered: () => undefined,
    search: () => content.search,
  };
}
