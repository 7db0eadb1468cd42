/**
 * The answers file of `radic check --answers FILE|-`, from bytes to a JSON value: at most 1 MiB
 * read from whatever it is, UTF-8 (a byte-order mark is fine), no key given twice, no nesting
 * deeper than any answers need. Every refusal is a usage error that says what to fix; the
 * engine's own parser (core/check/answers.ts) then checks the fields and ids.
 */
import { RadicError } from "../core/errors.js";
import { displayInput, jsonProblem } from "../core/text.js";
import type { Deps } from "./deps.js";
import { errnoText } from "./fd.js";

export const MAX_ANSWERS = 1024 * 1024;
/** Answers are two levels deep (`strength` -> a movement); anything far deeper is not answers. */
export const MAX_DEPTH = 32;

const TEMPLATE_HINT = "`radic check --template` prints an answers file to fill in.";

/** Read the answers (from a file, a device, a FIFO or stdin) and parse them as JSON. */
export async function readAnswers(path: string, deps: Deps): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await deps.io.readInput(path, MAX_ANSWERS);
  } catch (error) {
    throw cannotRead(path, error);
  }
  if (bytes.length > MAX_ANSWERS) {
    throw new RadicError(
      "usage",
      "answers: more than 1 MiB",
      "A file of answers is a few hundred bytes; check you gave the right file.",
    );
  }
  return parseAnswersJson(decodeAnswers(bytes));
}

function cannotRead(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (typeof code !== "string") return error; // not the system's: a bug, reported as one
  if (path === "-") {
    if (code === "EISDIR") return new RadicError("usage", "answers: stdin is a directory");
    return new RadicError("usage", `answers: cannot read stdin: ${errnoText(error)}`);
  }
  const what = `cannot read the answers file '${displayInput(path)}'`;
  if (code === "ENOENT") {
    return new RadicError("usage", what, "Check the path, or use `--answers -` for stdin.");
  }
  if (code === "EISDIR") {
    return new RadicError("usage", `${what}: it is a directory`, TEMPLATE_HINT);
  }
  return new RadicError("usage", `${what}: ${errnoText(error)}`);
}

/** Bytes to text: UTF-8, with or without a byte-order mark. */
export function decodeAnswers(bytes: Uint8Array): string {
  const b = bytes;
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || b.includes(0)) {
    throw new RadicError(
      "usage",
      "answers: the file looks like UTF-16 text",
      "Save it as UTF-8 (any plain-text editor can).",
    );
  }
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b.subarray(bom));
  } catch {
    throw new RadicError("usage", "answers: not UTF-8 text", "Save the file as UTF-8.");
  }
}

/** JSON text to a value, refusing a key given twice and nesting deeper than MAX_DEPTH. */
export function parseAnswersJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RadicError(
      "usage",
      // The parser quotes the input back, control characters and all: make them visible.
      `answers: not valid JSON: ${displayInput(jsonProblem(error, text), 200)}`,
      "An empty object {} is valid.",
    );
  }
  checkShape(text);
  return value;
}

interface Frame {
  object: boolean;
  keys: Set<string>;
  /** The key (in an object) or index (in a list) of the value being read. */
  at: string | number;
  expectKey: boolean;
}

/** Where a frame's current value is, in the engine's style: `strength.ankle`, `pain[1]`. */
function pathOf(stack: readonly Frame[], upTo: number): string {
  let path = "";
  for (const f of stack.slice(0, upTo)) {
    if (typeof f.at === "number") path += `[${f.at}]`;
    else path += path === "" ? f.at : `.${f.at}`;
  }
  return path;
}

/** The end of the string literal that starts at `i` (the index of its closing quote). */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  while (text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c ? 2 : 1;
  return j;
}

/** A key read in the innermost object: refused if that object had it already. */
function addKey(stack: Frame[], top: Frame, literal: string): void {
  const key = JSON.parse(literal) as string;
  if (top.keys.has(key)) {
    const where = pathOf(stack, stack.length - 1);
    throw new RadicError(
      "usage",
      `answers: ${where ? `${displayInput(where)}: ` : ""}'${displayInput(key)}' is given twice`,
      "Give each key once: JSON would keep only the last, and radic guesses nothing.",
    );
  }
  top.keys.add(key);
  top.at = key;
  top.expectKey = false;
}

function open(stack: Frame[], object: boolean): void {
  if (stack.length >= MAX_DEPTH) {
    const field = stack[0]?.object ? pathOf(stack, 1) : "";
    throw new RadicError(
      "usage",
      `answers: ${field ? `${displayInput(field)}: ` : ""}nested more than ${MAX_DEPTH} levels deep`,
      "Answers are lists of ids and objects of id -> value, two levels at most.",
    );
  }
  stack.push({ object, keys: new Set(), at: object ? "" : 0, expectKey: true });
}

/**
 * Walk text that JSON.parse accepted, without recursion (so depth costs no stack): JSON.parse
 * keeps the last of two equal keys, silently, and the engine would then never see the first.
 */
function checkShape(text: string): void {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x22) {
      const end = stringEnd(text, i);
      if (top?.object && top.expectKey) addKey(stack, top, text.slice(i, end + 1));
      i = end;
    } else if (c === 0x7b || c === 0x5b) open(stack, c === 0x7b);
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c && top?.object) top.expectKey = true;
    else if (c === 0x2c && top) top.at = (top.at as number) + 1;
  }
}
