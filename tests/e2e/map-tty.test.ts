/**
 * Body maps in a real terminal: the colour a person sees, the same shapes as the plain golden
 * file, the large chart on a wide screen, and the README's picture taken from here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { terminal } from "./tmux.js";

const narrow = terminal(80, 60);
const wide = terminal(130, 70);
afterAll(() => {
  narrow.close();
  wide.close();
});
const COLOUR = { TERM: "xterm-256color", COLORTERM: "" };
/** The text before the EXIT line, with trailing spaces and blank lines gone. */
const output = (screen: string) =>
  screen
    .slice(0, screen.indexOf("EXIT:"))
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trimEnd();

describe("radic s1 --map in a real terminal (tmux)", () => {
  it("draws in colour, with exactly the shapes of the plain golden file", async () => {
    narrow.start("s1", "s1 --map", COLOUR);
    const s = await narrow.waitFor("s1", "EXIT:0");
    const golden = readFileSync(join(ROOT, "tests", "golden", "s1-map.plain.txt"), "utf8");
    expect(output(s)).toBe(golden.trimEnd());
    const painted = narrow.screen("s1", true);
    expect(painted).toMatch(/\u001b\[[0-9;]*31m█/); // S1's own skin in red
    expect(painted).toMatch(/\u001b\[[0-9;]*33m▒/); // shared skin in yellow
  });

  it("is the picture in the README", async () => {
    narrow.start("readme", "s1 --map");
    const s = output(await narrow.waitFor("readme", "EXIT:0"));
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const at = readme.indexOf("<!-- output: radic s1 --map -->");
    expect(at).toBeGreaterThan(0);
    const block = /```text\n([\s\S]*?)\n```/.exec(readme.slice(at))?.[1] ?? "";
    expect(
      block
        .split("\n")
        .map((l) => l.trimEnd())
        .join("\n"),
    ).toBe(s);
  });

  it("uses the large chart on a wide terminal", async () => {
    wide.start("s1", "s1 --map");
    const s = output(await wide.waitFor("s1", "EXIT:0"));
    const lines = s.split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBe(116);
    expect(lines.length).toBeGreaterThan(55);
  });
});
