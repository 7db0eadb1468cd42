/**
 * A real terminal for end-to-end tests: tmux runs the built binary in a window of a given size,
 * send-keys types, capture-pane reads the screen. .ci/run installs tmux on a bare machine.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers.js";
import { requireTool } from "../tools.js";

const BIN = join(ROOT, "bin", "radic.js");

export interface Terminal {
  /** Start radic in a new window; the window prints EXIT:<code> when radic ends. */
  start(name: string, args: string, env?: Record<string, string>): void;
  /** The window's text (with what scrolled off the top); `escapes` keeps colour sequences. */
  screen(name: string, escapes?: boolean): string;
  waitFor(name: string, text: string, ms?: number): Promise<string>;
  keys(name: string, ...keys: string[]): void;
  close(): void;
}

export function terminal(columns: number, rows: number): Terminal {
  requireTool("tmux", "these tests run radic in a real terminal in it");
  const socket = join(mkdtempSync(join(tmpdir(), "radic-tmux-")), "sock");
  const tmux = (...args: string[]) =>
    execFileSync("tmux", ["-S", socket, ...args], { encoding: "utf8" });
  tmux("-f", "/dev/null", "new-session", "-d", "-s", "keep", "-x", `${columns}`, "-y", `${rows}`);
  const screen = (name: string, escapes = false) =>
    tmux("capture-pane", "-p", "-J", ...(escapes ? ["-e"] : []), "-S", "-", "-t", `keep:${name}`);
  return {
    start(name, args, env = { NO_COLOR: "1" }) {
      const vars = Object.entries(env).flatMap(([k, v]) => ["-e", `${k}=${v}`]);
      const command = `"${process.execPath}" "${BIN}" ${args}; echo EXIT:$?; sleep 60`;
      tmux("new-window", "-d", "-n", name, ...vars, command);
    },
    screen,
    async waitFor(name, text, ms = 10_000) {
      const end = Date.now() + ms;
      for (;;) {
        const s = screen(name);
        if (s.includes(text)) return s;
        if (Date.now() > end)
          throw new Error(`timed out waiting for ${JSON.stringify(text)}; screen:\n${s}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    keys(name, ...k) {
      tmux("send-keys", "-t", `keep:${name}`, ...k);
    },
    close() {
      try {
        tmux("kill-server");
      } catch {
        // already gone
      }
      rmSync(join(socket, ".."), { recursive: true, force: true });
    },
  };
}
