/**
 * The options of `radic check` that only make sense together (or apart), checked before anything
 * is read or asked; and the answers template.
 */
import { RadicError } from "../core/errors.js";
import type { OutputOptions } from "./output.js";

export interface CheckOptions {
  answers?: string | undefined;
  clinician?: boolean | undefined;
  save?: string | undefined;
  force?: boolean | undefined;
  template?: boolean | undefined;
  /** false with --no-map: the result without the body chart. */
  map?: boolean | undefined;
}

/** A usage error for options that contradict each other or do nothing. */
export function checkFlags(opts: CheckOptions, out: OutputOptions): void {
  if (opts.template && (opts.answers !== undefined || opts.save !== undefined || opts.clinician)) {
    throw new RadicError(
      "usage",
      "--template prints an empty answers file, and takes no other check option",
      "Fill it in, then `radic check --answers answers.json`.",
    );
  }
  if (opts.force && opts.save === undefined) {
    throw new RadicError(
      "usage",
      "--force does nothing without --save",
      "It lets `--save FILE` replace a file that exists: `radic check --save report.md --force`.",
    );
  }
  if (opts.clinician && opts.answers !== undefined) {
    throw new RadicError(
      "usage",
      "--clinician chooses which questions are asked, and --answers asks none",
      "Put examination findings (reflexes, features) in the answers file, and leave out --clinician.",
    );
  }
  if (opts.save === "-" && out.json) {
    throw new RadicError(
      "usage",
      "--save - and --json both write to standard output",
      "Use one of them, or save the report to a file: `--save report.md`.",
    );
  }
}

/** Every field of an answers file, empty: valid as it is (and then `insufficient`). */
export const ANSWERS_TEMPLATE = {
  pain: [],
  numbness: [],
  sensationNormal: [],
  strength: {},
  reflexes: {},
  redFlags: [],
  features: [],
};

export const TEMPLATE_NOTE =
  'radic: every field is empty: fill in ids (README, "radic check": the answers file), and add "side": "left", "right" or "both".\n';
