import { describe, expect, it } from "vitest";
import { allRoots, chartFor, expand, rootFills, sideOf } from "../../src/core/bodymap.js";
import { ROOT_IDS } from "../../src/core/roots.js";
import { AREA_IDS } from "../../src/core/vocabulary-ids.js";
import { content, golden, run } from "../helpers.js";

const { bodymap, vocabulary: v } = content();
const charts = Object.entries(bodymap.charts);

/** The area ids a chart draws, over both views. */
function drawn(chart: (typeof bodymap.charts)["small"]): Set<string> {
  const out = new Set<string>();
  for (const view of chart.views)
    for (const row of view.rows)
      for (const ch of row) if (chart.cells[ch]) out.add(chart.cells[ch]);
  return out;
}

describe("the body chart", () => {
  it.each(charts)("%s: draws every area id of the contract", (_size, chart) => {
    expect([...drawn(chart)].sort()).toEqual([...AREA_IDS].sort());
  });

  it.each(charts)("%s: every root but C1 has skin on it; C1 has none", (_size, chart) => {
    const cells = drawn(chart);
    for (const root of ROOT_IDS) {
      const painted = [...rootFills(v, root).keys()].filter((a) => cells.has(a));
      if (root === "c1") expect(painted, root).toEqual([]);
      else expect(painted.length, root).toBeGreaterThan(0);
    }
  });

  it("picks the large chart where it fits (116 columns)", () => {
    expect(chartFor(bodymap, 115)).toBe(bodymap.charts.small);
    expect(chartFor(bodymap, 116)).toBe(bodymap.charts.large);
  });

  it("knows the person's right from left in each view (the front view faces you)", () => {
    const [front, back] = bodymap.charts.small.views;
    if (!front || !back) throw new Error("two views");
    expect(sideOf(front, 36, 0)).toBe("right");
    expect(sideOf(front, 36, 35)).toBe("left");
    expect(sideOf(back, 36, 0)).toBe("left");
    expect(sideOf(back, 36, 35)).toBe("right");
  });

  it("marks the whole hand when 'whole hand' is answered", () => {
    expect([...expand(bodymap, ["whole-hand"])].sort()).toEqual(
      [
        "back-of-hand",
        "index-finger",
        "little-finger",
        "middle-finger",
        "palm",
        "ring-finger",
        "thumb",
        "whole-hand",
      ].sort(),
    );
  });

  it("gives every area of the all-roots chart to one root, a run of roots, or 'several'", () => {
    const { groups, mixed } = allRoots(v);
    const given = [...groups.flatMap((g) => g.areas), ...mixed].sort();
    expect(given).toEqual([...AREA_IDS].sort());
    expect(groups.map((g) => g.label)).toContain("S1");
    expect(groups.map((g) => g.label)).toContain("S3–S5");
  });
});

describe("radic <root> --map", () => {
  it("draws S1 (golden, plain and colour)", async () => {
    const plain = await run(["s1", "--map"]);
    expect(plain.code).toBe(0);
    golden("s1-map.plain.txt", plain.out);
    const colour = await run(["s1", "--map", "--color", "always"]);
    golden("s1-map.color.txt", colour.out);
    // Colour adds to the glyphs; it never replaces them.
    expect(colour.out.replace(/\u001b\[[0-9;]*m/g, "")).toBe(plain.out);
  });

  it("fills the root's own skin with █ and shared skin with ▒, with a legend", async () => {
    const out = (await run(["l5", "--map"])).out;
    expect(out).toContain("L5 — where it is felt (dermatome)");
    expect(out).toContain("█ L5's own skin   ▒ shared with a neighbour   · other roots");
    expect(out.match(/█/g)?.length).toBeGreaterThan(10);
    expect(out).toMatch(/Sources: .*isncsci-2019/);
  });

  it("uses the large chart on a wide terminal, and stacks the views on a narrow one", async () => {
    const tty = (columns: number) => ({ stdoutIsTTY: true, columns, env: { NO_COLOR: "1" } });
    const wide = (await run(["s1", "--map"], tty(130))).out;
    expect(wide.split("\n").some((l) => l.length > 100)).toBe(true);
    const narrow = (await run(["s1", "--map"], tty(60))).out;
    expect(narrow.split("\n").every((l) => l.length <= 60)).toBe(true);
    expect(narrow).toMatch(/R +FRONT +L\n[\s\S]*\nL +BACK +R\n/);
  });

  it("accepts the dermatome section, and gives JSON", async () => {
    expect((await run(["s1", "dermatome", "--map"])).code).toBe(0);
    const json = JSON.parse((await run(["s1", "--map", "--json"])).out);
    expect(json.id).toBe("s1");
    expect(json.areas).toContainEqual({ id: "heel", label: expect.any(String), own: true });
    expect(json.areas).toContainEqual({ id: "calf", label: expect.any(String), own: true });
    expect(json.sources.length).toBeGreaterThan(0);
  });

  const tryMap = "Try `radic s1 --map`, or `radic dermatomes` for every root.";
  it.each([
    [
      ["c1", "--map"],
      1,
      "C1 has no area of skin on the chart. Most maps give C1 no skin of its own: `radic c1 dermatome` explains.",
    ],
    [
      ["sciatica", "--map"],
      2,
      `--map draws a nerve root's skin area, and sciatica is not a root. ${tryMap}`,
    ],
    [
      ["l5-s1", "--map"],
      2,
      `--map draws a nerve root's skin area, and l5-s1 is not a root. ${tryMap}`,
    ],
    [
      ["s1", "treatment", "--map"],
      2,
      `--map draws the whole root; leave out the section 'treatment'. ${tryMap}`,
    ],
    [
      ["s1", "--region", "leg"],
      2,
      "--region draws one region of the all-roots chart. Try `radic dermatomes --region leg` (arm, trunk or leg).",
    ],
  ])("%j exits %i", async (args, code, message) => {
    const r = await run(args);
    expect(r).toMatchObject({ code, out: "", err: `radic: ${message}\n` });
  });

  it("refuses an unknown region with the choices", async () => {
    const r = await run(["dermatomes", "--region", "foot"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("arm, trunk, leg");
  });
});

describe("radic dermatomes", () => {
  it("draws every root with a legend, then the page", async () => {
    const r = await run(["dermatomes"]);
    expect(r.code).toBe(0);
    const chartAt = r.out.indexOf("Dermatomes — every root on one chart");
    const pageAt = r.out.indexOf("Reviewed ");
    expect(chartAt).toBe(0);
    expect(pageAt).toBeGreaterThan(chartAt);
    for (const label of ["a C2", "d C5", "s S1", "u S3–S5", "░ several roots"])
      expect(r.out).toContain(label);
  });

  it("--region leg draws the leg only, cropped (golden)", async () => {
    const r = await run(["dermatomes", "--region", "leg"]);
    expect(r.code).toBe(0);
    golden("dermatomes-leg.plain.txt", r.out);
    expect(r.out).not.toContain("C5");
    expect(r.out).not.toContain("o  o"); // the face is cropped off
    expect(r.out).toContain("S1");
  });

  it("keeps the contract's page JSON without --map, and gives the chart's JSON with it", async () => {
    const page = JSON.parse((await run(["dermatomes", "--json"])).out);
    expect(page.id).toBe("dermatomes");
    const chart = JSON.parse((await run(["dermatomes", "--region", "arm", "--json"])).out);
    expect(chart.region).toBe("arm");
    expect(chart.roots.map((g: { label: string }) => g.label)).toContain("C6");
  });
});
