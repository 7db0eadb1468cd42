/**
 * The real terminal: stdout, stderr, stdin, the environment and the pager. Everything a command
 * does to the outside world passes through here, so tests can swap it out whole.
 */
import { spawnSync } from "node:child_process";
import { isatty } from "node:tty";
import type { Io } from "./deps.js";
import type { Env } from "./env.js";

export function processIo(): Io {
  return {
    out: (s) => {
      process.stdout.write(s);
    },
    err: (s) => {
      process.stderr.write(s);
    },
    env: process.env,
    // isatty() rather than process.stdin.isTTY: touching process.stdin opens a stream that
    // costs milliseconds at start-up, and only `check` ever reads stdin.
    stdoutIsTTY: isatty(1),
    stdinIsTTY: isatty(0),
    columns: process.stdout.columns,
    rows: process.stdout.rows,
    page: (command, text) => runPager(command, text, process.env),
    readStdin,
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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
