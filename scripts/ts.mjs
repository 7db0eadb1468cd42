// Load a TypeScript module from src/ in a plain Node script, by bundling it with esbuild first.
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export const root = resolve(import.meta.dirname, "..");

export async function importTs(entry) {
  // One cache per checkout, so worktrees sharing node_modules never load each other's code.
  const dir = join(
    root,
    "node_modules",
    ".cache",
    `radic-${createHash("sha1").update(root).digest("hex").slice(0, 8)}`,
  );
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
