/**
 * Errors worded at the edge: one line on stderr, the documented exit code, never a stack trace
 * unless RADIC_DEBUG=1, never a control character from the user echoed back.
 */
import { CommanderError } from "commander";
import { EXIT, RadicError } from "../core/errors.js";
import { displayInput } from "../core/text.js";

export interface Reported {
  exitCode: number;
  message: string;
}

/** Commander codes that are not errors at all. */
const DONE = new Set(["commander.helpDisplayed", "commander.version", "commander.help"]);

export function report(error: unknown, debug: boolean): Reported {
  if (error instanceof RadicError) {
    return { exitCode: error.exitCode, message: line(error.message, error.hint) };
  }
  if (error instanceof CommanderError) {
    if (DONE.has(error.code)) return { exitCode: EXIT.ok, message: "" };
    const text = error.message.replace(/^error: /, "").replace(/\.$/, "");
    return { exitCode: EXIT.usage, message: line(escapeControls(text), "Try `radic --help`.") };
  }
  const detail = error instanceof Error ? error.message : String(error);
  const stack = debug && error instanceof Error && error.stack ? `${error.stack}\n` : "";
  return {
    exitCode: EXIT.internal,
    message: `${line(`internal error: ${escapeControls(detail)}`, debug ? "" : "This is a bug in radic; RADIC_DEBUG=1 shows the details.")}${stack}`,
  };
}

function line(message: string, hint: string | undefined): string {
  return `radic: ${message}${hint ? `. ${hint}` : ""}\n`;
}

/** Commander quotes what the user typed; make any control characters in it visible. */
function escapeControls(text: string): string {
  return displayInput(text, 300).replace(/ \(\d+ characters\)$/, "");
}
