import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// Shared with `npm run readme`, which rewrites the blocks.
import { refresh } from "../scripts/readme-blocks.mjs";
import { ROOT } from "./helpers.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");

describe("the README stays true", () => {
  it("shows exactly what each command it quotes prints (npm run readme refreshes them)", () => {
    const markers = readme.match(/<!-- (output|usage): radic /g) ?? [];
    expect(markers.length).toBeGreaterThanOrEqual(5);
    expect(refresh(readme)).toBe(readme);
  });

  it("opens with real output of radic s1, and quotes the whole --help", () => {
    expect(readme).toMatch(/^# radic\n[\s\S]{0,600}<!-- output: radic s1 \| head -\d+ -->/);
    expect(readme).toContain("<!-- usage: radic --help -->");
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
