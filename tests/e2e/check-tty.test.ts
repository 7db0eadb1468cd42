/**
 * `radic check` in a real terminal (tests/e2e/tmux.ts), as a new user would run it.
 */
import { afterAll, describe, expect, it } from "vitest";
import { next, question, start } from "../../src/core/check/walkthrough.js";
import { content } from "../helpers.js";
import { keyOf } from "../keys.js";
import { terminal } from "./tmux.js";

const term = terminal(100, 50);
afterAll(() => term.close());
// PAGER=cat: the result is printed straight to the screen (check-pager.test.ts pages it).
const startRadic = (name: string, args: string) =>
  term.start(name, args, { NO_COLOR: "1", PAGER: "cat" });
const { waitFor, keys } = term;

describe("radic check in a real terminal (tmux)", () => {
  it("walks a whole session to a result, changing an answer on the review screen", async () => {
    const w = "session";
    startRadic(w, "check");
    await waitFor(w, "First, the warning signs");
    // Enter alone is not "no": it asks for a tick first.
    keys(w, "Enter");
    await waitFor(w, "Tick each one that applies");
    keys(w, ...Array<string>(5).fill("Down"), "Space", "Enter"); // None of these
    await waitFor(w, "And any of these, now?");
    keys(w, ...Array<string>(4).fill("Down"), "Space", "Enter");
    await waitFor(w, "And do any of these apply?");
    keys(w, ...Array<string>(7).fill("Down"), "Space", "Enter");
    await waitFor(w, "Where is the problem?");
    keys(w, "Down", "Down", "Enter");
    await waitFor(w, "Which leg?");
    keys(w, "Enter"); // left
    await waitFor(w, "Where do you feel the pain");
    keys(w, "Enter"); // no pain areas ticked
    await waitFor(w, "Where is it numb");
    // The 13th leg area down the list, top of the foot (L5), ticked.
    keys(w, ...Array<string>(12).fill("Down"), "Space", "Enter");
    await waitFor(w, "examined you");
    keys(w, "n", "Enter");
    // The self-checks the engine chooses: not sure (the first answer) for all but the big toe,
    // which is weaker. The engine is pure, so the test asks it which checks will come.
    const v = content().vocabulary;
    let state = start();
    for (const a of [[], [], [], "back-leg", "left", [], ["top-of-foot"], false])
      state = next(state, v, a);
    const asked: string[] = [];
    for (let q = question(state, v); q?.step === "strength"; q = question(state, v)) {
      const weak = keyOf(q) === "big-toe-extension";
      asked.push(keyOf(q) ?? "");
      await waitFor(w, v.movements[keyOf(q) as keyof typeof v.movements].selfCheck.slice(0, 30));
      keys(w, ...(weak ? ["Down", "Down"] : []), "Enter");
      state = next(state, v, weak ? "weak" : "unsure");
    }
    expect(asked).toContain("big-toe-extension");
    await waitFor(w, "Do any of these apply?");
    keys(w, "Enter");
    let s = await waitFor(w, "Check your answers");
    expect(s).toContain("side: left");
    keys(w, ...Array<string>(5).fill("Down"), "Enter"); // "Change — side: left"
    await waitFor(w, "Which leg?");
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
