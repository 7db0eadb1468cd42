// In-process latency of the check engine (`localize`) on the textbook cases of
// tests/check/cases/: what `npm run bench` reports beside the start-up ratios.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { importTs, root } from "./ts.mjs";

const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

export async function checkLatency() {
  const { loadContent, validateContent, compile } = await importTs("src/content/index.ts");
  const { localize } = await importTs("src/core/check/localize.ts");
  const v = compile(validateContent(loadContent(join(root, "data")).raw).content).vocabulary;
  const dir = join(root, "tests", "check", "cases");
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
  // Ten rounds to warm up: V8's optimising compiler works on the hottest functions for the first
  // few thousand calls, and a call that lands on its work takes milliseconds (decision 007).
  const times = [];
  for (let round = 0; round < 15; round++) {
    for (const c of cases) {
      const t0 = performance.now();
      localize(c.answers, v);
      if (round >= 10) times.push(performance.now() - t0);
    }
  }
  return { cases: cases.length, p50: pct(times, 50), p99: pct(times, 99) };
}
