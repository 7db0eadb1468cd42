// Build radic: validate data/, write the compiled content to dist/content, bundle the CLI.
// `node scripts/build.mjs --check` validates only. Any content error stops the build.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { importTs, root } from "./ts.mjs";

const checkOnly = process.argv.includes("--check");
// --draft (with --check): links to contract pages not written yet are allowed, for parallel writing.
const draft = process.argv.includes("--draft");
const { loadContent, validateContent, compile } = await importTs("src/content/index.ts");
const { prerender, PRERENDER_WIDTHS } = await importTs("src/render/prerender.ts");
const { renderedName } = await importTs("src/cli/store.ts");

const loaded = loadContent(join(root, "data"));
const { content, errors } =
  loaded.errors.length > 0 ? { errors: loaded.errors } : validateContent(loaded.raw, { draft });
if (errors.length > 0 || !content) {
  for (const e of errors) console.error(e);
  console.error(
    `\ncontent check failed: ${errors.length} problem${errors.length === 1 ? "" : "s"} (see data/README.md)`,
  );
  process.exit(1);
}
const compiled = compile(content);
console.log(
  `content ok: ${compiled.pages.length} pages, ${content.sources.length} sources (${compiled.catalog.contentVersion})`,
);
if (checkOnly) process.exit(0);
if (draft) throw new Error("--draft is for --check only: a build needs every linked page");

const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "content", "pages"), { recursive: true });
mkdirSync(join(dist, "content", "rendered"), { recursive: true });
const write = (file, value) =>
  writeFileSync(
    join(dist, "content", file),
    typeof value === "string" ? value : JSON.stringify(value),
  );
write("catalog.json", { ...compiled.catalog, prerendered: PRERENDER_WIDTHS });
write("discs.json", compiled.discs);
write("search-head.json", compiled.search.head);
write("search-postings.txt", compiled.search.postings);
write("search-texts.txt", compiled.search.texts);
// The check model's table is numbers, not JSON: written as they are, read as a Float64Array.
const { table, ...modelMeta } = compiled.vocabulary.model.compiled;
write("vocabulary.json", {
  ...compiled.vocabulary,
  model: { ...compiled.vocabulary.model, compiled: modelMeta },
});
writeFileSync(
  join(dist, "content", "model.bin"),
  Buffer.from(table.buffer, table.byteOffset, table.byteLength),
);
write("bodymap.json", compiled.bodymap);
write("sources.json", compiled.sources);
for (const page of compiled.pages) {
  write(`pages/${page.id}.json`, page);
  for (const width of PRERENDER_WIDTHS) {
    for (const color of [false, true])
      write(`rendered/${renderedName(page.id, width, color)}`, prerender(page, width, color));
  }
}

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
// Five bundles (docs/decisions/001-startup.md): the lookups, and the search command, the check
// command, the check's screen (walkthrough, result in words) and its prompts, each loaded only
// when it runs. A lazy `import()` of one of
// those modules stays an import of the bundle next to it.
const LAZY = {
  "./commands/search.js": "./commands/search.cjs",
  "./commands/check.js": "./commands/check.cjs",
  "./check-screen.js": "./check-screen.cjs",
  "./check-prompts.js": "./check-prompts.cjs",
};
const bundles = [
  ["src/cli/main.ts", "radic.cjs"],
  ["src/cli/commands/search.ts", "commands/search.cjs"],
  ["src/cli/commands/check.ts", "commands/check.cjs"],
  ["src/cli/commands/check-screen.ts", "commands/check-screen.cjs"],
  ["src/cli/commands/check-prompts.ts", "commands/check-prompts.cjs"],
];
const metafiles = [];
for (const [entry, out] of bundles) {
  const result = await build({
    entryPoints: [join(root, entry)],
    outfile: join(dist, out),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minify: process.env.RADIC_NO_MINIFY !== "1",
    metafile: true,
    define: { __RADIC_VERSION__: JSON.stringify(pkg.version) },
    // Lazy modules are loaded with require(): a native import() would start the ESM loader.
    supported: { "dynamic-import": false },
    plugins: [
      {
        name: "radic",
        setup(b) {
          // radic decides colour itself; chalk's own detection would only cost start-up time.
          b.onResolve({ filter: /^#supports-color$/ }, () => ({
            path: join(root, "scripts/stubs/supports-color.mjs"),
          }));
          b.onResolve(
            { filter: /^\.\/(commands\/)?(search|check|check-screen|check-prompts)\.js$/ },
            (args) =>
              args.kind === "dynamic-import" && LAZY[args.path]
                ? { path: LAZY[args.path], external: true }
                : undefined,
          );
        },
      },
    ],
    logLevel: "warning",
  });
  metafiles.push(result.metafile);
}
writeFileSync(join(dist, "THIRD-PARTY-LICENSES.txt"), thirdPartyLicenses(metafiles));
codeCaches();
// The man page, from the program definition itself (package.json "man").
const { manual } = await importTs("src/cli/manual.ts");
writeFileSync(join(dist, "radic.1"), manual(compiled.catalog, pkg.version));
console.log(`built ${bundles.map(([, out]) => `dist/${out}`).join(", ")}, dist/radic.1`);

/** The licence text of every package bundled into dist/radic.cjs, which their licences require. */
function thirdPartyLicenses(metafiles) {
  const packages = new Set();
  for (const input of metafiles.flatMap((m) => Object.keys(m.inputs))) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]);
  }
  return [...packages]
    .sort()
    .map((name) => {
      const dir = join(root, "node_modules", name);
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
      const text = file ? readFileSync(join(dir, file), "utf8").trim() : `License: ${pkg.license}`;
      return `${name}@${pkg.version} (${pkg.license})\n\n${text}\n`;
    })
    .join(`\n${"-".repeat(72)}\n\n`);
}

/**
 * The V8 code cache of each bundle (docs/decisions/008-code-cache.md): run a typical command of
 * each through dist/start.cjs, which then writes the cache of the bundle named, holding every
 * function the command compiled. A cache that V8 refuses later (another Node) costs nothing.
 */
function codeCaches() {
  copyFileSync(join(root, "src", "cli", "start.cjs"), join(dist, "start.cjs"));
  const vignette = join(root, "tests", "vignettes", "s1-contract.json");
  const runs = [
    ["radic.cjs", ["s1"]],
    ["check.cjs", ["check", "--answers", vignette, "--json"]],
    ["check-screen.cjs", ["check", "--answers", vignette]],
    ["search.cjs", ["search", "numbness foot"]],
  ];
  for (const [bundle, args] of runs) {
    const r = spawnSync(process.execPath, [join(dist, "start.cjs"), ...args], {
      env: {
        ...process.env,
        RADIC_CODE_CACHE: "write",
        RADIC_CODE_CACHE_FOR: bundle,
        NO_COLOR: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
    if (r.error || ![0, 3, 4].includes(r.status ?? -1))
      throw new Error(`code cache for ${bundle}: radic ${args.join(" ")} failed: ${r.stderr}`);
  }
}
