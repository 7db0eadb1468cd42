/**
 * What users expect of a command line: `help [command]`, `--no-color`, suggestions that name
 * something real, disc levels and source keys that open like pages.
 */
import { describe, expect, it } from "vitest";
import { allDiscLevels } from "../../src/core/disc.js";
import { nearestRoots } from "../../src/core/roots.js";
import { content, run } from "../helpers.js";

describe("radic help [command], as git and gh have it", () => {
  it("radic help is radic --help; radic help check is radic check --help", async () => {
    const help = await run(["help"]);
    expect(help).toMatchObject({ code: 0, err: "", out: (await run(["--help"])).out });
    expect(help.out).toContain("help [command]");
    const check = await run(["help", "check"]);
    expect(check).toMatchObject({ code: 0, out: (await run(["check", "--help"])).out });
    expect(check.out).toMatch(/^Usage: radic check /);
  });

  it("an unknown command is a usage error that lists the real ones", async () => {
    expect(await run(["help", "serch"])).toMatchObject({
      code: 2,
      out: "",
      err: "radic: no command 'serch'. Commands: search, check, compare, source, completion, list; `radic --help` shows them all.\n",
    });
  });

  it("a typo of help suggests help, which now works", async () => {
    expect((await run(["hlep"])).err).toContain("Did you mean `radic help`?");
  });
});

describe("--no-color", () => {
  it("is --color never, for lookups and commands alike; the last of the two wins", async () => {
    const tty = { stdoutIsTTY: true, rows: 1000, env: { FORCE_COLOR: "1" } };
    const plain = await run(["s1", "--color", "never"], tty);
    expect(await run(["s1", "--no-color"], tty)).toMatchObject({ code: 0, out: plain.out });
    expect((await run(["list", "--no-color"], tty)).out).not.toContain("\x1b[");
    expect((await run(["--no-color", "compare", "l5", "s1"], tty)).out).not.toContain("\x1b[");
    expect((await run(["s1", "--no-color", "--color", "always"], tty)).out).toContain("\x1b[");
  });
});

describe("did you mean", () => {
  it("an unknown option's suggestion is part of the line, not an escaped newline", async () => {
    const r = await run(["--jsn", "s1"]);
    expect(r.err).toBe("radic: unknown option '--jsn'. Did you mean --json? Try `radic --help`.\n");
    expect((await run(["check", "--answer", "a.json"])).err).toBe(
      "radic: unknown option '--answer'. Did you mean --answers? Try `radic --help`.\n",
    );
  });

  it.each([
    ["l6", "`radic l5` or `radic s1`"],
    ["c9", "`radic c8` or `radic t1`"],
    ["t13", "`radic t12` or `radic l1`"],
    ["s6", "`radic s5`"],
    ["c0", "`radic c1`"],
    ["L6", "`radic l5` or `radic s1`"],
    ["lumbar 6", "`radic l5` or `radic s1`"],
  ])("a root that does not exist, %s, suggests the nearest real ones: %s", async (input, did) => {
    const r = await run(input.split(" "));
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `radic: no topic '${input.toLowerCase()}'. Did you mean ${did}? \`radic list\` shows every page.\n`,
    );
  });

  it("nearestRoots is empty for real roots and for non-roots", () => {
    expect(nearestRoots("s1")).toEqual([]);
    expect(nearestRoots("sciatica")).toEqual([]);
    expect(nearestRoots("l99")).toEqual(["l5", "s1"]);
  });

  it.each([
    ["numb foot", "radic: no topic 'numb foot'. Search for it: `radic search \"numb foot\"`.\n"],
    [
      "back pain",
      "radic: no topic 'back pain'. Search for it: `radic search \"back pain\"`. Or did you mean `radic surgery`?\n",
    ],
  ])("several words that name no page, %s, suggest a search", async (input, err) => {
    expect(await run(input.split(" "))).toMatchObject({ code: 1, err });
  });

  it("a mistyped command keeps its arguments, and is not offered as a search", async () => {
    expect((await run(["serch", "foot"])).err).toBe(
      "radic: no topic 'serch foot'. Did you mean `radic search foot`? `radic list` shows every page.\n",
    );
  });

  it.each([["😀"], ["\ufffd\ufffd"], ["€"], ["-"]])(
    "%s is a topic that is not there (exit 1), not 'no topic given'",
    async (input) => {
      const r = await run([input]);
      expect(r).toMatchObject({ code: 1, out: "" });
      expect(r.err).toBe(`radic: no topic '${input}'. \`radic list\` shows every page.\n`);
    },
  );
});

