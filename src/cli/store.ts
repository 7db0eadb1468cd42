/**
 * Content as the build left it in dist/content: a catalog, and one file per page. Each file is
 * read at most once, and only when asked for.
 */
import { openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import type { BodyMap } from "../core/bodymap.js";
import type { Vocabulary } from "../core/check/types.js";
import type { ByteRange, SearchFiles, SearchHead, SearchSource } from "../core/search.js";
import type { BuiltDiscs, BuiltPage, Catalog, Source } from "../core/types.js";
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
    vocabulary: () => withTable(read<Vocabulary>("vocabulary.json"), dir),
    bodymap: () => read<BodyMap>("bodymap.json"),
    sources: () => read<Source[]>("sources.json"),
    search: () => ({
      head: read<SearchHead>("search-head.json"),
      postings: fileRange(join(dir, "search-postings.txt")),
      texts: fileRange(join(dir, "search-texts.txt")),
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

/**
 * The check model's table (dist/content/model.bin, 8-byte floats) joined to the vocabulary
 * that describes it. Without the file, the model works the numbers out itself.
 */
function withTable(v: Vocabulary, dir: string): Vocabulary {
  const compiled = v.model.compiled;
  if (!compiled) return v;
  try {
    const bytes = readFileSync(join(dir, "model.bin"));
    // A Float64Array needs an 8-byte-aligned start: a file this size has a buffer of its own.
    const table =
      bytes.byteOffset % 8 === 0
        ? new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8)
        : new Float64Array(new Uint8Array(bytes).buffer);
    return { ...v, model: { ...v.model, compiled: { ...compiled, table } } };
  } catch {
    return v;
  }
}

/**
 * Byte ranges of a file, read on demand: a search reads the postings of the terms it can reach
 * and the text of the sections it shows, not two files of hundreds of kilobytes. The file stays
 * open for the life of the (short) process.
 */
function fileRange(path: string): ByteRange {
  let fd: number | undefined;
  return (start, end) => {
    fd ??= openSync(path, "r");
    const buf = Buffer.allocUnsafe(end - start);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, start + got);
      if (n === 0) break;
      got += n;
    }
    return buf.toString("utf8", 0, got);
  };
}

/** Byte ranges of a string held in memory, as `fileRange` gives them of a file. */
export function memoryRange(text: string): ByteRange {
  const buf = Buffer.from(text, "utf8");
  return (start, end) => buf.toString("utf8", start, end);
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
  vocabulary: Vocabulary;
  bodymap: BodyMap;
  sources: Source[];
}): Store {
  const pages = new Map(content.pages.map((p) => [p.id, p]));
  const search: SearchSource = {
    head: content.search.head,
    postings: memoryRange(content.search.postings),
    texts: memoryRange(content.search.texts),
  };
  return {
    catalog: () => content.catalog,
    page: (id) => {
      const page = pages.get(id);
      if (!page) throw new Error(`no page ${id} in memory store`);
      return page;
    },
    discs: () => content.discs,
    rendered: () => undefined,
    search: () => search,
    vocabulary: () => content.vocabulary,
    bodymap: () => content.bodymap,
    sources: () => content.sources,
  };
}
