import { listJson, toJson } from "../../render/json.js";
import { renderList } from "../../render/list.js";
import type { Deps } from "../deps.js";
import { type OutputOptions, show, textWidth } from "../output.js";

/** `radic list`: every page, grouped; one per line when piped. */
export function list(deps: Deps, opts: OutputOptions): number {
  const catalog = deps.store.catalog();
  if (opts.json) {
    deps.io.out(toJson(listJson(catalog)));
    return 0;
  }
  show(deps, renderList(catalog, textWidth(deps), !deps.io.stdoutIsTTY), opts);
  return 0;
}
