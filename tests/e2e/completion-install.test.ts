/**
 * The README's install lines for completion, run as written in an empty home: they make the
 * folders they need, and then zsh completes on the very first TAB (tmux) and fish finds it.
 */
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { requireTool } from "../tools.js";

const BIN = join(ROOT, "bin", "radic.js");
const home = mkdtempSync(join(tmpdir(), "radic-home-"));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** The sh blocks of the README's completion section: the install lines, then ~/.zshrc's. */
function readmeBlocks(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("### `radic completion bash|zsh|fish`");
  const section = readme.slice(start, readme.indexOf("\n### ", start + 1));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
}

const env = () => ({
  HOME: home,
  PATH: `${join(home, "bin")}:${process.env["PATH"] ?? ""}`,
  TERM: "xterm",
});

beforeAll(() => {
  // `radic` on PATH, as npm link would put it.
  mkdirSync(join(home, "bin"));
  const shim = join(home, "bin", "radic");
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  const [install = ""] = readmeBlocks();
  execFileSync("sh", ["-e", "-c", install], { env: env(), encoding: "utf8" });
});

describe("the README's completion install lines", () => {
  it("create the folders they need and write each script", () => {
    const blocks = readmeBlocks();
    expect(blocks).toHaveLength(2);
    for (const [file, shell] of [
      [".local/share/bash-completion/completions/radic", "bash"],
      [".zfunc/_radic", "zsh"],
      [".config/fish/completions/radic.fish", "fish"],
    ] as const) {
      const path = join(home, file);
      expect(existsSync(path), file).toBe(true);
      const script = execFileSync(process.execPath, [BIN, "completion", shell], {
        encoding: "utf8",
      });
      expect(readFileSync(path, "utf8")).toBe(script);
    }
  });

  it("zsh completes on the first TAB, with ~/.zshrc as the README says", async () => {
    requireTool("zsh", "the completion is tried in it");
    requireTool("tmux", "zsh runs interactively in it");
    const [, zshrc = ""] = readmeBlocks();
    writeFileSync(join(home, ".zshrc"), `${zshrc}PS1='zsh> '\n`);
    const socket = join(home, "tmux.sock");
    const tmux = (...args: string[]) =>
      execFileSync("tmux", ["-S", socket, ...args], { encoding: "utf8", env: env() });
    const vars = Object.entries({ ...env(), ZDOTDIR: home }).flatMap(([k, v]) => [
      "-e",
      `${k}=${v}`,
    ]);
    tmux(
      "-f",
      "/dev/null",
      "new-session",
      "-d",
      "-s",
      "z",
      "-x",
      "100",
      "-y",
      "10",
      ...vars,
      "zsh -i",
    );
    try {
      const screen = () => tmux("capture-pane", "-p", "-t", "z");
      const until = async (text: string) => {
        for (let i = 0; i < 100 && !screen().includes(text); i++) {
          await new Promise((r) => setTimeout(r, 50));
        }
        return screen();
      };
      await until("zsh> ");
      tmux("send-keys", "-t", "z", "radic s1 tr", "Tab");
      expect(await until("radic s1 treatment")).toContain("zsh> radic s1 treatment");
    } finally {
      tmux("kill-server");
    }
  }, 20_000);

  it("fish finds the script in ~/.config/fish/completions by itself", () => {
    requireTool("fish", "the completion is tried in it");
    const out = execFileSync("fish", ["-c", "complete -C 'radic s1 tr'"], {
      env: env(),
      encoding: "utf8",
    });
    expect(out.split("\n")[0]?.split("\t")[0]).toBe("treatment");
  });
});
