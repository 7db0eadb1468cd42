/**
 * `radic check`: the symptom walkthrough. Answers come from the prompts (a terminal on both
 * ends) or from `--answers FILE|-` as JSON; both feed the same pure engine. The prompts library
 * is imported here only, and lazily, so no other command ever loads it.
 */
import type { checkbox, confirm, select } from "@inquirer/prompts";
import { chartFor, expand, rootFills } from "../../core/bodymap.js";
import { parseAnswers } from "../../core/check/answers.js";
import { localize } from "../../core/check/localize.js";
import type { Answers, Result, Vocabulary } from "../../core/check/types.js";
import {
  answersOf,
  type Choice,
  next,
  type Question,
  question,
  start,
} from "../../core/check/walkthrough.js";
import { EXIT, RadicError } from "../../core/errors.js";
import { banner, DISCLAIMER, renderResult, resultMarkdown } from "../../render/check.js";
import { wrap } from "../../render/doc.js";
import { toJson } from "../../render/json.js";
import { readAnswers } from "../answers-file.js";
import { ANSWERS_TEMPLATE, type CheckOptions, checkFlags, TEMPLATE_NOTE } from "../check-flags.js";
import type { Deps } from "../deps.js";
import { type OutputOptions, screenWidth, show, textWidth } from "../output.js";
import { saveReport } from "../save.js";

export type { CheckOptions };

/** Puts one question on the screen and returns the answer. */
export type Ask = (q: Question) => Promise<unknown>;

const EXIT_FOR: Record<Result["triage"], number> = {
  routine: EXIT.ok,
  urgent: EXIT.urgent,
  emergency: EXIT.emergency,
};

export async function checkCommand(
  deps: Deps,
  opts: CheckOptions,
  out: OutputOptions,
  ask?: Ask,
): Promise<number> {
  checkFlags(opts, out);
  if (opts.template) {
    deps.io.out(toJson(ANSWERS_TEMPLATE));
    deps.io.err(TEMPLATE_NOTE);
    return EXIT.ok;
  }
  const v = deps.store.vocabulary();
  let answers: Answers;
  if (opts.answers !== undefined) {
    answers = parseAnswers(await readAnswers(opts.answers, deps));
  } else {
    if (!deps.io.stdinIsTTY || !deps.io.stdoutIsTTY) {
      throw new RadicError(
        "usage",
        "check asks its questions in a terminal, and there is none here",
        "Give the answers as JSON instead: `radic check --answers answers.json`, or `--answers -` to read them from stdin.",
      );
    }
    answers = await walkthrough(
      deps,
      v,
      opts.clinician === true,
      ask ?? (await promptAsk(deps.io)),
    );
  }
  const result = localize(answers, v);
  // Page titles only for text: `--json` (what scripts use) reads no more than it needs.
  const titles = () => new Map(deps.store.catalog().entries.map((e) => [e.id, e.title]));
  const report = () => reportMarkdown(deps, result, answers, titles());
  // The result first, always: a report that cannot be saved must not hide an emergency.
  if (opts.save === "-") deps.io.out(report());
  else if (out.json) deps.io.out(toJson(result));
  else {
    const map = opts.map === false ? undefined : resultMap(result, answers, v, deps);
    // Through the pager on a terminal, as pages are (the banner is at the top of the first screen).
    show(deps, renderResult(result, v, titles(), textWidth(deps), map), out);
  }
  if (opts.save !== undefined && opts.save !== "-") {
    saveReport(deps, opts.save, report(), opts.force === true);
  }
  return EXIT_FOR[result.triage];
}

/**
 * The report for a clinician: which radic and which content made it (so a reader can tell
 * which edition they hold), and the sources in the order the terminal lists them.
 */
function reportMarkdown(
  deps: Deps,
  result: Result,
  answers: Answers,
  titles: ReadonlyMap<string, string>,
): string {
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
async function walkthrough(
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
async function promptAsk(io: Deps["io"]): Promise<Ask> {
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
