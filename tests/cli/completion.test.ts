/**
 * Completion scripts, run in the real shells: bash and zsh complete through the generated
 * function, fish through `complete -C`. .ci/run installs zsh and fish on a bare machine.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { allDiscLevels } from "../../src/core/disc.js";
import { content, run } from "../helpers.js";
import { requireTool } from "../tools.js";

const dir = mkdtempSync(join(tmpdir(), "radic-completion-"));
const scripts: Record<string, string> = {};
const ids = [...content().catalog.entries.map((e) => e.id), ...allDiscLevels().map((d) => d.id)];
const COMMANDS = ["search", "check", "compare", "source", "completion", "list"];

beforeAll(async () => {
  for (const shell of ["bash", "zsh", "fish"]) {
    const r = await run(["completion", shell]);
    expect(r.code).toBe(0);
    scripts[shell] = join(dir, `radic.${shell}`);
    writeFileSync(scripts[shell] ?? "", r.out);
  }
  writeFileSync(join(dir, "answers-s1.json"), "{}");
});

/** What bash offers after these words (the last is the one being completed). */
function bash(...words: string[]): string[] {
  requireTool("bash", "the bash completion script runs in it");
  const script = `source '${scripts["bash"]}'; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _radic; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const out = execFileSync("bash", ["-c", `cd '${dir}' && ${script}`], { encoding: "utf8" });
  return out.split("\n").filter(Boolean);
}

/** What fish offers for a command line (its own `complete -C`). */
function fish(line: string): string[] {
  requireTool("fish", "the fish completion script runs in it");
  const out = execFileSync("fish", ["-c", `source '${scripts["fish"]}'; complete -C '${line}'`], {
    encoding: "utf8",
  });
  return out
    .split("\n")
    .filter(Boolean)
    .map((l) => l.split("\t")[0] ?? "");
}

describe("radic completion bash", () => {
  it("offers every command and every topic id first", () => {
    expect(bash("radic", "").sort()).toEqual([...COMMANDS, ...ids].sort());
  });

  it("offers a page's own sections after it", () => {
    expect(bash("radic", "s1", "tr")).toEqual(["treatment"]);
    expect(bash("radic", "s1", "")).toContain("dermatome");
    expect(bash("radic", "red-flags", "")).toEqual(
      expect.arrayContaining(["emergency", "same-day"]),
    );
    expect(bash("radic", "s1", "treatment", "")).toEqual([]);
  });

  it("completes option values, roots for compare, shells for completion, and files", () => {
    expect(bash("radic", "--color", "")).toEqual(["auto", "always", "never"]);
    expect(bash("radic", "dermatomes", "--region", "l")).toEqual(["leg"]);
    expect(bash("radic", "compare", "l")).toEqual(["l1", "l2", "l3", "l4", "l5"]);
    expect(bash("radic", "completion", "")).toEqual(["bash", "zsh", "fish"]);
    expect(bash("radic", "check", "--answers", "ans")).toEqual(["answers-s1.json"]);
    expect(bash("radic", "--json", "s1", "my")).toEqual(["myotome"]);
  });

  it("offers each command's own options, and the shared ones", () => {
    expect(bash("radic", "check", "--")).toEqual(
      expect.arrayContaining(["--answers", "--clinician", "--save", "--force", "--json"]),
    );
    expect(bash("radic", "search", "--")).not.toContain("--map");
    expect(bash("radic", "--")).toEqual(expect.arrayContaining(["--map", "--region", "--version"]));
  });
});

describe("radic completion fish", () => {
  it("offers every command and topic id first, then sections and values", () => {
    expect(fish("radic ").sort()).toEqual([...COMMANDS, ...ids].sort());
    expect(fish("radic s1 tr")).toEqual(["treatment"]);
    expect(fish("radic compare s")).toEqual(["s1", "s2", "s3", "s4", "s5"]);
    expect(fish("radic --color ").sort()).toEqual(["always", "auto", "never"]);
    expect(fish("radic search --li")).toEqual(["--limit"]);
  });
});

describe("radic completion zsh", () => {
  it("loads in zsh and completes through bashcompinit", () => {
    requireTool("zsh", "the zsh completion script runs in it");
    const out = execFileSync(
      "zsh",
      [
        "-fc",
        `source '${scripts["zsh"]}'; setopt ksharrays; COMP_WORDS=(radic s1 ''); COMP_CWORD=2; _radic; print -l -- "\${COMPREPLY[@]}"`,
      ],
      { encoding: "utf8", env: { ...process.env, ZDOTDIR: dir } },
    );
    expect(out.split("\n")).toEqual(expect.arrayContaining(["dermatome", "treatment", "sources"]));
  });
});

it("refuses an unknown shell, naming the ones it knows", async () => {
  const r = await run(["completion", "tcsh"]);
  expect(r.code).toBe(2);
  expect(r.err).toContain("bash, zsh, fish");
});
