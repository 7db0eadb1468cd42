/**
 * What `npm pack` ships, and that a global install of the tarball runs: the way radic is
 * installed without a clone (never `npx radic`: that name belongs to another package).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "radic-pack-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const npm = (args: string[]) =>
  execFileSync("npm", args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, npm_config_loglevel: "error" },
  });

describe("npm pack", () => {
  // --ignore-scripts: the tests run on the build `npm test` just made; rebuilding here would
  // rewrite dist/ under the other test files' feet.
  const packed = JSON.parse(
    npm(["pack", "--ignore-scripts", "--json", "--pack-destination", tmp]),
  )[0];

  it("ships only what runs, and the licences", () => {
    const files: string[] = packed.files.map((f: { path: string }) => f.path);
    for (const f of files)
      expect(f).toMatch(/^(bin\/radic\.js|dist\/.+|package\.json|README\.md|LICENSE)$/);
    expect(files).toEqual(
      expect.arrayContaining([
        "bin/radic.js",
        "dist/radic.cjs",
        "dist/THIRD-PARTY-LICENSES.txt",
        "dist/radic.1",
        "dist/content/bodymap.json",
        "LICENSE",
        "README.md",
      ]),
    );
    expect(
      files.some((f) => f.startsWith("src/") || f.startsWith("data/") || f.startsWith("tests/")),
    ).toBe(false);
  });

  it("installs globally into a fresh prefix and runs radic s1", () => {
    const prefix = join(tmp, "prefix");
    npm([
      "install",
      "--global",
      "--prefix",
      prefix,
      "--offline",
      "--no-audit",
      "--no-fund",
      join(tmp, packed.filename),
    ]);
    const out = execFileSync(join(prefix, "bin", "radic"), ["s1"], {
      encoding: "utf8",
      env: { PATH: process.env["PATH"] ?? "" },
    });
    expect(out).toBe(readFileSync(join(ROOT, "tests", "golden", "s1.plain.txt"), "utf8"));
    // npm links the man page (package.json "man") into the prefix's manual.
    expect(readFileSync(join(prefix, "share", "man", "man1", "radic.1"), "utf8")).toBe(
      readFileSync(join(ROOT, "dist", "radic.1"), "utf8"),
    );
  }, 60_000);
});
