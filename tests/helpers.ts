/**
 * Shared test fixtures: the real content, compiled in memory once per file, and a fake
 * terminal that records what a command printed.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Deps, Io } from "../src/cli/deps.js";
import { runCli } from "../src/cli/run.js";
import { type Existing, saveRefusal } from "../src/cli/save.js";
import { memoryStore } from "../src/cli/store.js";
import { type Compiled, compile, loadContent, validateContent } from "../src/content/index.js";

export const ROOT = join(import.meta.dirname, "..");
export const DATA = join(ROOT, "data");

let compiled: Compiled | undefined;

/** data/ validated and compiled, as the build does; throws with the messages if it is broken. */
export function content(): Compiled {
  if (compiled) return compiled;
  const loaded = loadContent(DATA);
  const { content: valid, errors } = validateContent(loaded.raw);
  if (loaded.errors.length > 0 || errors.length > 0 || !valid) {
    throw new Error([...loaded.errors, ...errors].join("\n"));
  }
  compiled = compile(valid);
  return compiled;
}

export interface Terminal {
  stdoutIsTTY?: boolean;
  stdinIsTTY?: boolean;
  columns?: number;
  rows?: number;
  env?: Record<string, string | undefined>;
  stdin?: string | Uint8Array;
  /** What the fake pager does: true = it showed the text, false = it could not start. */
  pagerWorks?: boolean;
  /** Standard output fails after the first write with this (e.g. "no space left on device"). */
  outputFails?: string;
  /** Directories and symbolic links (path -> target) that exist, for --save. */
  dirs?: string[];
  links?: Record<string, string>;
  /** The error a --save that is allowed fails with (e.g. an ENOENT from the file system). */
  saveFails?: Error;
  /** Files that exist: path -> content. */
  files?: Record<string, string | Uint8Array>;
}

export interface Result {
  code: number;
  out: string;
  err: string;
  paged: { command: string; text: string }[];
  written: Record<string, string>;
}

export function fakeIo(t: Terminal = {}): { io: Io; result: Omit<Result, "code"> } {
  const result = {
    out: "",
    err: "",
    paged: [] as Result["paged"],
    written: {} as Record<string, string>,
  };
  let failure: string | undefined;
  const io: Io = {
    out: (s) => {
      if (failure !== undefined) return;
      failure = t.outputFails;
      result.out += s;
    },
    outputFailure: () => failure,
    err: (s) => {
      result.err += s;
    },
    env: t.env ?? {},
    stdoutIsTTY: t.stdoutIsTTY ?? false,
    stdinIsTTY: t.stdinIsTTY ?? false,
    columns: t.columns,
    rows: t.rows,
    page: (command, text) => {
      if (t.pagerWorks === false) return false;
      result.paged.push({ command, text });
      return true;
    },
    readInput: async (path, limit) => {
      const text = path === "-" ? (t.stdin ?? "") : t.files?.[path];
      if (text === undefined) {
        const e = new Error(`ENOENT: no such file or directory, open '${path}'`);
        throw Object.assign(e, { code: "ENOENT" });
      }
      return Buffer.from(text).subarray(0, limit + 1);
    },
    writeFileAtomic: (path, text, overwrite) => {
      const target = t.links?.[path];
      const existing: Existing =
        target !== undefined
          ? { kind: "symlink", target }
          : t.dirs?.includes(path)
            ? { kind: "directory" }
            : t.files?.[path] !== undefined
              ? { kind: "file" }
              : { kind: "nothing" };
      const refusal = saveRefusal(path, existing, overwrite);
      if (refusal) throw refusal;
      if (t.saveFails) throw t.saveFails;
      result.written[path] = text;
      return path.startsWith("/") ? path : `/home/me/${path}`;
    },
  };
  return { io, result };
}

/** Run radic in-process on the real content with a fake terminal. */
export async function run(args: string[], t: Terminal = {}): Promise<Result> {
  const { io, result } = fakeIo(t);
  const deps: Deps = { io, store: memoryStore(content()), version: "9.9.9" };
  const code = await runCli(args, deps);
  return { code, ...result };
}

/** Compare with a golden file; `UPDATE_GOLDEN=1 npx vitest run` rewrites them. */
export function golden(name: string, actual: string): void {
  const file = join(ROOT, "tests", "golden", name);
  if (process.env["UPDATE_GOLDEN"] === "1" || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, "utf8"));
}
