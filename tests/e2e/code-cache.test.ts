/**
 * The V8 code caches the build makes for each bundle (docs/decisions/008-code-cache.md): used
 * when they fit, refused without harm when they do not.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const report = (start: string, ...args: string[]) =>
  spawnSync(process.execPath, [start, ...args], {
    env: { ...process.env, RADIC_CODE_CACHE: "report", NO_COLOR: "1" },
    encoding: "utf8",
    input: "",
  });

const copy = mkdtempSync(join(tmpdir(), "radic-cache-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("code caches", () => {
  it("are used by the lookups, search and check", () => {
    const start = join(ROOT, "dist", "start.cjs");
    expect(report(start, "s1").stderr).toBe("code cache radic.cjs: used\n");
    expect(report(start, "search", "numbness foot").stderr).toBe(
      "code cache radic.cjs: used\ncode cache search.cjs: used\n",
    );
    const vignette = join(ROOT, "tests", "vignettes", "s1-contract.json");
    expect(report(start, "check", "--answers", vignette, "--json").stderr).toBe(
      "code cache radic.cjs: used\ncode cache check.cjs: used\n",
    );
  });

  it("that do not fit are refused by V8, and radic runs as it would without them", () => {
    cpSync(join(ROOT, "dist"), copy, { recursive: true });
    writeFileSync(join(copy, "radic.cjs.cache"), "not a code cache");
    rmSync(join(copy, "commands", "search.cjs.cache"));
    const r = report(join(copy, "start.cjs"), "search", "numbness foot");
    expect(r.stderr).toBe("code cache radic.cjs: refused\ncode cache search.cjs: none\n");
    expect(r.status).toBe(0);
    const plain = execFileSync(
      process.execPath,
      [join(ROOT, "bin", "radic.js"), "search", "numbness foot"],
      {
        encoding: "utf8",
      },
    );
    expect(r.stdout).toBe(plain);
  });
});
