import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

/** Every .ts file under src/, with the modules it imports. */
function sources(): { file: string; imports: string[]; text: string }[] {
  const out: { file: string; imports: string[]; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts")) {
        const text = readFileSync(path, "utf8");
        const imports = [
          ...text.matchAll(
            /(?:^|\n)\s*(?:import|export)[^;]*?from\s+"([^"]+)"|import\("([^"]+)"\)/g,
          ),
        ].map((m) => m[1] ?? m[2] ?? "");
        out.push({ file: relative(join(ROOT, "src"), path), imports, text });
      }
    }
  };
  walk(join(ROOT, "src"));
  return out;
}

const layerOf = (file: string) => file.split("/")[0] ?? "";
/** Resolve a relative import to the layer it lands in. */
const targetLayer = (from: string, spec: string) => {
  if (!spec.startsWith(".")) return `pkg:${spec}`;
  const parts = join(from, "..", spec).split("/");
  return parts[0] ?? "";
};

describe("dependency direction: cli -> render -> core <- content", () => {
  const files = sources();

  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files.filter((f) => layerOf(f.file) === "core").map((f) => [f.file, f] as const))(
    "%s imports only core (and search, MiniSearch), and touches no I/O",
    (_name, f) => {
      for (const spec of f.imports) {
        const allowed =
          spec === "minisearch" && /^core\/search/.test(f.file) ? "pkg:minisearch" : "core";
        expect(targetLayer(f.file, spec), spec).toBe(allowed);
      }
      expect(f.text).not.toMatch(/\bprocess\.|\bconsole\.|Date\.now|new Date\(|require\(/);
    },
  );

  it("render imports only core and render", () => {
    for (const f of files.filter((x) => layerOf(x.file) === "render")) {
      for (const spec of f.imports) {
        const t = targetLayer(f.file, spec);
        expect(["core", "render", "pkg:chalk"], `${f.file} -> ${spec}`).toContain(t);
      }
    }
  });

  it("content imports only core, content, zod and node", () => {
    for (const f of files.filter((x) => layerOf(x.file) === "content")) {
      for (const spec of f.imports) {
        const t = targetLayer(f.file, spec);
        expect(
          t === "core" || t === "content" || t === "pkg:zod" || t.startsWith("pkg:node:"),
          `${f.file} -> ${spec}`,
        ).toBe(true);
      }
    }
  });

  it("only render/theme.ts imports chalk, only core/search* minisearch, only cli/commands/check-prompts.ts the prompts", () => {
    for (const f of files) {
      if (f.imports.includes("chalk")) expect(f.file).toBe("render/theme.ts");
      if (f.imports.includes("minisearch")) expect(f.file).toMatch(/^core\/search/);
      // Type-only imports vanish at build time; only a value import loads the prompts.
      if (/^import (?!type )[^;]*from "@inquirer\//m.test(f.text))
        expect(f.file).toBe("cli/commands/check-prompts.ts");
    }
  });

  it("cli/commands/check.ts loads the screen only for a person, and the prompts only for a walkthrough", () => {
    const check = files.find((f) => f.file === "cli/commands/check.ts");
    const screen = files.find((f) => f.file === "cli/commands/check-screen.ts");
    for (const f of [check, screen])
      expect(f?.text).not.toMatch(/^import (?!type )[^;]*(@inquirer|check-prompts)/m);
    expect(check?.text).not.toMatch(
      /^import (?!type )[^;]*(check-screen|render\/check|walkthrough)/m,
    );
    expect(check?.text).toMatch(/await import\("\.\/check-screen\.js"\)/);
    expect(screen?.text).toMatch(/await import\("\.\/check-prompts\.js"\)/);
  });

  it("program.ts loads search, check and the prompts only when they run", () => {
    const program = files.find((f) => f.file === "cli/program.ts");
    const staticImports = [
      ...(program?.text ?? "").matchAll(/^import (?!type )[^;]*from "([^"]+)"/gm),
    ].map((m) => m[1]);
    for (const lazy of [
      "./commands/search.js",
      "./commands/check.js",
      "./commands/check-prompts.js",
    ])
      expect(staticImports, lazy).not.toContain(lazy);
    expect(program?.text).toMatch(/await import\("\.\/commands\/search\.js"\)/);
    expect(program?.text).toMatch(/await import\("\.\/commands\/check\.js"\)/);
  });

  it("only cli/main.ts reads process.argv or calls process.exit", () => {
    for (const f of files) {
      if (/process\.argv|process\.exit\(/.test(f.text)) expect(f.file).toBe("cli/main.ts");
    }
  });
});
