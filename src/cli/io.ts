/**
 * The real terminal: stdout, stderr, stdin, the environment and the pager. Everything a command
 * does to the outside world passes through here, so tests can swap it out whole.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { isatty } from "node:tty";
import { RadicError } from "../core/errors.js";
import type { Io } from "./deps.js";
import type { Env } from "./env.js";
import { fdWriter, writeAll } from "./fd.js";

export function processIo(): Io {
  const stdout = fdWriter(1);
  const stdoutIsTTY = isatty(1);
  return {
    out: (s) => stdout.write(s),
    err: (s) => {
      try {
        writeAll(2, s);
      } catch {
        // stderr is gone too: nowhere left to say so
      }
    },
    outputFailure: () => stdout.failure(),
    env: process.env,
    // isatty() rather than process.stdin.isTTY: touching process.stdin opens a stream that
    // costs milliseconds at start-up, and only `check` ever reads stdin. process.stdout likewise
    // only for a terminal's size: output goes straight to the descriptor (fd.ts).
    stdoutIsTTY,
    stdinIsTTY: isatty(0),
    get columns() {
      return stdoutIsTTY ? process.stdout.columns : undefined;
    },
    get rows() {
      return stdoutIsTTY ? process.stdout.rows : undefined;
    },
    page: (command, text) => runPager(command, text, process.env),
    readStdin,
    fileSize: (path) => {
      try {
        return statSync(path).size;
      } catch {
        return undefined;
      }
    },
    readFile: (path) => readFileSync(path, "utf8"),
    writeFileAtomic,
  };
}

function writeFileAtomic(path: string, text: string, overwrite: boolean): void {
  if (!overwrite && existsSync(path)) {
    throw new RadicError(
      "usage",
      `${path} already exists`,
      "Use --force to replace it, or choose another name.",
    );
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: "wx" });
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Pipe text into the pager and wait for it. Ctrl-C belongs to the pager while it runs (as git
 * does), so radic ignores SIGINT meanwhile. A pager that cannot start (127, 126) returns false
 * and the caller prints the text instead.
 */
function runPager(command: string, text: string, env: Env): boolean {
  const ignore = () => {};
  process.on("SIGINT", ignore);
  try {
    const r = spawnSync(command, {
      shell: true,
      input: text,
      stdio: ["pipe", "inherit", "pipe"],
      env: { LESS: "FRX", ...env },
    });
    return !r.error && r.status !== 127 && r.status !== 126;
  } finally {
    process.off("SIGINT", ignore);
  }
}

/**
 * Read stdin, stopping as soon as it is longer than `limit` bytes (the caller refuses it).
 * Synchronous reads of fd 0 first: `process.stdin` builds a stream, which costs milliseconds at
 * start-up (docs/decisions/003-check.md). A non-blocking stdin (EAGAIN) falls back to the stream.
 */
async function readStdin(limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const buf = Buffer.alloc(64 * 1024);
    for (;;) {
      const n = readSync(0, buf, 0, buf.length, null);
      if (n === 0) return Buffer.concat(chunks).toString("utf8");
      chunks.push(Buffer.from(buf.subarray(0, n)));
      size += n;
      if (size > limit) return Buffer.concat(chunks).toString("utf8");
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EBADF") return ""; // stdin closed: no answers
    if (code === "EISDIR") throw new RadicError("usage", "answers: stdin is a directory");
    if (code !== "EAGAIN") throw e;
  }
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > limit) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).toString("utf8");
}
