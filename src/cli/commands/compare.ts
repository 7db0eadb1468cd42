import { COMMAND_NAMES } from "../../core/commands.js";
import { RadicError } from "../../core/errors.js";
import { COMPARE_FIELDS, GLANCE_ROWS } from "../../core/glance.js";
import { resolve } from "../../core/lookup.js";
import { rootIndex } from "../../core/roots.js";
import { displayInput } from "../../core/text.js";
import type { BuiltPage } from "../../core/types.js";
import { renderCompare } from "../../render/compare.js";
import { toJson } from "../../render/json.js";
import type { Deps } from "../deps.js";
import { type OutputOptions, show, textWidth } from "../output.js";
import { orList } from "./lookup.js";
import { citations } from "./source.js";

const TRY = "Try `radic compare l5 s1` or `radic compare c6 c7`.";

/** `radic compare l5 s1 [c7]`: two or three roots side by side. */
export function compare(ids: string[], deps: Deps, opts: OutputOptions): number {
  if (ids.length < 2 || ids.length > 3) {
    throw new RadicError("usage", `compare takes two or three roots (got ${ids.length})`, TRY);
  }
  const catalog = deps.store.catalog();
  const roots = ids.map((input) => {
    const r = resolve([input], catalog, COMMAND_NAMES);
    if (r.kind === "unknown-topic") {
      const did = r.suggestions.filter((s) => catalog.entries.some((e) => e.id === s));
      throw new RadicError(
        "not-found",
        `no root '${displayInput(input)}'`,
        did.length > 0 ? `Did you mean ${orList(did.map((d) => `'${d}'`))}?` : TRY,
      );
    }
    if (r.kind === "disc") {
      throw new RadicError(
        "usage",
        `compare works on nerve roots, and ${r.disc.label} is a disc level`,
        `Compare the roots it presses on: \`radic compare ${[...new Set([...r.disc.usual, ...r.disc.farLateral])].sort((a, b) => rootIndex(a) - rootIndex(b)).join(" ")}\`.`,
      );
    }
    if (r.entry.kind !== "root" || r.kind !== "page" || r.section) {
      throw new RadicError(
        "usage",
        `compare works on nerve roots, and '${displayInput(input)}' is not one`,
        TRY,
      );
    }
    return r.entry.id;
  });
  if (new Set(roots).size !== roots.length) {
    throw new RadicError("usage", `compare needs different roots (got ${roots.join(", ")})`, TRY);
  }
  const pages = roots.map((id) => deps.store.page(id));
  if (opts.json) {
    deps.io.out(toJson(compareJson(pages, deps)));
    return 0;
  }
  show(deps, renderCompare(pages, textWidth(deps)), opts);
  return 0;
}

function compareJson(pages: readonly BuiltPage[], deps: Deps) {
  return {
    roots: pages.map((p) => ({ id: p.id, title: p.title })),
    rows: COMPARE_FIELDS.map((field) => ({
      field,
      label: GLANCE_ROWS.find(([f]) => f === field)?.[1] ?? field,
      values: Object.fromEntries(pages.map((p) => [p.id, p.glance?.[field] ?? null])),
    })),
    sources: citations(deps, [...new Set(pages.flatMap((p) => p.glance?.sources ?? []))]),
  };
}
