/**
 * The real terminal: stdout, stderr, stdin, the environment and the pager. Everything a command
 * does to the outside world passes through here, so tests can swap it out whole.
 */
import { spawnSync } from "node:child_process";
import { isatty } from "node:tty";
import type { Io } from "./deps.js";
import type { Env } from "./env.js";
import { fdWriter, readFdCapped, readPathCapped, writeAll } from "./fd.js";
import { writeReport } from "./save.js";

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
    onResize: (listener) => {
      if (!stdoutIsTTY) return () => {};
      process.stdout.on("resize", listener);
      return () => process.stdout.off("resize", listener);
    },
    page: (command, text) => runPager(command, text, process.env),
    readInput: async (path, limit) =>
      path === "-" ? readStdin(limit) : readPathCapped(path, limit),
    writeFileAtomic: writeReport,
  };
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
 * Read stdin, at most `limit + 1` bytes. Synchronous reads of fd 0 first: `process.stdin` builds
 * a stream, which costs milliseconds at start-up (docs/decisions/003-check.md). A closed stdin
 * reads as empty; a non-blocking one (EAGAIN) falls back to the stream, with the same cap.
 */
async function readStdin(limit: number): Promise<Buffer> {
  try {
    return readFdCapped(0, limit);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EBADF") return Buffer.alloc(0);
    if (code !== "EAGAIN") throw e;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > limit) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, limit + 1);
}
