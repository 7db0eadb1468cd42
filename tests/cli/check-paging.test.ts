/**
 * The check result on a terminal goes through the same pager as a topic page (and by the same
 * rules: --no-pager, TERM=dumb, PAGER=cat); --no-map leaves the body chart out.
 */
import { describe, expect, it } from "vitest";
import { run, type Terminal } from "../helpers.js";

const S1 = JSON.stringify({
  side: "left",
  numbness: ["outer-foot", "little-toe"],
  strength: { "ankle-plantarflexion": "weak" },
  reflexes: { ankle: "reduced" },
});
const tty: Terminal = { stdoutIsTTY: true, rows: 24, columns: 80, files: { "a.json": S1 } };
const check = (t: Terminal, ...extra: string[]) =>
  run(["check", "--answers", "a.json", ...extra], {
    ...tty,
    ...t,
    env: { NO_COLOR: "1", ...t.env },
  });

describe("radic check on a terminal: the result through the pager", () => {
  it("pages a result taller than the screen with $PAGER, as topic pages are", async () => {
    const r = await check({ env: { PAGER: "more" } });
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(r.paged).toHaveLength(1);
    expect(r.paged[0]?.command).toBe("more");
    expect(r.paged[0]?.text).toMatch(/^What your answers point to\n/);
    const page = await run(["s1"], { ...tty, env: { PAGER: "more" } });
    expect(page.paged[0]?.command).toBe("more");
  });

  it.each<[string, Terminal, string[]]>([
    ["--no-pager", {}, ["--no-pager"]],
    ["TERM=dumb", { env: { TERM: "dumb" } }, []],
    ["PAGER=cat", { env: { PAGER: "cat" } }, []],
    ["a pipe", { stdoutIsTTY: false }, []],
    ["a screen tall enough", { rows: 500 }, []],
  ])("prints it straight with %s", async (_what, t, extra) => {
    const r = await check(t, ...extra);
    expect(r.paged).toEqual([]);
    expect(r.out).toMatch(/^What your answers point to\n/);
  });

  it("prints it when the pager cannot start", async () => {
    const r = await check({ pagerWorks: false });
    expect(r.out).toMatch(/^What your answers point to\n/);
  });
});

describe("radic check --no-map", () => {
  it("leaves out the chart, and only the chart", async () => {
    const files = { "a.json": S1 };
    const withMap = await run(["check", "--answers", "a.json"], { files });
    const without = await run(["check", "--answers", "a.json", "--no-map"], { files });
    expect(withMap.out).toContain("FRONT");
    expect(without.out).not.toContain("FRONT");
    expect(without.out).not.toContain("█");
    expect(without.out).toContain("Most likely: S1");
    expect(without.out).toContain("What to do");
    expect(without.out.split("\n").length).toBeLessThan(withMap.out.split("\n").length - 30);
  });
});
