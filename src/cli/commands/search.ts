import { EXIT, RadicError } from "../../core/errors.js";
import { docText, openIndex, search } from "../../core/search.js";
import { snippet } from "../../core/snippet.js";
import { suggest } from "../../core/suggest.js";
import { displayInput, keyOf, stripUnsafe } from "../../core/text.js";
import { toJson } from "../../render/json.js";
import { renderSearch, type SearchView } from "../../render/search.js";
import type { Deps } from "../deps.js";
import { type OutputOptions, show, textWidth } from "../output.js";

export const MAX_QUERY = 500;
export const MAX_LIMIT = 100;

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

/** `radic search <query…>`: the best sections for a question in lay or clinical words. */
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
  if (query.length > MAX_QUERY) {
    throw new RadicError(
      "usage",
      `search query too long (${query.length} characters; at most ${MAX_QUERY})`,
      "Use a few words.",
    );
  }
  const files = deps.store.search();
  const si = openIndex(files.head, files.postings, query);
  const hits = search(si, query, limit);
  if (hits.length === 0) {
    if (opts.json) deps.io.out(toJson({ query, results: [] }));
    const did = didYouMean(query, deps);
    throw new RadicError(
      "not-found",
      `no results for '${displayInput(query)}'`,
      `${did.length > 0 ? `Did you mean ${did.map((d) => `'${d}'`).join(" or ")}? ` : ""}\`radic list\` shows every page.`,
    );
  }
  const catalog = deps.store.catalog();
  const views: SearchView[] = hits.map((h) => {
    const entry = catalog.entries.find((e) => e.id === h.page);
    const sectionTitle = entry?.sections.find((s) => s.id === h.section)?.title ?? h.section;
    return {
      topic: h.page,
      section: h.section,
      title: `${entry?.title ?? h.page} › ${sectionTitle}`,
      snippet: snippet(docText(files, h.id), h.terms, si.thesaurus),
    };
  });
  if (opts.json) {
    const results = views.map((v, i) => ({
      topic: v.topic,
      section: v.section,
      title: v.title,
      score: hits[i]?.score ?? 0,
      snippet: v.snippet.text,
    }));
    deps.io.out(toJson({ query, results }));
    return EXIT.ok;
  }
  show(deps, renderSearch(query, views, textWidth(deps)), opts);
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
  for (const w of query.toLowerCase().match(/[a-z0-9\u00df-\u024f]{3,}/g) ?? []) {
    if (!vocabulary.has(w)) for (const s of suggest(keyOf(w), candidates, 2)) out.add(s);
  }
  return [...out].slice(0, 3);
}
