import { EXIT } from "../core/errors.js";
import type { Deps } from "./deps.js";
import { report } from "./errors.js";
import { createProgram, type Outcome } from "./program.js";

/** Run radic with these arguments (without `node` and the script) and return the exit code. */
export async function runCli(args: readonly string[], deps: Deps): Promise<number> {
  const outcome: Outcome = { exitCode: EXIT.ok };
  let code: number;
  try {
    const program = createProgram(deps, outcome);
    await program.parseAsync([...args], { from: "user" });
    code = outcome.exitCode;
  } catch (error) {
    const { exitCode, message } = report(error, deps.io.env["RADIC_DEBUG"] === "1");
    if (message) deps.io.err(message);
    code = exitCode;
  }
  return settle(code, outcome, deps);
}

/**
 * Output that could not be written is one line on stderr and exit 74 — except that a check's
 * exit code is its triage, and that always stands: an emergency stays 4 (and a closed pipe, which
 * is no failure at all, changes nothing for any command).
 */
function settle(code: number, outcome: Outcome, deps: Deps): number {
  const failure = deps.io.outputFailure();
  if (failure === undefined) return code;
  deps.io.err(`radic: cannot write to standard output: ${failure}\n`);
  return outcome.triage ? code : EXIT.ioError;
}
