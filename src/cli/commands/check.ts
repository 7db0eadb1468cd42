/**
 * `radic check`: the symptom walkthrough. Answers come from the prompts (a terminal on both
 * ends) or from `--answers FILE|-` as JSON; both feed the same pure engine. What only a person
 * needs — the walkthrough, the result in words, the report — is in check-screen.ts, a bundle of
 * its own, so `radic check --answers … --json` (what scripts run) never loads it; the prompts
 * library is loaded later still, only when questions are really asked.
 */
import { parseAnswers } from "../../core/check/answers.js";
import { localize } from "../../core/check/localize.js";
import type { Answers, Result } from "../../core/check/types.js";
import type { Question } from "../../core/check/walkthrough.js";
import { EXIT, RadicError } from "../../core/errors.js";
import { toJson } from "../../render/json.js";
import { readAnswers } from "../answers-file.js";
import { ANSWERS_TEMPLATE, type CheckOptions, checkFlags, TEMPLATE_NOTE } from "../check-flags.js";
import type { Deps } from "../deps.js";
import type { OutputOptions } from "../output.js";
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
    const screen = await import("./check-screen.js");
    answers = await screen.walkthrough(
      deps,
      v,
      opts.clinician === true,
      ask ?? (await screen.promptAsk(deps.io)),
    );
  }
  const result = localize(answers, v);
  const wordsNeeded = !out.json || opts.save !== undefined;
  const screen = wordsNeeded ? await import("./check-screen.js") : undefined;
  const report = () => screen?.reportMarkdown(deps, result, answers) ?? "";
  // The result first, always: a report that cannot be saved must not hide an emergency.
  if (opts.save === "-") deps.io.out(report());
  else if (out.json) deps.io.out(toJson(result));
  else screen?.showResult(deps, result, answers, v, out, opts.map !== false);
  if (opts.save !== undefined && opts.save !== "-") {
    saveReport(deps, opts.save, report(), opts.force === true);
  }
  return EXIT_FOR[result.triage];
}
