/**
 * Errors worded at the edge: one line on stderr, the documented exit code, never a stack trace
 * unless RADIC_DEBUG=1, never a control character from the user echoed back.
 */
import { CommanderError } from "commander";
import { EXIT, type RadicError } from "../core/errors.js";
import { displayInput } from "../core/text.js";

export interface Reported {
  exitCode: number;
  message: string;
}

/** Commander codes that are not errors at all. */
const DONE = new Set(["commander.helpDisplayed", "commander.version", "commander.help"]);

export function report(error: unknown, debug: boolean): Reported {
  // By name, not instanceof: the search and check commands are bundles of their own, each with
  // its own copy of the class (docs/decisions/001-startup.md).
  if (isRadicError(error)) {
    return { exitCode: error.exitCode, message: line(error.message, error.hint) };
  }
  // Ctrl-C at a prompt: the prompts library throws this; its class stays inside check.ts.
  if (error instanceof Error && error.name === "ExitPromptError") {
    return { exitCode: EXIT.interrupted, message: "radic: cancelled.\n" };
  }
  if (error instanceof CommanderError) {
    if (DONE.has(error.code)) return { exitCode: EXIT.ok, message: "" };
    const text = error.message.replace(/^error: /, "").replace(/\.$/, "");
    // Commander puts its suggestion on a line of its own: make it our hint, not an escaped \n.
    const did = /^(.*)\n\(Did you mean (.+)\?\)$/s.exec(text);
    const hint = `${did ? `Did you mean ${escapeControls(did[2] ?? "")}? ` : ""}Try \`radic --help\`.`;
    return { exitCode: EXIT.usage, message: line(escapeControls(did?.[1] ?? text), hint) };
  }
  // The first line says what went wrong; the rest (a require stack, a dump) is for RADIC_DEBUG.
  const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  const stack = debug && error instanceof Error && error.stack ? `${error.stack}\n` : "";
  return {
    exitCode: EXIT.internal,
    message: `${line(`internal error: ${escapeControls(detail)}`, debug ? "" : "This is a bug in radic; RADIC_DEBUG=1 shows the details.")}${stack}`,
  };
}

function isRadicError(e: unknown): e is RadicError {
  return (
    e instanceof Error && e.name === "RadicError" && typeof (e as RadicError).exitCode === "number"
  );
}

function line(message: string, hint: string | undefined): string {
  return `radic: ${message}${hint ? `. ${hint}` : ""}\n`;
}

/** Commander quotes what the user typed; make any control characters in it visible. */
function escapeControls(text: string): string {
  return displayInput(text, 300).replace(/ \(\d+ characters\)$/, "");
}
