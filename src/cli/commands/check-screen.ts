/**
 * What `radic check` needs only for a person: the walkthrough in the terminal, the result in
 * words and pictures, and the Markdown report. A bundle of its own (scripts/build.mjs), loaded
 * by check.ts only when it is needed.
 */
import type { checkbox, confirm, select } from "@inquirer/prompts";
import { chartFor, expand, rootFills } from "../../core/bodymap.js";
import { localize } from "../../core/check/localize.js";
import type { Answers, Result, Vocabulary } from "../../core/check/types.js";
import { answersOf, type Choice, next, question, start } from "../../core/check/walkthrough.js";
import { banner, DISCLAIMER, renderResult, resultMarkdown } from "../../render/check.js";
import { wrap } from "../../render/doc.js";
import type { Deps } from "../deps.js";
import { type OutputOptions, screenWidth, show, textWidth } from "../output.js";
import type { Ask } from "./check.js";

/** Page titles by id, for the result in words. */
const titlesOf = (deps: Deps) => new Map(deps.store.catalog().entries.map((e) => [e.id, e.title]));

/** The result in words, through the pager on a terminal, as pages are (the banner comes first). */
export function showResult(
  deps: Deps,
  result: Result,
  answers: Answers,
  v: Vocabulary,
  out: OutputOptions,
  withMap: boolean,
): void {
  const map = withMap ? resultMap(result, answers, v, deps) : undefined;
  show(deps, renderResult(result, v, titlesOf(deps), textWidth(deps), map), out);
}

/**
 * The report for a clinician: which radic and which content made it (so a reader can tell
 * which edition they hold), and the sources in the order the terminal lists them.
 */
export function reportMarkdown(deps: Deps, result: Result, answers: Answers): string {
  const titles = titlesOf(deps);
  const byId = new Map(deps.store.sources().map((s) => [s.id, s]));
  const sources = result.sources.flatMap((id) => byId.get(id) ?? []);
  const date = new Date().toISOString().slice(0, 10);
  const v = deps.store.vocabulary();
  const md = resultMarkdown(result, answers, v, titles, sources, date);
  const made = `_Made by radic ${deps.version} with content ${deps.store.catalog().contentVersion}._`;
  return md.replace("\n", `\n\n${made}\n`);
}

/** The top candidate's skin on the chart, with the person's numb areas marked on their side. */
function resultMap(result: Result, answers: Answers, v: Vocabulary, deps: Deps) {
  const top = result.candidates[0];
  if (!top) return undefined;
  const bodymap = deps.store.bodymap();
  const width = screenWidth(deps);
  const side = answers.side === "left" || answers.side === "right" ? answers.side : undefined;
  const picture = {
    chart: chartFor(bodymap, width),
    fills: rootFills(v, top.root),
    marked: expand(bodymap, answers.numbness ?? []),
    side,
  };
  return { picture, width };
}

/** Ask until the state machine is done; show the emergency banner the moment it applies. */
export async function walkthrough(
  deps: Deps,
  v: Vocabulary,
  clinician: boolean,
  ask: Ask,
): Promise<Answers> {
  const width = textWidth(deps);
  const say = (lines: Parameters<typeof show>[1]) =>
    show(deps, lines, { color: "auto", pager: false, json: false });
  say(
    wrap(
      [
        {
          text: `radic check asks about your symptoms and suggests which nerve root they point to. ${DISCLAIMER}`,
          style: "muted",
        },
      ],
      width,
    ),
  );
  let state = start(clinician);
  for (let q = question(state, v); q; q = question(state, v)) {
    if (q.step === "emergencyNotice") say(banner(localize(answersOf(state), v), width));
    state = next(state, v, await ask(q));
  }
  return answersOf(state);
}

/** The prompt functions the walkthrough uses (the real ones, or wrapped ones in tests). */
export interface Prompts {
  checkbox: typeof checkbox;
  select: typeof select;
  confirm: typeof confirm;
}

/** A checkbox list with a "none" choice needs an answer, and "none" goes with nothing else. */
export function noneRule(none: string) {
  return (chosen: readonly { value: unknown }[]): true | string => {
    if (chosen.length === 0) return "Tick each one that applies, or tick “None of these”.";
    if (chosen.length > 1 && chosen.some((c) => c.value === none))
      return "“None of these” cannot go with another answer: untick one of them.";
    return true;
  };
}

/** Ask each question with these prompts, on a screen this wide and tall. */
export function askWith(p: Prompts, columns?: number, rows?: number, signal?: AbortSignal): Ask {
  const context = signal ? { signal } : undefined;
  // The prompts print a question or a choice as one line and the terminal breaks it mid-word:
  // break it at spaces instead, leaving room for what the prompt puts in front.
  const toWidth = (text: string, indent: number, hang = "") =>
    columns === undefined
      ? text
      : wrap([{ text, style: "plain" }], Math.max(columns, 40) - indent, "", hang)
          .map((line) => line.map((s) => s.text).join(""))
          .join("\n");
  // As many lines as the screen has, less the question and the help line under the list.
  const pageSize = Math.max(10, (rows ?? 24) - 5);
  // Once answered, the prompt repeats the question with the answer after it; on its own lines,
  // broken at spaces, so that a long answer never breaks mid-word either.
  const theme = {
    style: {
      answer: (text: string) => `\n${toWidth(text, 2, "  ").replace(/^/, "  ")}`,
    },
  };
  const choices = <C extends Choice>(cs: readonly C[]) =>
    cs.map((c) => ({ ...c, name: toWidth(c.name, 4, "   "), short: c.short ?? c.name }));
  return (q) => {
    switch (q.kind) {
      case "checkbox":
        return p.checkbox(
          {
            message: toWidth(q.message, 2),
            choices: choices(q.choices).map((c) => ({ ...c, checked: c.checked ?? false })),
            pageSize,
            loop: false,
            theme,
            // "All" would tick "None of these" too: each warning sign is ticked on its own.
            ...(q.none
              ? { validate: noneRule(q.none), shortcuts: { all: null, invert: null } }
              : {}),
          },
          context,
        );
      case "select":
        return p.select(
          {
            message: toWidth(q.message, 2),
            choices: choices(q.choices),
            ...(q.default ? { default: q.default } : {}),
            pageSize,
            loop: false,
            theme,
          },
          context,
        );
      case "confirm":
        return p.confirm({ message: toWidth(q.message, 2), default: q.default, theme }, context);
    }
  };
}

/** The real prompts, loaded only now that questions are to be asked. */
export async function promptAsk(io: Deps["io"]): Promise<Ask> {
  const { realPrompts } = await import("./check-prompts.js");
  return resizable(realPrompts, io);
}

/**
 * Ask at the terminal's size, and again at the new size when it is resized: the prompts break
 * their lines once, so a narrower screen would break them mid-word and leave stale lines behind.
 * A resize clears the screen and puts the same question up again.
 */
export function resizable(p: Prompts, io: Deps["io"]): Ask {
  return async (q) => {
    for (;;) {
      const resized = new AbortController();
      const stop = io.onResize?.(() => resized.abort()) ?? (() => {});
      try {
        return await askWith(p, io.columns, io.rows, resized.signal)(q);
      } catch (e) {
        if (!resized.signal.aborted) throw e;
        io.out("\x1b[2J\x1b[3J\x1b[H");
      } finally {
        stop();
      }
    }
  };
}
