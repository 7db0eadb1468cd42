// Score search on the natural-question sets and the keyword quality set, printing top-1/top-3 per
// length band and the misses. A development tool: `node scripts/search-eval.mjs [--misses]`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { importTs, root } from "./ts.mjs";

const { loadContent, validateContent, compile } = await importTs("src/content/index.ts");
const { memoryRange } = await importTs("src/cli/store.ts");
const { openIndex, search } = await importTs("src/core/search.ts");
const { score, report, misses } = await importTs("tests/search-natural.ts");
const { QUALITY } = await importTs("tests/search-quality.ts");

const loaded = loadContent(join(root, "data"));
const { content, errors } = validateContent(loaded.raw);
if (!content) throw new Error([...loaded.errors, ...errors].join("\n"));
const { head, postings } = compile(content).search;
const range = memoryRange(postings);
const pagesFor = (q) => [...new Set(search(openIndex(head, range, q), q, 30).map((h) => h.page))];
const show = process.argv.includes("--misses");
const sets = [
  ["keyword quality set", QUALITY],
  ["dev set", "tests/fixtures/natural-questions-dev.json"],
  ["blind set", "tests/fixtures/natural-questions.json"],
];
for (const [name, set] of sets) {
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
  if (show) for (const m of misses(rows, "top1")) console.log(`    ${m}`);
}
