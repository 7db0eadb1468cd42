import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");

/** The text block right after an HTML comment marker in the README. */
function blockAfter(marker: string): string {
  const at = readme.indexOf(`<!-- ${marker} -->`);
  expect(at, `README has no <!-- ${marker} --> block`).toBeGreaterThanOrEqual(0);
  const m = /```text\n([\s\S]*?)\n```/.exec(readme.slice(at));
  return m?.[1] ?? "";
}

describe("the README stays true", () => {
  it("opens with real output of radic s1", async () => {
    const out = (await run(["s1"])).out.split("\n").slice(0, 30).join("\n");
    expect(blockAfter("output: radic s1 | head -30")).toBe(out.trimEnd());
  });

  it("shows exactly what radic --help prints", async () => {
    expect(blockAfter("usage: radic --help")).toBe((await run(["--help"])).out.trimEnd());
  });

  it("never tells anyone to run npx radic", () => {
    expect(readme).not.toMatch(/^\s*\$?\s*npx radic/m);
    expect(readme).not.toMatch(/`npx radic[^`]*` (?!would)/);
  });

  it("gives the two quick-start commands", () => {
    expect(readme).toContain("npm ci && npm link && radic s1");
    expect(readme).toMatch(/```sh\nnpm test\n```/);
  });
});
