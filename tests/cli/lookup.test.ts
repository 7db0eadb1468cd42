import { describe, expect, it } from "vitest";
import { createProgram } from "../../src/cli/program.js";
import { runCli } from "../../src/cli/run.js";
import { memoryStore } from "../../src/cli/store.js";
import { COMMAND_NAMES } from "../../src/core/commands.js";
import { content, fakeIo, run } from "../helpers.js";

const ESC = "\u001b";
/** Text with its line wrapping undone, for phrases that may break across lines. */
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("radic <topic>", () => {
  it("prints the S1 page, plain when piped, and exits 0", async () => {
    const r = await run(["s1"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out.split("\n")[0]).toBe("S1 — the first sacral nerve root");
    expect(r.out).toContain("\nWhere it is felt (dermatome)\n");
    expect(r.out).toContain("\nSources\n  [isncsci-2019]");
    expect(r.out).not.toContain(ESC);
  });

  it.each([["S1"], ["s-1"], ["sacral 1"], [" s1 "], ["first sacral"]])(
    "%j gives the same page as s1",
    async (id) => {
      const [a, b] = await Promise.all([run([id]), run(["s1"])]);
      expect(a.out).toBe(b.out);
    },
  );

  it("shows one section with its sources in full", async () => {
    const r = await run(["s1", "treatment"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("S1 — the first sacral nerve root › Treatment");
    expect(r.out).toContain("[nice-ng59] Low back pain and sciatica in over 16s");
    expect(r.out).not.toContain("Where it is felt");
    expect(r.out.trimEnd().split("\n").at(-1)).toBe("Whole page: radic s1");
  });

  it("explains a disc level and links its roots", async () => {
    const r = await run(["l5-s1"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("L5–S1 disc level");
    expect(flat(r.out)).toContain("usually presses on S1 (radic s1)");
    expect(flat(r.out)).toContain("presses on L5 (radic l5) instead");
    expect(r.out).toMatch(/See also: radic s1 · radic l5/);
  });

  it("wraps to the terminal width", async () => {
    const r = await run(["s1", "--no-pager"], { stdoutIsTTY: true, columns: 60, rows: 1000 });
    const widths = r.out
      .replace(/\u001b\[[0-9;]*m/g, "")
      .split("\n")
      .filter((l) => !l.includes("https://"))
      .map((l) => l.length);
    expect(Math.max(...widths)).toBeLessThanOrEqual(60);
    expect(Math.max(...widths)).toBeGreaterThan(50);
  });
});

describe("colour", () => {
  it("is on for a terminal, off for a pipe", async () => {
    expect((await run(["s1", "--no-pager"], { stdoutIsTTY: true })).out).toContain(`${ESC}[`);
    expect((await run(["s1"])).out).not.toContain(ESC);
  });

  it("is off when NO_COLOR is set, even on a terminal", async () => {
    const r = await run(["s1", "--no-pager"], { stdoutIsTTY: true, env: { NO_COLOR: "1" } });
    expect(r.out).not.toContain(ESC);
  });

  it("follows --color always and never", async () => {
    expect((await run(["--color", "always", "s1"])).out).toContain(
      `${ESC}[1m${ESC}[36mS1 — the first sacral nerve root`,
    );
    expect(
      (await run(["s1", "--color=never", "--no-pager"], { stdoutIsTTY: true })).out,
    ).not.toContain(ESC);
  });

  it("never colours JSON", async () => {
    const r = await run(["s1", "--json", "--color", "always"], { stdoutIsTTY: true });
    expect(r.out).not.toContain(ESC);
  });
});

describe("--json", () => {
  it("gives the page in the contract's shape", async () => {
    const r = await run(["s1", "--json"]);
    expect(r.code).toBe(0);
    const page = JSON.parse(r.out);
    expect(Object.keys(page)).toEqual([
      "id",
      "title",
      "kind",
      "summary",
      "sections",
      "see",
      "sources",
    ]);
    expect(page).toMatchObject({ id: "s1", kind: "root" });
    expect(page.summary).toMatch(/^S1 radiculopathy means/);
    expect(page.sections.map((s: { id: string }) => s.id)).toContain("treatment");
    const known = new Set(page.sources.map((s: { id: string }) => s.id));
    for (const s of page.sections) {
      expect(Object.keys(s)).toEqual(["id", "title", "text", "sources"]);
      for (const id of s.sources) expect(known.has(id)).toBe(true);
    }
    for (const s of page.sources)
      expect(Object.keys(s)).toEqual(
        expect.arrayContaining(["id", "title", "publisher", "year", "url"]),
      );
  });

  it("gives one section, with just its sources", async () => {
    const page = JSON.parse((await run(["s1", "treatment", "--json"])).out);
    expect(page.sections).toHaveLength(1);
    expect(page.sections[0].id).toBe("treatment");
    expect(page.sources.map((s: { id: string }) => s.id).sort()).toEqual(
      [...page.sections[0].sources].sort(),
    );
  });

  it("describes a disc level in the same shape", async () => {
    const page = JSON.parse((await run(["l5-s1", "--json"])).out);
    expect(page).toMatchObject({ id: "l5-s1", kind: "topic", title: "L5–S1 disc level" });
    expect(page.see).toEqual(["s1", "l5", "disc-herniation", "cauda-equina"]);
  });
});

describe("not found and bad input", () => {
  it.each([
    [["s9"], 1, "radic: no topic 's9'. Did you mean `radic s5`? `radic list` shows every page.\n"],
    [
      ["tretment"],
      1,
      "radic: no topic 'tretment'. Did you mean `radic treatment`? `radic list` shows every page.\n",
    ],
    [
      ["lsit"],
      1,
      "radic: no topic 'lsit'. Did you mean `radic list`? `radic list` shows every page.\n",
    ],
    [["xyzzy"], 1, "radic: no topic 'xyzzy'. `radic list` shows every page.\n"],
    [
      ["s1", "treatmnet"],
      1,
      "radic: s1 has no section 'treatmnet'. Did you mean `radic s1 treatment`? Sections: summary, anatomy, dermatome, myotome, reflex, causes, symptoms, exam, mimics, treatment, prognosis, red-flags, sources.\n",
    ],
    [
      [""],
      2,
      "radic: no topic given. Name a root or topic, e.g. `radic s1`; `radic list` shows them all.\n",
    ],
    [
      ["  "],
      2,
      "radic: no topic given. Name a root or topic, e.g. `radic s1`; `radic list` shows them all.\n",
    ],
    [
      ["--color", "sometimes", "s1"],
      2,
      "radic: option '--color <when>' argument 'sometimes' is invalid. Allowed choices are auto, always, never. Try `radic --help`.\n",
    ],
    [["--frobnicate"], 2, "radic: unknown option '--frobnicate'. Try `radic --help`.\n"],
    [
      ["list", "extra"],
      2,
      "radic: too many arguments for 'list'. Expected 0 arguments but got 1. Try `radic --help`.\n",
    ],
  ])("%j exits %i with one line", async (args, code, err) => {
    const r = await run(args);
    expect(r.code).toBe(code);
    expect(r.err).toBe(err);
    expect(r.out).toBe("");
  });

  it("never echoes control characters", async () => {
    for (const args of [
      ["\u001b[31mevil"],
      ["s1", "\u001b]0;title\u0007"],
      ["--colo\u001br"],
      ["--color", "\u001b[2J"],
    ]) {
      const r = await run(args);
      expect(r.code).toBeGreaterThan(0);
      expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
      expect(r.err.split("\n")).toHaveLength(2);
    }
    expect((await run(["\u001b[31mevil"])).err).toBe(
      "radic: no topic '\\x1b[31mevil'. `radic list` shows every page.\n",
    );
  });

  it("cuts a 5,000-character id short", async () => {
    const r = await run(["s".repeat(5000)]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `radic: no topic '${"s".repeat(40)}… (5000 characters)'. \`radic list\` shows every page.\n`,
    );
  });

  it("reports a bug in one line, with the stack only under RADIC_DEBUG=1", async () => {
    const broken = async (env: Record<string, string>) => {
      const { io, result } = fakeIo({ env });
      const store = {
        ...memoryStore(content()),
        page: () => {
          throw new Error("disk on fire\nRequire stack:\n- /somewhere/radic.cjs");
        },
      };
      const code = await runCli(["s1"], { io, store, version: "1" });
      return { code, err: result.err };
    };
    const plain = await broken({});
    expect(plain.code).toBe(70);
    expect(plain.err).toBe(
      "radic: internal error: disk on fire. This is a bug in radic; RADIC_DEBUG=1 shows the details.\n",
    );
    const debug = await broken({ RADIC_DEBUG: "1" });
    expect(debug.code).toBe(70);
    expect(debug.err).toMatch(
      /^radic: internal error: disk on fire\nError: disk on fire\nRequire stack:/,
    );
  });
});

describe("paging", () => {
  it("pages a long page on a terminal through less -R by default", async () => {
    const r = await run(["s1"], { stdoutIsTTY: true, rows: 30, columns: 80 });
    expect(r.out).toBe("");
    expect(r.paged).toHaveLength(1);
    expect(r.paged[0]?.command).toBe("less -R");
    expect(r.paged[0]?.text).toContain("S1 — the first sacral nerve root");
  });

  it("uses $PAGER, and not at all with --no-pager or a short page", async () => {
    expect(
      (await run(["s1"], { stdoutIsTTY: true, rows: 30, env: { PAGER: "more" } })).paged[0]
        ?.command,
    ).toBe("more");
    expect((await run(["s1", "--no-pager"], { stdoutIsTTY: true, rows: 30 })).paged).toHaveLength(
      0,
    );
    expect((await run(["s1"], { stdoutIsTTY: true, rows: 5000 })).paged).toHaveLength(0);
  });

  it("prints the page itself when the pager cannot start", async () => {
    const r = await run(["s1"], { stdoutIsTTY: true, rows: 30, pagerWorks: false });
    expect(r.out).toContain("S1 — the first sacral nerve root");
  });
});

describe("list, help and version", () => {
  it("lists pages one per line when piped", async () => {
    const r = await run(["list"]);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split("\n");
    expect(lines).toContain("s1\tS1 — the first sacral nerve root");
    expect(lines.every((l) => /^[a-z0-9-]+\t\S/.test(l))).toBe(true);
    const ids = lines.map((l) => l.split("\t")[0]);
    expect(ids.slice(0, content().catalog.entries.length)).toEqual(
      content().catalog.entries.map((e) => e.id),
    );
    // Then every disc level (tests/cli/conventions.test.ts).
    expect(ids.slice(content().catalog.entries.length)[0]).toBe("c2-c3");
  });

  it("groups pages under headings on a terminal", async () => {
    const r = await run(["list", "--color", "never"], { stdoutIsTTY: true, rows: 1000 });
    expect(r.out).toMatch(
      /^Lumbar roots\n {2}l1 +L1 — [^\n]+\n(?: {2}l\d[^\n]+\n){4}\nSacral roots\n {2}s1 +S1/m,
    );
    expect(r.out).toContain("\nTopics\n  overview ");
  });

  it("gives the list as JSON", async () => {
    const list = JSON.parse((await run(["list", "--json"])).out);
    expect(list.pages.map((p: { id: string }) => p.id)).toContain("red-flags");
    expect(list.pages[0]).toMatchObject({ kind: "root" });
  });

  it("prints the program and content versions", async () => {
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`radic 9.9.9\ncontent ${content().catalog.contentVersion}\n`);
  });

  it.each([[["--help"]], [["-h"]], [[]]])(
    "%j prints help with examples and exits 0",
    async (args) => {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^Usage: radic /);
      expect(r.out).toContain("Examples:\n  radic s1 ");
      expect(r.err).toBe("");
    },
  );

  it("offers exactly the commands it has as suggestions", () => {
    const { io } = fakeIo();
    const program = createProgram(
      { io, store: memoryStore(content()), version: "1" },
      { exitCode: 0 },
    );
    expect(program.commands.map((c) => c.name()).sort()).toEqual([...COMMAND_NAMES].sort());
  });
});
