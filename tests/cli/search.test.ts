import { describe, expect, it } from "vitest";
import { run } from "../helpers.js";

const ESC = "\u001b";

describe("radic search", () => {
  it("lists pages best first, each with its best section, a snippet, the command and its other sections", async () => {
    const r = await run(["search", "numbness foot"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const lines = r.out.split("\n");
    expect(lines[0]).toBe('Results for "numbness foot"');
    expect(lines[2]).toMatch(/^ 1\. .+ › /);
    expect(r.out).toMatch(/\n {4}radic [a-z0-9-]+ [a-z0-9-]+\n/);
    expect(r.out).toContain("    Also here: ");
    expect(r.out).not.toContain(ESC);
  });

  it("shows each page once: other matching sections are listed under its best one", async () => {
    const r = await run(["search", "sciatica"]);
    const commands = [...r.out.matchAll(/^ {4}radic ([a-z0-9-]+) /gm)].map((m) => m[1]);
    expect(commands.length).toBeGreaterThan(3);
    expect(new Set(commands).size).toBe(commands.length);
    expect(commands[0]).toBe("sciatica");
  });

  it("finds a disc level's own page, titled as `radic list` titles it, and its command works", async () => {
    const r = await run(["search", "L3-L4 disc"]);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[2]).toBe(" 1. L3–L4 disc level › In short");
    expect(r.out).toContain("\n    radic l3-l4 summary\n");
    const json = JSON.parse((await run(["search", "L3-L4 disc", "--json"])).out);
    expect(json.results[0]).toMatchObject({
      topic: "l3-l4",
      section: "summary",
      title: "L3–L4 disc level › In short",
    });
    const page = await run(["l3-l4", "summary"]);
    expect(page.code).toBe(0);
    expect(page.out.split("\n")[0]).toBe("L3–L4 disc level › In short");
  });

  it("takes the query as one argument or several words", async () => {
    const [a, b] = await Promise.all([
      run(["search", "numbness", "foot"]),
      run(["search", "numbness foot"]),
    ]);
    expect(a.out).toBe(b.out);
  });

  it("marks the matched words when colour is on", async () => {
    const r = await run(["search", "numbness foot", "--color", "always"]);
    expect(r.out).toContain(`${ESC}[1m${ESC}[35mnumbness${ESC}[39m${ESC}[22m`);
  });

  it("gives JSON in the contract's shape, with the grouping by page added", async () => {
    const r = await run(["search", "numbness foot", "--json", "--limit", "3"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual(["query", "results", "pages"]);
    expect(out.query).toBe("numbness foot");
    expect(Object.keys(out.results[0])).toEqual(["topic", "section", "title", "score", "snippet"]);
    const scores = out.results.map((x: { score: number }) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(out.pages).toHaveLength(3);
    expect(Object.keys(out.pages[0])).toEqual(["topic", "title", "score", "sections"]);
    const pageOf = new Set(out.pages.map((p: { topic: string }) => p.topic));
    for (const x of out.results) expect(pageOf.has(x.topic)).toBe(true);
    const listed = out.pages.flatMap((p: { topic: string; sections: string[] }) =>
      p.sections.map((s) => `${p.topic} ${s}`),
    );
    expect(listed.sort()).toEqual(
      out.results.map((x: { topic: string; section: string }) => `${x.topic} ${x.section}`).sort(),
    );
  });

  it("honours --limit", async () => {
    const r = await run(["search", "pain", "--limit", "2"]);
    expect(r.out.match(/^ ?\d+\. /gm)).toHaveLength(2);
  });

  it("forgives typos in words", async () => {
    for (const q of ["numbnes foot", "radiculapathy", "tretment"]) {
      const r = await run(["search", q, "--json"]);
      expect(r.code, q).toBe(0);
    }
  });

  it("exits 1 with no results, and JSON gives an empty list", async () => {
    const r = await run(["search", "xqzzyv"]);
    expect(r).toMatchObject({ code: 1, out: "" });
    expect(r.err).toBe("radic: no results for 'xqzzyv'. `radic list` shows every page.\n");
    const j = await run(["search", "xqzzyv", "--json"]);
    expect(j.code).toBe(1);
    expect(JSON.parse(j.out)).toEqual({ query: "xqzzyv", results: [], pages: [] });
  });

  it.each([
    [["search", "(((", "*"], 1, "radic: no results for '((( *'. `radic list` shows every page.\n"],
    [["search", '"""'], 1, 'radic: no results for \'"""\'. `radic list` shows every page.\n'],
    [
      ["search", "坐骨神经痛"],
      1,
      "radic: no results for '坐骨神经痛'. `radic list` shows every page.\n",
    ],
    [["search", ""], 2, 'radic: empty search query. Try `radic search "numbness foot"`.\n'],
    [["search", "   "], 2, 'radic: empty search query. Try `radic search "numbness foot"`.\n'],
    [["search", "\u001b[2J"], 1, "radic: no results for '[2J'. `radic list` shows every page.\n"],
    [
      ["search", "foot", "--limit", "0"],
      2,
      "radic: --limit must be a whole number from 1 to 100 (got '0')\n",
    ],
    [
      ["search", "foot", "--limit", "-1"],
      2,
      "radic: --limit must be a whole number from 1 to 100 (got '-1')\n",
    ],
    [
      ["search", "foot", "--limit", "abc"],
      2,
      "radic: --limit must be a whole number from 1 to 100 (got 'abc')\n",
    ],
    [
      ["search", "foot", "--limit", "2.5"],
      2,
      "radic: --limit must be a whole number from 1 to 100 (got '2.5')\n",
    ],
    [["search"], 2, "radic: missing required argument 'query'. Try `radic --help`.\n"],
  ])("%j exits %i", async (args, code, err) => {
    const r = await run(args);
    expect(r.code).toBe(code);
    expect(r.err).toBe(err);
  });

  it("takes a 100,000-character query and answers at once", async () => {
    const start = Date.now();
    const r = await run(["search", "a".repeat(100_000)]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `radic: no results for '${"a".repeat(40)}… (100000 characters)'. \`radic list\` shows every page.\n`,
    );
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it("answers a long letter, and says the whole of it was searched", async () => {
    const letter =
      "Hello, I'm 52 and work in a warehouse. Six weeks ago I bent down to pick up a box and felt a twinge in my lower back. Now I have a burning pain from my buttock down the back of my leg to my heel, and the outside of my foot tingles. Paracetamol barely helps and my employer wants to know when I'll be back. How long does sciatica like this normally last?";
    const r = await run(["search", letter]);
    expect(r.code).toBe(0);
    const header = r.out.slice(0, r.out.indexOf("\n\n")).replace(/\n/g, " ");
    expect(header).toMatch(/^Results for "Hello, I'm 52 and .+…" /);
    expect(header).toContain(`(all ${letter.length} characters searched)`);
  });

  it("never echoes control characters", async () => {
    const r = await run(["search", "\u0007\u001b]0;x\u0007zzqqx"]);
    expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it("a mistyped command keeps its words in the suggestion", async () => {
    const r = await run(["serch", "foot"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      "radic: no topic 'serch foot'. Did you mean `radic search foot`? `radic list` shows every page.\n",
    );
  });
});
