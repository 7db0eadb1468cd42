import { describe, expect, it } from "vitest";
import { run } from "../helpers.js";

const ESC = "\u001b";

describe("radic search", () => {
  it("lists the best sections first with a snippet and the command to open each", async () => {
    const r = await run(["search", "numbness foot"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const lines = r.out.split("\n");
    expect(lines[0]).toBe('Results for "numbness foot"');
    expect(lines[2]).toMatch(
      /^ 1\. (S1|L5) — the (first sacral|fifth lumbar) nerve root › Where it is felt \(dermatome\)$/,
    );
    expect(r.out).toContain("    radic s1 dermatome\n");
    expect(r.out).toContain("    radic l5 dermatome\n");
    expect(r.out).not.toContain(ESC);
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

  it("gives JSON in the contract's shape", async () => {
    const r = await run(["search", "numbness foot", "--json", "--limit", "3"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual(["query", "results"]);
    expect(out.query).toBe("numbness foot");
    expect(out.results).toHaveLength(3);
    expect(Object.keys(out.results[0])).toEqual(["topic", "section", "title", "score", "snippet"]);
    expect(out.results[0].section).toBe("dermatome");
    expect(["s1", "l5"]).toContain(out.results[0].topic);
    expect(out.results[0].score).toBeGreaterThan(out.results[2].score);
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
    expect(JSON.parse(j.out)).toEqual({ query: "xqzzyv", results: [] });
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

  it("refuses a 100,000-character query at once", async () => {
    const start = Date.now();
    const r = await run(["search", "a".repeat(100_000)]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "radic: search query too long (100000 characters; at most 500). Use a few words.\n",
    );
    expect(Date.now() - start).toBeLessThan(2000);
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
