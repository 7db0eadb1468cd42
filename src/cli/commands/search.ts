import { parseDiscLevel } from "../../core/disc.js";
import { discEntry } from "../../core/disc-page.js";
import { EXIT, RadicError } from "../../core/errors.js";
import {
  docText,
  groupByPage,
  type Hit,
  openIndex,
  queryExtent,
  search,
} from "../../core/search.js";
import { snippet } from "../../core/snippet.js";
import { suggest } from "../../core/suggest.js";
import { displayInput, keyOf, stripUnsafe } from "../../core/text.js";
import { toJson } from "../../render/json.js";
import {
  renderSearch,
  type SearchGroup,
  type SearchView,
  searchHeader,
} from "../../render/search.js";
import type { Deps } from "../deps.js";
import { type OutputOptions, show, textWidth } from "../output.js";

export const MAX_LIMIT = 100;
/** Other matching sections listed under a page's best one. */
export const MORE_SECTIONS = 3;

/** `--limit`: a whole number from 1 to 100. */
export function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return 10;
  const n = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || n < 1 || n > MAX_LIMIT) {
    throw new RadicError(
      "usage",
      `--limit must be a whole number from 1 to ${MAX_LIMIT} (got '${displayInput(raw)}')`,
    );
  }
  return n;
}

/**
 * `radic search <query…>`: the pages that answer a question in lay or clinical words, best
 * first, each with its best section. A question of any length is accepted; the search bounds
 * its own work (src/core/search-query.ts) and the header says how much was searched.
 */
export function searchCommand(
  words: string[],
  limitRaw: string | undefined,
  deps: Deps,
  opts: OutputOptions,
): number {
  const limit = parseLimit(limitRaw);
  const query = stripUnsafe(words.join(" ")).replace(/\s+/g, " ").trim();
  if (query === "") {
    throw new RadicError("usage", "empty search query", 'Try `radic search "numbness foot"`.');
  }
  const files = deps.store.search();
  const si = openIndex(files.head, files.postings, query);
  const pages = groupByPage(search(si, query, Number.POSITIVE_INFINITY)).slice(0, limit);
  if (pages.length === 0) {
    if (opts.json) deps.io.out(toJson({ query, results: [], pages: [] }));
    const did = didYouMean(query, deps);
    throw new RadicError(
      "not-found",
      `no results for '${displayInput(query)}'`,
      `${did.length > 0 ? `Did you mean ${did.map((d) => `'${d}'`).join(" or ")}? ` : ""}\`radic list\` shows every page.`,
    );
  }
  const catalog = deps.store.catalog();
  // Disc levels are pages too (`radic l5-s1`), made from the disc rules rather than listed.
  const entryOf = (id: string) => {
    const disc = catalog.entries.some((e) => e.id === id) ? undefined : parseDiscLevel(id);
    return disc ? discEntry(disc) : catalog.entries.find((e) => e.id === id);
  };
  const sectionTitle = (h: Hit) =>
    entryOf(h.page)?.sections.find((s) => s.id === h.section)?.title ?? h.section;
  const view = (h: Hit): SearchView => ({
    topic: h.page,
    section: h.section,
    title: `${entryOf(h.page)?.title ?? h.page} › ${sectionTitle(h)}`,
    snippet: snippet(docText(files, h.id), h.terms, si.thesaurus),
  });
  const shown = pages.map((p) => p.sections.slice(0, 1 + MORE_SECTIONS));
  if (opts.json) {
    // `results` keeps the contract: sections, best first. `pages` is the grouping the
    // terminal shows: each page's sections, its best first.
    const results = shown
      .flat()
      .sort((a, b) => b.score - a.score)
      .map((h) => {
        const v = view(h);
        return {
          topic: v.topic,
          section: v.section,
          title: v.title,
          score: h.score,
          snippet: v.snippet.text,
        };
      });
    const grouped = pages.map((p, i) => ({
      topic: p.page,
      title: entryOf(p.page)?.title ?? p.page,
      score: p.score,
      sections: (shown[i] ?? []).map((h) => h.section),
    }));
    deps.io.out(toJson({ query, results, pages: grouped }));
    return EXIT.ok;
  }
  const groups: SearchGroup[] = shown.flatMap(([best, ...more]) =>
    best
      ? [
          {
            best: view(best),
            more: more.map((h) => ({ section: h.section, title: sectionTitle(h) })),
          },
        ]
      : [],
  );
  const header = searchHeader(query, queryExtent(si, query).dropped);
  show(deps, renderSearch(header, groups, textWidth(deps)), opts);
  return EXIT.ok;
}

/** Words from page titles, aliases and synonyms close to the query's words. */
function didYouMean(query: string, deps: Deps): string[] {
  const vocabulary = new Set<string>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().match(/[a-z0-9\u00df-\u024f]{4,}/g) ?? []) vocabulary.add(w);
  };
  for (const e of deps.store.catalog().entries) {
    add(e.title);
    for (const a of e.aliases) add(a);
    for (const s of e.sections) add(s.title);
  }
  for (const g of deps.store.search().head.groups) for (const t of g.terms) add(t);
  const candidates = [...vocabulary].map((w) => ({ name: w, keys: [keyOf(w)] }));
  const out = new Set<string>();
  const typed = query.toLowerCase().match(/[a-z0-9\u00df-\u024f]+/g) ?? [];
  // Words of 3 to 40 letters: no real word is longer, and each costs a comparison with every name.
  for (const w of typed.filter((x) => x.length >= 3 && x.length <= 40)) {
    if (!vocabulary.has(w)) for (const s of suggest(keyOf(w), candidates, 2)) out.add(s);
  }
  return [...out].slice(0, 3);
}
