import { describe, expect, it } from "vitest";
import { memoryRange } from "../../src/cli/store.js";
import { pageSearchDocs } from "../../src/content/compile.js";
import {
  assemble,
  buildIndex,
  groupByPage,
  openIndex,
  reachableTerms,
  search,
} from "../../src/core/search.js";
import { fromPlain, normalize, stem, terms, thesaurus } from "../../src/core/search-text.js";
import { snippet } from "../../src/core/snippet.js";
import { content } from "../helpers.js";

const t = thesaurus([
  { token: "~tingling", terms: ["tingling", "pins and needles", "paraesthesia"] },
  { token: "~tiptoe", terms: ["can't stand on tiptoes", "plantarflexion"] },
]);

describe("stem", () => {
  it.each([
    ["treated", "treat"],
    ["treatment", "treat"],
    ["treating", "treat"],
    ["treats", "treat"],
    ["numbness", "numb"],
    ["numb", "numb"],
    ["weakness", "weak"],
    ["injections", "injection"],
    ["stenosis", "stenosis"],
    ["sciatica", "sciatica"],
    ["discs", "disc"],
    ["injuries", "injury"],
    ["tingling", "tingl"],
    ["tingle", "tingl"],
    ["s1", "s1"],
    ["leg", "leg"],
  ])("%s -> %s", (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });
});

describe("terms", () => {
  it("drops question words and stems the rest", () => {
    expect(terms("How is S1 radiculopathy treated?", t)).toEqual(["s1", "radiculopathy", "treat"]);
  });

  it("joins spelled-out root codes", () => {
    expect(normalize("S 1 and L-5")).toBe("s1 and l5");
  });

  it("adds the synonym token for a phrase and for a single word", () => {
    expect(terms("pins and needles in my foot", t)).toEqual(["~tingling", "pin", "needl", "foot"]);
    expect(terms("paraesthesia", t)).toEqual(["paraesthesia", "~tingling"]);
  });

  it("matches a phrase made of question words before dropping them", () => {
    expect(terms("I can't stand on tiptoes", t)).toContain("~tiptoe");
  });

  it("finds no words in punctuation or symbols", () => {
    expect(terms('((( * "" ???', t)).toEqual([]);
  });
});

describe("the split index", () => {
  const c = content();
  const postings = memoryRange(c.search.postings);
  const groups = c.search.head.groups;
  const full = buildIndex(pageSearchDocs(c.pages, c.discs), groups);
  const queries = [
    "numbness foot",
    "siatica",
    "radiculapathy",
    "numbnes",
    "pins and needles",
    "how is s1 radiculopathy treated",
    "can't stand on tiptoes",
    "slipped disc",
    "l5",
    "l4",
    "epidural steroid injection",
    "emergency",
    "(((",
    "红旗",
  ];

  it.each(queries)(
    "%j: the split index, reassembled whole, gives what the whole index gives",
    (q) => {
      const all = c.search.head.terms.map((_, i) => i);
      const whole = assemble(c.search.head, postings, all);
      expect(search(whole, q, 20)).toEqual(search(full, q, 20));
    },
  );

  const reach = (q: string) => {
    const { head } = c.search;
    return reachableTerms(head, q, fromPlain(head.thesaurus)).map((i) => head.terms[i]);
  };

  it.each([
    ["sciatica", ["sciatica"]],
    ["siatica", ["sciatica"]],
    ["radiculapathy", ["radiculopathy"]],
    ["numb", ["numb"]],
  ])("%j reaches its exact, prefix and near terms: %j", (q, expected) => {
    expect(reach(q)).toEqual(expect.arrayContaining(expected));
  });

  it("reaches no other root code from a root code", () => {
    expect(reach("l4").filter((term) => /^[ctls]\d/.test(term ?? ""))).toEqual(["l4"]);
  });

  it("forgives no typo in the first letter of a word (ciatica is not sciatica)", () => {
    expect(reach("foot")).not.toContain("root");
  });

  it("loads only part of the postings for a query", () => {
    const partial = openIndex(c.search.head, postings, "numbness foot");
    expect(partial.index.termCount).toBeLessThan(c.search.head.terms.length / 5);
  });

  it("never matches one root code for another (l4 and l5 are one edit apart)", () => {
    const hits = search(openIndex(c.search.head, postings, "l4"), "l4", 50);
    expect(hits.every((h) => h.page !== "l5" || h.terms.includes("l4"))).toBe(true);
  });

  it("ranks the sections of a root the query names first", () => {
    const hits = search(openIndex(c.search.head, postings, "s1 weakness"), "s1 weakness", 50);
    const [first] = groupByPage(hits);
    expect(first?.page).toBe("s1");
    expect(first?.sections[0]).toMatchObject({ page: "s1", section: "myotome" });
  });
});

describe("snippet", () => {
  const text =
    "In plain words: pain, numbness, tingling or pins and needles along the back of the calf, the heel, the outer edge of the foot, the sole and the little toe. The pain itself often starts higher.";

  it("centres on the matched words and marks them", () => {
    const s = snippet(text, ["numb", "foot"], t, 80);
    expect(s.text.length).toBeLessThanOrEqual(82);
    const marked = s.marks.map(([a, b]) => s.text.slice(a, b));
    expect(marked).toEqual(expect.arrayContaining(["numbness"]));
  });

  it("marks a phrase matched through its synonym token", () => {
    const s = snippet(text, ["~tingling"], t, 200);
    expect(s.marks.map(([a, b]) => s.text.slice(a, b))).toEqual([
      "tingling",
      "pins",
      "and",
      "needles",
    ]);
  });

  it("adds an ellipsis where it cuts", () => {
    const s = snippet(text, ["toe"], t, 60);
    expect(s.text.startsWith("…")).toBe(true);
  });
});
