import { allDiscLevels } from "../../core/disc.js";
import { discEntry } from "../../core/disc-page.js";
import { listJson, toJson } from "../../render/json.js";
import { renderList } from "../../render/list.js";
import type { Deps } from "../deps.js";
import { type OutputOptions, show, textWidth } from "../output.js";

/** `radic list`: every page, grouped; one per line when piped. */
export function list(deps: Deps, opts: OutputOptions): number {
  const catalog = deps.store.catalog();
  const discs = allDiscLevels().map(discEntry);
  if (opts.json) {
    deps.io.out(toJson(listJson(catalog, discs)));
    return 0;
  }
  show(deps, renderList(catalog, textWidth(deps), !deps.io.stdoutIsTTY, discs), opts);
  return 0;
}
