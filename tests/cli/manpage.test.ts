/** The man page: generated at build from the program definition, valid roff, complete. */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { manual } from "../../src/cli/manual.js";
import { roff } from "../../src/core/manpage.js";
import { content, ROOT, run } from "../helpers.js";
import { requireTool } from "../tools.js";

const groff = () => requireTool("groff", "the man page is rendered with it");

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const file = join(ROOT, "dist", "radic.1");

describe("radic.1", () => {
  it("is what the build generates from the program (npm test builds first)", () => {
    expect(readFileSync(file, "utf8")).toBe(manual(content().catalog, pkg.version));
    expect(pkg.man).toEqual(["./dist/radic.1"]);
  });

  it("is valid roff: groff warns of nothing", () => {
    groff();
    const r = spawnSync("groff", ["-man", "-Tutf8", "-ww", "-z", file], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("renders every command, option, example and exit code", () => {
    groff();
    const text = execFileSync("groff", ["-man", "-Tutf8", "-P-cbou", file], { encoding: "utf8" })
      // groff hyphenates at line ends and uses Unicode hyphens: undo both to search the text.
      .replace(/‐\n\s*/g, "")
      .replace(/[‐−]/g, "-")
      .replace(/\s+/g, " ");
    for (const heading of [
      "NAME",
      "SYNOPSIS",
      "DESCRIPTION",
      "OPTIONS",
      "COMMANDS",
      "EXAMPLES",
      "EXIT STATUS",
      "ENVIRONMENT",
    ])
      expect(text).toContain(` ${heading} `);
    for (const cmd of ["search", "check", "compare", "source", "completion", "list"])
      expect(text).toContain(`radic ${cmd}`);
    for (const opt of [
      "--color",
      "--no-pager",
      "--json",
      "--map",
      "--region",
      "--limit",
      "--answers",
      "--clinician",
      "--save",
      "--force",
      "--no-color",
      "--no-map",
      "--template",
    ])
      expect(text).toContain(opt);
    for (const code of [0, 1, 2, 3, 4, 70, 74, 130]) expect(text).toMatch(new RegExp(` ${code} `));
    expect(text).toContain("radic compare l5 s1");
    expect(text).toContain("not a diagnosis");
  });
});

describe("the man page says what radic does (ENVIRONMENT and EXIT STATUS)", () => {
  const text = () => {
    groff();
    return execFileSync("groff", ["-man", "-Tutf8", "-P-cbou", file], { encoding: "utf8" })
      .replace(/‐\n\s*/g, "")
      .replace(/[‐−]/g, "-")
      .replace(/\s+/g, " ");
  };
  const coloured = async (args: string[], env: Record<string, string>, tty = true) =>
    (await run(["s1", ...args], { env, stdoutIsTTY: tty, rows: 1000 })).out.includes("\x1b[");

  it("NO_COLOR: no colour, unless --color always, which wins", async () => {
    expect(text()).toContain(
      "NO_COLOR When set and not empty, output is not coloured, unless asked for with --color always: the option wins.",
    );
    expect(await coloured([], { NO_COLOR: "1" })).toBe(false);
    expect(await coloured(["--color", "always"], { NO_COLOR: "1" })).toBe(true);
  });

  it("FORCE_COLOR: colour in a pipe; NO_COLOR, --color never and --no-color win", async () => {
    expect(text()).toContain("NO_COLOR, --color never and --no-color win over it.");
    expect(await coloured([], { FORCE_COLOR: "1" }, false)).toBe(true);
    expect(await coloured([], { FORCE_COLOR: "0" })).toBe(false);
    expect(await coloured([], { FORCE_COLOR: "1", NO_COLOR: "1" }, false)).toBe(false);
    expect(await coloured(["--color", "never"], { FORCE_COLOR: "1" })).toBe(false);
    expect(await coloured(["--no-color"], { FORCE_COLOR: "1" })).toBe(false);
  });

  it("TERM=dumb: no pager, no colour unless asked for", async () => {
    expect(text()).toContain("TERM When dumb, nothing is paged and nothing coloured");
    const r = await run(["s1"], { env: { TERM: "dumb" }, stdoutIsTTY: true, rows: 24 });
    expect(r.paged).toEqual([]);
    expect(r.out).not.toContain("\x1b[");
    expect(await coloured(["--color", "always"], { TERM: "dumb" })).toBe(true);
  });

  it("LC_ALL=C: ASCII maps", async () => {
    expect(text()).toMatch(
      /LC_ALL, LC_CTYPE, LANG When the first of them that is set names a character set other than UTF-8 \(C, POSIX\), maps and text are drawn in ASCII/,
    );
    const r = await run(["s1", "--map"], { env: { LC_ALL: "C" } });
    expect(r.out).toContain("#");
    expect(r.out).not.toMatch(/[^\x00-\x7f]/);
  });

  it("74 for output that cannot be written", () => {
    expect(text()).toContain(
      " 74 standard output could not be written (check keeps its triage code).",
    );
  });
});

describe("roff escaping", () => {
  it.each([
    ["--json", "\\-\\-json"],
    [".starts with a dot", "\\&.starts with a dot"],
    ["C1–S5 — yes", "C1\\(enS5 \\(em yes"],
    ["a\\b", "a\\eb"],
    ["café", "caf\\[u00E9]"],
  ])("%j -> %j", (text, out) => {
    expect(roff(text)).toBe(out);
  });
});
