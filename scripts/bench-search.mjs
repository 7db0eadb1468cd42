// Search costs that a command-line timing cannot show: in-process query latency over the
// quality set, and how index loading grows with the content (the real corpus against one ten
// times larger). Imported by bench.mjs; prints, never fails.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importTs, root } from "./ts.mjs";

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

export async function searchLatency() {
  const { QUALITY } = await importTs("tests/search-quality.ts");
  const { loadContent, validateContent, compile } = await importTs("src/content/index.ts");
  const { openIndex, search } = await importTs("src/core/search.ts");
  const { memoryRange } = await importTs("src/cli/store.ts");
  const { content } = validateContent(loadContent(join(root, "data")).raw);
  const { head, postings: text } = compile(content).search;
  const postings = memoryRange(text);
  const cold = [];
  const warm = [];
  for (let round = 0; round < 5; round++) {
    for (const { q } of QUALITY) {
      const t0 = performance.now();
      const si = openIndex(head, postings, q);
      const t1 = performance.now();
      search(si, q, 10);
      const t2 = performance.now();
      if (round > 0) {
        cold.push(t2 - t0);
        warm.push(t2 - t1);
      }
    }
  }
  return {
    queries: QUALITY.length,
    openAndSearch: [pct(cold, 50), pct(cold, 99)],
    searchOnly: [pct(warm, 50), pct(warm, 99)],
  };
}

/**
 * A copy of dist/ whose search index covers the content ten times over (every section
 * repeated, a tenth of its words varied so the vocabulary grows too), for a cold-start timing.
 */
export async function tenfoldDist() {
  const { loadContent, validateContent } = await importTs("src/content/index.ts");
  const { buildIndex, searchDocs, splitIndex, synonymGroups } =
    await importTs("src/core/search.ts");
  const { content } = validateContent(loadContent(join(root, "data")).raw);
  const docs = searchDocs(content.pages);
  const big = [];
  for (let copy = 0; copy < 10; copy++) {
    for (const d of docs) {
      let n = 0;
      const text =
        copy === 0
          ? d.text
          : d.text.replace(/\b[a-z]{6,}\b/g, (w) => (n++ % 10 === copy ? `${w}${copy}` : w));
      big.push({ ...d, id: big.length, text });
    }
  }
  const groups = synonymGroups(content.synonyms.groups);
  const { head, postings, texts } = splitIndex(buildIndex(big, groups), big, groups);
  const dir = mkdtempSync(join(tmpdir(), "radic-10x-"));
  cpSync(join(root, "dist"), dir, { recursive: true });
  writeFileSync(join(dir, "content", "search-head.json"), JSON.stringify(head));
  writeFileSync(join(dir, "content", "search-postings.txt"), postings);
  writeFileSync(join(dir, "content", "search-texts.txt"), texts);
  return {
    dir,
    sections: big.length,
    postingsKB: Math.round(postings.length / 1024),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