describe("disc levels in radic list, with their sections", () => {
  const discs = allDiscLevels().map((d) => d.id);

  it("are the 23 levels from c2-c3 to l5-s1", () => {
    expect(discs).toHaveLength(23);
    expect(discs[0]).toBe("c2-c3");
    expect(discs).toContain("c7-t1");
    expect(discs).toContain("t12-l1");
    expect(discs.at(-1)).toBe("l5-s1");
  });

  it("are listed in a pipe, on a terminal and in JSON", async () => {
    const piped = (await run(["list"])).out.split("\n").map((l) => l.split("\t")[0]);
    expect(piped.slice(content().catalog.entries.length, -1)).toEqual(discs);
    const tty = (await run(["list", "--no-color"], { stdoutIsTTY: true, rows: 1000, columns: 80 }))
      .out;
    expect(tty).toContain("\nDisc levels\n  c2-c3 c3-c4 ");
    const json = JSON.parse((await run(["list", "--json"])).out);
    const disc = json.pages.find((p: { id: string }) => p.id === "l5-s1");
    expect(disc).toEqual({
      id: "l5-s1",
      title: "L5–S1 disc level",
      kind: "topic",
      group: "discs",
      sections: ["summary", "why"],
    });
  });

  it("every one listed opens, and so do its sections", async () => {
    for (const id of discs) {
      const r = await run([id]);
      expect(r.code, id).toBe(0);
    }
    const why = await run(["l5-s1", "why"]);
    expect(why.code).toBe(0);
    expect(why.out.split("\n")[0]).toBe("L5–S1 disc level › Why these roots");
    expect((await run(["c5", "c6", "summary"])).out.split("\n")[0]).toBe(
      "C5–C6 disc level › In short",
    );
    const json = JSON.parse((await run(["l5-s1", "why", "--json"])).out);
    expect(json.sections.map((s: { id: string }) => s.id)).toEqual(["why"]);
    expect((await run(["l5-s1", "sources"])).code).toBe(0);
  });

  it("an unknown section of a disc level names the ones it has", async () => {
    expect(await run(["l5-s1", "treatment"])).toMatchObject({
      code: 1,
      err: "radic: l5-s1 has no section 'treatment'. Sections: summary, why, sources.\n",
    });
  });
});

describe("source keys show the full citation", () => {
  it("radic harrisons-19 and radic source harrisons-19 give the same citation", async () => {
    const r = await run(["harrisons-19"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Source\n {2}\[harrisons-19\] [^\n]+\n/);
    expect(r.out).toContain("Harrison's Principles");
    expect(r.out).toMatch(/\n {4}https:\/\/\S+\n$/);
    expect(await run(["source", "harrisons-19"])).toMatchObject({ code: 0, out: r.out });
    expect((await run(["Harrisons-19"])).out).toBe(r.out);
  });

  it("--json gives the citation in the shape of a page's sources", async () => {
    const r = JSON.parse((await run(["source", "harrisons-19", "--json"])).out);
    const fromPage = JSON.parse((await run(["s1", "--json"])).out).sources.find(
      (s: { id: string }) => s.id === "harrisons-19",
    );
    expect(r).toEqual({ sources: [fromPage] });
  });

  it("an unknown key suggests the nearest; radic source lists every one", async () => {
    expect(await run(["source", "harisons-19"])).toMatchObject({
      code: 1,
      err: "radic: no source 'harisons-19'. Did you mean `radic source harrisons-19`? `radic source` lists every source.\n",
    });
    const all = (await run(["source"])).out.trimEnd().split("\n");
    expect(all).toHaveLength(content().sources.length);
    expect(all.every((l) => l.split("\t").length === 3)).toBe(true);
  });
});
