/** The man page: generated at build from the program definition, valid roff, complete. */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { manual } from "../../src/cli/manual.js";
import { roff } from "../../src/core/manpage.js";
import { content, ROOT } from "../helpers.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const file = join(ROOT, "dist", "radic.1");

describe("radic.1", () => {
  it("is what the build generates from the program (npm test builds first)", () => {
    expect(readFileSync(file, "utf8")).toBe(manual(content().catalog, pkg.version));
    expect(pkg.man).toEqual(["./dist/radic.1"]);
  });

  it("is valid roff: groff warns of nothing", () => {
    const r = spawnSync("groff", ["-man", "-Tutf8", "-ww", "-z", file], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("renders every command, option, example and exit code", () => {
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
    for (const cmd of ["search", "check", "compare", "completion", "list"])
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
    ])
      expect(text).toContain(opt);
    for (const code of [0, 1, 2, 3, 4, 70, 130]) expect(text).toMatch(new RegExp(` ${code} `));
    expect(text).toContain("radic compare l5 s1");
    expect(text).toContain("not a diagnosis");
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
