// The start of radic (bin/radic.js requires this file, copied to dist/ by the build). It loads the
// bundles beside it with the V8 code cache the build made for each (`<bundle>.cache`), so that a
// command runs already-compiled code instead of compiling its functions one by one as it goes:
// about 0.06x of `node -e 0` on a lookup, 0.1x on `check` (docs/decisions/008-code-cache.md).
// A cache made by another Node version, or for other code, is refused by V8 itself, and the
// bundle then compiles as usual. RADIC_CODE_CACHE=write makes the caches (scripts/build.mjs);
// RADIC_CODE_CACHE=report says whether each was used.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

const dir = __dirname;
const mode = process.env.RADIC_CODE_CACHE;
const write = mode === "write";
/** Scripts loaded in this process, for writing their caches. */
const loaded = new Map();
const plain = Module._extensions[".cjs"];

Module._extensions[".cjs"] = function load(module, filename) {
  if (path.dirname(path.dirname(filename)) !== dir && path.dirname(filename) !== dir)
    return plain(module, filename);
  const source = fs.readFileSync(filename, "utf8");
  let cachedData;
  if (!write) {
    try {
      cachedData = fs.readFileSync(`${filename}.cache`);
    } catch {
      // no cache: compile as usual
    }
  }
  // The same wrapper as Node's own, on the same line, so line numbers stay true.
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename, cachedData });
  // RADIC_CODE_CACHE=report says, for each bundle, whether its cache was used (tests, and doubt).
  if (mode === "report") {
    const state = !cachedData ? "none" : script.cachedDataRejected ? "refused" : "used";
    process.stderr.write(`code cache ${path.basename(filename)}: ${state}\n`);
  }
  loaded.set(filename, script);
  const fn = script.runInThisContext();
  fn.call(
    module.exports,
    module.exports,
    Module.createRequire(filename),
    module,
    filename,
    path.dirname(filename),
  );
};

if (write) {
  // Make the caches once the command has run: they then hold every function it compiled.
  // `RADIC_CODE_CACHE_FOR` names the bundles this run makes them for.
  const only = new Set((process.env.RADIC_CODE_CACHE_FOR ?? "").split(",").filter(Boolean));
  process.on("exit", () => {
    for (const [filename, script] of loaded)
      if (only.has(path.basename(filename)))
        fs.writeFileSync(`${filename}.cache`, script.createCachedData());
  });
}

require("./radic.cjs");
