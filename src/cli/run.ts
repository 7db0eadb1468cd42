import { EXIT } from "../core/errors.js";
import type { Deps } from "./deps.js";
import { report } from "./errors.js";
import { createProgram, type Outcome } from "./program.js";

/** Run radic with these arguments (without `node` and the script) and return the exit code. */
export async function runCli(args: readonly string[], deps: Deps): Promise<number> {
  const outcome: Outcome = { exitCode: EXIT.ok };
  try {
    const program = createProgram(deps, outcome);
    await program.parseAsync([...args], { from: "user" });
    return outcome.exitCode;
  } catch (error) {
    const { exitCode, message } = report(error, deps.io.env["RADIC_DEBUG"] === "1");
    if (message) deps.io.err(message);
    return exitCode;
  }
}
