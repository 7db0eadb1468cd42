/**
 * The check result in a real terminal (tmux) goes through the pager, like a topic page: the
 * emergency banner is on the first screen, q quits, and the exit code is still the triage.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { requireTool } from "../tools.js";
import { terminal } from "./tmux.js";

requireTool("less", "the check result is paged through it");
const term = terminal(80, 24);
const dir = mkdtempSync(join(tmpdir(), "radic-pager-"));
afterAll(() => {
  term.close();
  rmSync(dir, { recursive: true, force: true });
});
const answers = join(dir, "emergency.json");
writeFileSync(
  answers,
  JSON.stringify({ redFlags: ["saddle-numbness"], numbness: ["outer-foot", "little-toe"] }),
);
const env = { NO_COLOR: "1", PAGER: "less -R", LESS: "FRX", TERM: "xterm" };

describe("radic check in a real terminal: the result through the pager", () => {
  it("shows the banner on the first screen of less; q quits with exit 4", async () => {
    term.start("paged", `check --answers "${answers}"`, env);
    const first = await term.waitFor("paged", "EMERGENCY — go to an emergency department now");
    expect(first).not.toContain("EXIT:");
    expect(first.split("\n")[0]).toBe("=".repeat(47));
    term.keys("paged", "q");
    expect(await term.waitFor("paged", "EXIT:")).toContain("EXIT:4");
  }, 20_000);

  it("with TERM=dumb, or --no-pager, prints it straight", async () => {
    term.start("dumb", `check --answers "${answers}"`, { ...env, TERM: "dumb" });
    expect(await term.waitFor("dumb", "EXIT:")).toContain("EXIT:4");
    term.start("nopager", `check --answers "${answers}" --no-pager`, env);
    const s = await term.waitFor("nopager", "EXIT:");
    expect(s).toContain("What to do");
    expect(s).toContain("EXIT:4");
  }, 20_000);
});
