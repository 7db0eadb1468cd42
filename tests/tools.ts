/**
 * Programs the tests run besides Node. A missing one fails its tests with a sentence that names
 * it and how to get it, instead of an ENOENT from deep inside a spawn. .ci/run installs them all.
 */
import { spawnSync } from "node:child_process";

/** Debian/Ubuntu package of each tool (what .ci/run installs). */
export const TOOLS: Record<string, string> = {
  tmux: "tmux",
  script: "bsdutils",
  zsh: "zsh",
  fish: "fish",
  groff: "groff-base",
  less: "less",
  bash: "bash",
};

const found = new Map<string, boolean>();

export function hasTool(name: string): boolean {
  if (!found.has(name)) {
    const r = spawnSync("sh", ["-c", 'command -v "$1"', "sh", name], { stdio: "ignore" });
    found.set(name, r.status === 0);
  }
  return found.get(name) === true;
}

/** Throw a plain explanation if `name` is not on PATH; `why` says what the test needs it for. */
export function requireTool(name: string, why: string): void {
  if (hasTool(name)) return;
  const pkg = TOOLS[name] ?? name;
  throw new Error(
    `${name} is not installed, and ${why}. Install it (Debian/Ubuntu: apt-get install ${pkg}), or run .ci/run, which installs everything the tests need (README, "Development").`,
  );
}
