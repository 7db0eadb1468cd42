// Score search on the natural-question sets and the keyword quality set, printing top-1/top-3 per
// length band and the misses. A development tool: `node scripts/search-eval.mjs [--misses]`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { importTs, root } from "./ts.mjs";

const { loadContent, validateContent, compile } = await importTs("src/content/index.ts");
const { memoryRange } = await importTs("src/cli/store.ts");
const { openIndex, search, groupByPage, TUNING, GROUPING } = await importTs("src/core/search.ts");
// RADIC_TUNE='{"facet":0.5}' tries other numbers without editing the code.
const tune = JSON.parse(process.env.RADIC_TUNE ?? "{}");
for (const k of Object.keys(tune))
  Object.assign(k in GROUPING ? GROUPING : TUNING, { [k]: tune[k] });
const { score, report, misses } = await importTs("tests/search-natural.ts");
const { QUALITY } = await importTs("tests/search-quality.ts");

const loaded = loadContent(join(root, "data"));
const { content, errors } = validateContent(loaded.raw);
if (!content) throw new Error([...loaded.errors, ...errors].join("\n"));
const { head, postings } = compile(content).search;
const range = memoryRange(postings);
const pagesFor = (q) => groupByPage(search(openIndex(head, range, q), q, 200)).map((p) => p.page);
const show = process.argv.includes("--misses");
const sets = [
  ["keyword quality set", QUALITY],
  ["dev set", "tests/fixtures/natural-questions-dev.json"],
  ["blind set", "tests/fixtures/natural-questions.json"],
];
for (const [name, set] of process.argv.includes("--q") ? [] : sets) {
  const file = typeof set === "string" ? join(root, set) : undefined;
  if (file && !existsSync(file)) continue;
  let rows;
  try {
    rows = score(file ? JSON.parse(readFileSync(file, "utf8")) : set, pagesFor);
  } catch (e) {
    console.log(`${name}: unreadable (${e.message})`);
    continue;
  }
  console.log(report(name, rows));
  if (file?.endsWith("natural-questions.json")) {
    // The halves of the blind set: misses are read on the even half only; the odd half checks.
    console.log(
      report(
        "  blind, even half",
        rows.filter((_, i) => i % 2 === 0),
      ),
    );
    console.log(
      report(
        "  blind, odd half",
        rows.filter((_, i) => i % 2 === 1),
      ),
    );
    rows = rows.filter((_, i) => i % 2 === 0);
  }
  if (show) for (const m of misses(rows, "top1")) console.log(`    ${m}`);
}

// --q "question": the first sections, with scores and matched terms.
const qi = process.argv.indexOf("--q");
if (qi > 0) {
  const q = process.argv[qi + 1];
  for (const h of search(openIndex(head, range, q), q, 12))
    console.log(
      `  ${h.score.toFixed(2).padStart(8)}  ${h.page} ${h.section}  [${h.terms.join(" ")}]`,
    );
}
