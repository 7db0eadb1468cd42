import type { Command } from "commander";
import { completionScript, type Shell } from "../../core/completion.js";
import { allDiscLevels } from "../../core/disc.js";
import { discEntry } from "../../core/disc-page.js";
import { SOURCES_SECTION } from "../../core/sections.js";
import type { TopicSpec } from "../../core/spec.js";
import type { Deps } from "../deps.js";
import { programSpec } from "../spec.js";

/** Every page and its section ids, as completion offers them. */
export function topicSpecs(deps: Deps): TopicSpec[] {
  const discs = allDiscLevels().map(discEntry);
  return [...deps.store.catalog().entries, ...discs].map((e) => ({
    id: e.id,
    title: e.title,
    kind: e.kind,
    sections: [...e.sections.map((s) => s.id), SOURCES_SECTION],
  }));
}

/** `radic completion bash|zsh|fish`: the script, on stdout. */
export function completion(shell: Shell, program: Command, deps: Deps): number {
  deps.io.out(completionScript(shell, programSpec(program), topicSpecs(deps)));
  return 0;
}
