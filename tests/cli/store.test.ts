import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileStore, memoryStore } from "../../src/cli/store.js";
import { docText } from "../../src/core/search.js";
import { content, ROOT } from "../helpers.js";

// npm test builds before it runs the tests: dist/content is the build of the same data/.
const dist = join(ROOT, "dist", "content");

describe("the built search files, read a byte range at a time", () => {
  it("exist (npm test builds them first)", () => {
    expect(existsSync(join(dist, "search-head.json")), "run npm run build").toBe(true);
  });

  const onDisk = fileStore(dist).search();
  const inMemory = memoryStore(content()).search();
  const docs = inMemory.head.textOffsets.length - 1;

  it("give every section's text exactly, accents and dashes included", () => {
    expect(docs).toBeGreaterThan(500);
    for (let id = 0; id < docs; id++) {
      expect(docText(onDisk, id), `doc ${id}`).toBe(docText(inMemory, id));
    }
    expect(docText(onDisk, 0).length).toBeGreaterThan(0);
    expect(Array.from({ length: docs }, (_, id) => docText(onDisk, id)).join("")).toMatch(/[–—]/);
  });

  it("give every term's postings as the JSON it was written as", () => {
    const { head } = onDisk;
    for (let i = 0; i < head.terms.length; i++) {
      const json = onDisk.postings(head.offsets[i] ?? 0, head.offsets[i + 1] ?? 0);
      expect(json, head.terms[i]).toBe(
        inMemory.postings(head.offsets[i] ?? 0, head.offsets[i + 1] ?? 0),
      );
      expect(() => JSON.parse(json), head.terms[i]).not.toThrow();
    }
  });
});
