/**
 * `radic source [key]` and `radic <key>`: the full citation behind a key such as
 * `harrisons-19`, which every page's "Sources:" lines use; without a key, every source.
 */
import { RadicError } from "../../core/errors.js";
import { type Candidate, suggest } from "../../core/suggest.js";
import { displayInput, keyOf } from "../../core/text.js";
import type { Source } from "../../core/types.js";
import type { Line } from "../../render/doc.js";
import { toJson } from "../../render/json.js";
import { sourceList } from "../../render/page.js";
import type { Deps } from "../deps.js";
import { type OutputOptions, show, textWidth } from "../output.js";

/** The source whose key this is (`Harrisons-19`, `harrisons 19`), if any. */
export function findSource(input: string, deps: Deps): Source | undefined {
  const key = keyOf(input);
  if (key === "") return undefined;
  return deps.store.sources().find((s) => keyOf(s.id) === key);
}

/**
 * The citations behind these ids, in the same order: the one form a top-level `sources` takes
 * in every `--json` output (docs/json.md), as in a page's.
 */
export function citations(deps: Deps, ids: readonly string[]): Source[] {
  const byId = new Map(deps.store.sources().map((s) => [s.id, s]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Citations as text (or `{ sources: [...] }` with --json, the shape pages use). */
export function showSources(sources: readonly Source[], deps: Deps, opts: OutputOptions): number {
  if (opts.json) {
    deps.io.out(toJson({ sources }));
    return 0;
  }
  if (sources.length > 1 && !deps.io.stdoutIsTTY) {
    // In a pipe, one source a line: `radic source | grep nice`, `cut -f1` for the keys.
    const line = (s: Source): Line => [{ text: `${s.id}\t${s.title}\t${s.url}`, style: "plain" }];
    show(deps, sources.map(line), opts);
    return 0;
  }
  const heading = sources.length === 1 ? "Source" : `Sources (${sources.length})`;
  show(
    deps,
    [[{ text: heading, style: "heading" }], ...sourceList(sources, textWidth(deps))],
    opts,
  );
  return 0;
}

/** `radic source [key]` */
export function sourceCommand(key: string | undefined, deps: Deps, opts: OutputOptions): number {
  if (key === undefined) return showSources(deps.store.sources(), deps, opts);
  const found = findSource(key, deps);
  if (found) return showSources([found], deps, opts);
  const candidates: Candidate[] = deps.store
    .sources()
    .map((s) => ({ name: s.id, keys: [keyOf(s.id)] }));
  const did = suggest(keyOf(key), candidates).map((id) => `\`radic source ${id}\``);
  throw new RadicError(
    "not-found",
    `no source '${displayInput(key)}'`,
    `${did.length > 0 ? `Did you mean ${did.join(" or ")}? ` : ""}\`radic source\` lists every source.`,
  );
}
