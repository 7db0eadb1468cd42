/**
 * `radic check` in a real terminal: tmux runs the built binary, send-keys types, capture-pane
 * reads the screen. .ci/run installs tmux on a bare machine.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const BIN = join(ROOT, "bin", "radic.js");
const socket = join(mkdtempSync(join(tmpdir(), "radic-tmux-")), "sock");
const tmux = (...args: string[]) =>
  execFileSync("tmux", ["-S", socket, ...args], { encoding: "utf8" });

beforeAll(() => {
  tmux("-f", "/dev/null", "new-session", "-d", "-s", "keep", "-x", "100", "-y", "50");
});
afterAll(() => {
  try {
    tmux("kill-server");
  } catch {
    // already gone
  }
  rmSync(join(socket, ".."), { recursive: true, force: true });
});

/** Start radic in a new window; the window prints EXIT:<code> when radic ends. */
function startRadic(name: string, args: string): void {
  tmux(
    "new-window",
    "-d",
    "-n",
    name,
    "-e",
    "NO_COLOR=1",
    `"${process.execPath}" "${BIN}" ${args}; echo EXIT:$?; sleep 60`,
  );
}
const screen = (name: string) => tmux("capture-pane", "-p", "-J", "-t", `keep:${name}`);
async function waitFor(name: string, text: string, ms = 10_000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const s = screen(name);
    if (s.includes(text)) return s;
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${JSON.stringify(text)}; screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const keys = (name: string, ...k: string[]) => tmux("send-keys", "-t", `keep:${name}`, ...k);

describe("radic check in a real terminal (tmux)", () => {
  it("walks a whole session to a result, changing an answer on the review screen", async () => {
    const w = "session";
    startRadic(w, "check");
    await waitFor(w, "First, the warning signs");
    keys(w, "Enter");
    await waitFor(w, "And do any of these apply?");
    keys(w, "Enter");
    await waitFor(w, "Where is the problem?");
    keys(w, "Down", "Down", "Enter");
    await waitFor(w, "Which side?");
    keys(w, "Enter"); // left
    await waitFor(w, "Where do you feel the pain");
    keys(w, "Enter"); // no pain areas ticked
    await waitFor(w, "Where is it numb");
    // The 13th leg area down the list, top of the foot (L5), ticked.
    keys(w, ...Array<string>(12).fill("Down"), "Space", "Enter");
    await waitFor(w, "examined you");
    keys(w, "n", "Enter");
    // Five self-checks: not sure (the first answer) for all but the big toe, which is weaker.
    for (const [text, k] of [
      ["knee towards your chest", []],
      ["step up onto a stair", []],
      ["walk ten steps on your heels", []],
      ["lift both big toes", ["Down", "Down"]],
      ["rise onto your toes", []],
    ] as const) {
      await waitFor(w, text);
      keys(w, ...k, "Enter");
    }
    await waitFor(w, "Do any of these apply?");
    keys(w, "Enter");
    let s = await waitFor(w, "Check your answers");
    expect(s).toContain("side: left");
    keys(w, "Down", "Down", "Down", "Enter"); // "Change — side: left"
    await waitFor(w, "Which side?");
    keys(w, "Down", "Enter"); // right
    s = await waitFor(w, "side: right");
    keys(w, "Enter"); // show the result
    s = await waitFor(w, "EXIT:");
    expect(s).toContain("Most likely: L5 — the fifth lumbar nerve root");
    expect(s).toContain("weak: lifting the big toe");
    expect(s).toContain("EXIT:0");
  }, 30_000);

  it("Ctrl-C at a prompt ends with one short line and exit 130", async () => {
    const w = "cancel";
    startRadic(w, "check");
    await waitFor(w, "First, the warning signs");
    keys(w, "C-c");
    const s = await waitFor(w, "EXIT:");
    expect(s).toContain("radic: cancelled.");
    expect(s).toContain("EXIT:130");
    expect(s).not.toMatch(/at .*\.js:\d+/);
  }, 20_000);

  it("an emergency answer shows the banner at once", async () => {
    const w = "emergency";
    startRadic(w, "check");
    await waitFor(w, "First, the warning signs");
    keys(w, "Space", "Enter"); // the first warning sign: saddle numbness
    const s = await waitFor(w, "Continue answering, for information only?");
    expect(s).toContain("EMERGENCY — go to an emergency department now");
    keys(w, "Enter"); // no
    expect(await waitFor(w, "EXIT:")).toContain("EXIT:4");
  }, 20_000);
});
