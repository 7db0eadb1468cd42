import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderedName } from "../../src/cli/store.js";
import { COMMAND_NAMES } from "../../src/core/commands.js";
import { parseDiscLevel } from "../../src/core/disc.js";
import { discPage } from "../../src/core/disc-page.js";
import { resolve } from "../../src/core/lookup.js";
import { paint } from "../../src/render/doc.js";
import { renderPage, renderSection } from "../../src/render/page.js";
import { PRERENDER_WIDTHS, prerender } from "../../src/render/prerender.js";
import { createTheme } from "../../src/render/theme.js";
import { content, ROOT } from "../helpers.js";

const ANSI = /\u001b\[[0-9;]*m/g;
const pages = content().pages;

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(pages.map((p) => [p.id, p] as const))("page %s", (_id, page) => {
  it.each([40, 80, 100])(
    "renders at %i columns, in colour and without, within the width",
    (width) => {
      const plain = paint(renderPage(page, width), createTheme(0));
      const color = paint(renderPage(page, width), createTheme(1));
      expect(plain).not.toMatch(ANSI);
      expect(color).toMatch(ANSI);
      expect(color.replace(ANSI, "")).toBe(plain);
      for (const line of plain.split("\n")) {
        if (!line.includes("https://")) expect(line.length, line).toBeLessThanOrEqual(width);
      }
    },
  );

  it("renders every section on its own", () => {
    for (const s of page.sections) {
      const text = paint(renderSection(page, s.id, 80), createTheme(0));
      expect(text.replace(/\s+/g, " ")).toContain(s.title);
      expect(text).toContain(`Whole page: radic ${page.id}`);
    }
  });

  it("was rendered in advance by the build exactly as it renders now", () => {
    const dir = join(ROOT, "dist", "content", "rendered");
    expect(existsSync(dir), "run `npm run build` first").toBe(true);
    for (const width of PRERENDER_WIDTHS) {
      for (const color of [false, true]) {
        expect(readFileSync(join(dir, renderedName(page.id, width, color)), "utf8")).toBe(
          prerender(page, width, color),
        );
      }
    }
  });
});

describe("the core is pure", () => {
  it("logs nothing while resolving and building pages", () => {
    const spies = (["log", "error", "warn", "info", "debug"] as const).map((m) =>
      vi.spyOn(console, m),
    );
    const { catalog, discs } = content();
    for (const e of catalog.entries) resolve([e.id, "treatment"], catalog, COMMAND_NAMES);
    resolve(["nonsense"], catalog, COMMAND_NAMES);
    const disc = parseDiscLevel("l4-l5");
    if (disc) discPage(disc, discs, () => true);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it("colour levels 1 to 3 paint the same (the theme uses the 16 basic colours)", () => {
    const page = pages[0];
    if (!page) throw new Error("no pages");
    const lines = renderPage(page, 80);
    const one = paint(lines, createTheme(1));
    expect(paint(lines, createTheme(2))).toBe(one);
    expect(paint(lines, createTheme(3))).toBe(one);
  });
});
