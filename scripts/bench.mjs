// Start-up benchmark: median wall time of radic commands against `node -e 0`, measured in the
// same run with the commands interleaved (so machine drift hits all of them alike). Prints
// ratios; it never fails. Usage: npm run bench [-- --runs 40]
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkLatency } from "./bench-check.mjs";
import { searchLatency, tenfoldDist } from "./bench-search.mjs";
import { root } from "./ts.mjs";

const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;
const bin = join(root, "bin", "radic.js");
const env = { ...process.env, NO_COLOR: "1", COLUMNS: "80" };

const cases = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "radic s1", args: [bin, "s1"] },
  // 72 columns has no page rendered in advance: this is the cost of rendering at run time.
  { name: "radic s1 (72 cols, live)", args: [bin, "s1"], env: { COLUMNS: "72" } },
  { name: "radic s1 treatment", args: [bin, "s1", "treatment"] },
  { name: "radic l5-s1", args: [bin, "l5-s1"] },
  { name: "radic list", args: [bin, "list"] },
  { name: "radic --version", args: [bin, "--version"] },
  { name: "radic s1 --map", args: [bin, "s1", "--map"] },
  { name: "radic compare l5 s1", args: [bin, "compare", "l5", "s1"] },
  { name: 'radic search "numbness foot"', args: [bin, "search", "numbness foot"] },
  {
    name: "radic check --answers - --json",
    args: [bin, "check", "--answers", "-", "--json"],
    input: readFileSync(join(root, "tests", "vignettes", "s1-contract.json")),
  },
];
const tenfold = await tenfoldDist();
cases.push({
  name: "search, 10x content",
  args: [join(tenfold.dir, "start.cjs"), "search", "numbness foot"],
});

function once({ args, env: extra, input }) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    env: { ...env, ...extra },
    // stdout a pipe, as in `radic s1 | less`: a /dev/null opened for reading and writing (what
    // "ignore" gives) is how a closed stdout looks, which radic refuses (src/cli/fd.ts).
    stdio: [input ? "pipe" : "ignore", "pipe", "pipe"],
    maxBuffer: 16 * 1024 * 1024,
    ...(input ? { input } : {}),
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // 3 and 4 are check's urgent and emergency results, not failures.
  if (![0, 3, 4].includes(r.status))
    throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

for (const c of cases) once(c); // warm the file cache
const times = new Map(cases.map((c) => [c.name, []]));
for (let i = 0; i < runs; i++) {
  // Rotate the order each round so no command always runs first.
  for (let j = 0; j < cases.length; j++) {
    const c = cases[(i + j) % cases.length];
    times.get(c.name).push(once(c));
  }
}
const base = median(times.get("node -e 0"));
console.log(`node ${process.version}, ${runs} interleaved runs each, medians:`);
for (const c of cases) {
  const m = median(times.get(c.name));
  console.log(`  ${c.name.padEnd(30)} ${m.toFixed(1).padStart(6)} ms  ${(m / base).toFixed(2)}x`);
}
const one = median(times.get('radic search "numbness foot"'));
const ten = median(times.get("search, 10x content"));
console.log(
  `  cold search at 10x content (${tenfold.sections} sections, ${tenfold.postingsKB} KB of postings): ${(ten / one).toFixed(2)}x the time at 1x`,
);
tenfold.cleanup();

const lat = await searchLatency();
const f = ([p50, p99]) => `p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`;
console.log(
  `in-process, ${lat.queries} quality queries: open index + search ${f(lat.openAndSearch)}; search alone ${f(lat.searchOnly)}`,
);
const chk = await checkLatency();
console.log(
  `in-process, ${chk.cases} check cases: localize p50 ${chk.p50.toFixed(2)} ms, p99 ${chk.p99.toFixed(2)} ms`,
);
