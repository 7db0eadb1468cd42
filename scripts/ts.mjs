// Load a TypeScript module from src/ in a plain Node script, by bundling it with esbuild first.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export const root = resolve(import.meta.dirname, "..");

export async function importTs(entry) {
  const dir = join(root, "node_modules", ".cache", "radic");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${entry.replace(/[^a-z0-9]+/gi, "_")}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
