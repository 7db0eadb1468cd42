/**
 * The walkthrough on a virtual screen: the real prompts (@inquirer/prompts), rendered by
 * @inquirer/testing, driven by keypresses, through the same prompt layer `radic check` uses.
 */
import { checkbox, confirm, select } from "@inquirer/prompts";
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { checkCommand } from "../../src/cli/commands/check.js";
import { askWith, type Prompts, resizable } from "../../src/cli/commands/check-screen.js";
import { memoryStore } from "../../src/cli/store.js";
import { next, type Question, question, start } from "../../src/core/check/walkthrough.js";
import { content, fakeIo } from "../helpers.js";
import { keyOf } from "../keys.js";

type Rendered = Awaited<ReturnType<typeof render>>;
/** One step of a session: look at the screen, press keys. */
type Step = (screen: string, keys: Rendered["events"]) => void;

const press = (keys: Rendered["events"], ...names: string[]) => {
  for (const name of names) keys.keypress(name);
};
/** Tick the options at these positions of a checkbox (0 = first), then confirm. */
const tick =
  (...positions: number[]): Step =>
  (_screen, keys) => {
    let at = 0;
    for (const p of [...positions].sort((a, b) => a - b)) {
      press(keys, ...Array(p - at).fill("down"), "space");
      at = p;
    }
    press(keys, "enter");
  };
/** Tick "None of these", after the list's `n` red flags. */
const none = (n: number): Step => tick(n);
/** Choose the option at this position of a select list. */
const choose =
  (position: number): Step =>
  (_screen, keys) =>
    press(keys, ...Array(position).fill("down"), "enter");
const answer =
  (yes: boolean): Step =>
  (_s, keys) => {
    keys.type(yes ? "y" : "n");
    press(keys, "enter");
  };

/**
 * The self-checks the walkthrough will ask after these answers, in order, when each is answered
 * by `answer(movement)` (the order is the engine's choice, so the test asks the engine).
 */
function selfChecks(
  pain: string[],
  numb: string[],
  answer: (movement: string) => "unsure" | "normal" | "weak",
): Step[] {
  const v = content().vocabulary;
  let s = start();
  for (const a of [[], [], [], "back-leg", "left", pain, numb, false]) s = next(s, v, a);
  const steps: Step[] = [];
  for (let q = question(s, v); q?.step === "strength"; q = question(s, v)) {
    const choice = answer(keyOf(q) ?? "");
    const text = v.movements[keyOf(q) as keyof typeof v.movements].selfCheck;
    steps.push((screen, keys) => {
      expect(screen).toContain(text.slice(0, 30));
      press(keys, ...Array(["unsure", "normal", "weak"].indexOf(choice)).fill("down"), "enter");
    });
    s = next(s, v, choice);
  }
  return steps;
}

/** Prompts that render on a virtual screen and play the steps, recording every screen. */
function scripted(steps: Step[], screens: string[]): Prompts {
  const play =
    <C>(prompt: (config: C) => Promise<unknown>) =>
    async (config: C) => {
      const step = steps.shift();
      if (!step)
        throw new Error(
          `no step left for: ${JSON.stringify((config as { message?: string }).message)}`,
        );
      const r = await render(prompt as never, config as never);
      const screen = r.getScreen();
      screens.push(screen);
      step(screen, r.events);
      return r.answer;
    };
  return {
    checkbox: play(checkbox),
    select: play(select),
    confirm: play(confirm),
  } as unknown as Prompts;
}

async function session(steps: Step[]) {
  const { io, result } = fakeIo({
    stdinIsTTY: true,
    stdoutIsTTY: true,
    columns: 80,
    env: { NO_COLOR: "1" },
  });
  const screens: string[] = [];
  const code = await checkCommand(
    { io, store: memoryStore(content()), version: "1" },
    {},
    { color: "never", pager: false, json: false },
    askWith(scripted(steps, screens)),
  );
  return { code, out: result.out, screens, left: steps.length };
}

const LEG = 2; // "Low back, buttock, leg or foot" in the region list
const LEG_AREAS = content().vocabulary.areas;
const legIndex = (id: string) =>
  Object.keys(LEG_AREAS)
    .filter((a) => LEG_AREAS[a as keyof typeof LEG_AREAS].region === "back-leg")
    .indexOf(id);

describe("radic check on a virtual screen", () => {
  it("runs a whole session: red flags first, then symptoms, self-checks, review, result", async () => {
    const steps: Step[] = [
      none(5), // none of the five signs of cauda equina syndrome
      none(4), // none of the four of weakness, walking and the hands
      none(7), // none of the urgent ones
      choose(LEG),
      choose(0), // left
      tick(legIndex("calf"), legIndex("sole")),
      tick(legIndex("outer-foot"), legIndex("little-toe")),
      answer(false), // not examined
      // The self-checks the engine picks: the painful side weaker when rising onto the toes.
      ...selfChecks(["calf", "sole"], ["outer-foot", "little-toe"], (m) =>
        m === "ankle-plantarflexion" ? "weak" : "normal",
      ),
      tick(0), // coughing makes it worse
      choose(0), // review: show the result
    ];
    const checks = steps.length - 11;
    const r = await session(steps);
    expect(r.left).toBe(0);
    expect(r.code).toBe(0);
    expect(r.screens[0]).toContain("First, the warning signs.");
    expect(
      r.out.split("not a diagnosis").length - 1,
      "said once before, once with the result",
    ).toBe(2);
    expect(r.screens[0]).toContain("back passage, genitals or inner thighs");
    expect(r.screens[3]).toContain("Where is the problem?");
    expect(r.screens[8]).toContain("The painful side could not do it at all");
    expect(r.screens[10 + checks]).toContain("Show the result");
    expect(r.screens[10 + checks]).toContain(
      "numb or tingling: outer edge of the foot; little toe",
    );
    expect(r.out).toContain("Most likely: S1 — the first sacral nerve root");
  });

  it("changes an answer on the review screen, and comes back to it", async () => {
    const reviewRow = (screen: string, text: string) =>
      screen
        .split("\n")
        .filter((l) => /Show the result|Change —/.test(l))
        .findIndex((l) => l.includes(text));
    const steps: Step[] = [
      none(5),
      none(4),
      none(7),
      choose(LEG),
      choose(0), // left
      tick(legIndex("outer-shin")),
      tick(legIndex("top-of-foot"), legIndex("big-toe")),
      answer(false),
      // Not sure of any self-check but the big toe, which is weaker.
      ...selfChecks(["outer-shin"], ["top-of-foot", "big-toe"], (m) =>
        m === "big-toe-extension" ? "weak" : "unsure",
      ),
      tick(),
      (screen, keys) =>
        press(keys, ...Array(reviewRow(screen, "side: left")).fill("down"), "enter"),
      choose(1), // right
      (screen, keys) => {
        expect(screen).toContain("side: right");
        press(keys, "enter"); // show the result
      },
    ];
    const r = await session(steps);
    expect(r.left).toBe(0);
    expect(r.out).toContain("Most likely: L5 — the fifth lumbar nerve root");
  });

  it("never takes Enter alone as no to the warning signs, nor 'None of these' with one ticked", async () => {
    const configs: unknown[] = [];
    const capture = (async (config: unknown) => {
      configs.push(config);
      return ["none"];
    }) as never;
    const v = content().vocabulary;
    await askWith(
      { checkbox: capture, select: capture, confirm: capture },
      80,
      24,
    )(question(start(), v) as Question);
    const r = await render(checkbox, configs[0] as never);
    const settle = () => new Promise((done) => setTimeout(done, 10));
    r.events.keypress("enter");
    await settle();
    expect(r.getScreen()).toContain("Tick each one that applies, or tick “None of these”.");
    r.events.keypress("space"); // the first sign
    for (let i = 0; i < 5; i++) r.events.keypress("down");
    r.events.keypress("space"); // and "None of these"
    r.events.keypress("enter");
    await settle();
    expect(r.getScreen()).toContain("“None of these” cannot go with another answer");
    r.events.keypress("space"); // untick "None of these"
    r.events.keypress("enter");
    await expect(r.answer).resolves.toEqual(["saddle-numbness"]);
  });

  it("fits each list of warning signs on an 80×24 screen, whole", async () => {
    const v = content().vocabulary;
    let s = start();
    for (const answer of [["none"], ["none"], ["none"]]) {
      const q = question(s, v) as Question;
      const configs: unknown[] = [];
      const capture = (async (config: unknown) => {
        configs.push(config);
        return answer;
      }) as never;
      await askWith({ checkbox: capture, select: capture, confirm: capture }, 80, 24)(q);
      const r = await render(checkbox, configs[0] as never);
      const screen = r.getScreen();
      expect(screen.split("\n").length, screen).toBeLessThanOrEqual(23);
      expect(screen).toContain("None of these");
      expect(screen.split("\n").every((l) => l.length <= 80)).toBe(true);
      s = next(s, v, answer);
    }
  });

  it("a resize puts the question up again at the new width, on a cleared screen", async () => {
    let columns = 80;
    let resize: () => void = () => {};
    const written: string[] = [];
    const io = {
      ...fakeIo({}).io,
      get columns() {
        return columns;
      },
      rows: 24,
      out: (t: string) => written.push(t),
      onResize: (listener: () => void) => {
        resize = listener;
        return () => {
          resize = () => {};
        };
      },
    };
    const messages: string[] = [];
    const prompt = ((config: { message: string }, context?: { signal?: AbortSignal }) => {
      messages.push(config.message);
      if (messages.length === 1)
        return new Promise((_, reject) =>
          context?.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
        );
      return Promise.resolve(["none"]);
    }) as never;
    const ask = resizable({ checkbox: prompt, select: prompt, confirm: prompt }, io as never);
    const answer = ask(question(start(), content().vocabulary) as Question);
    columns = 60;
    resize();
    await expect(answer).resolves.toEqual(["none"]);
    expect(messages).toHaveLength(2);
    expect(Math.max(...(messages[0] ?? "").split("\n").map((l) => l.length))).toBeGreaterThan(58);
    expect(Math.max(...(messages[1] ?? "").split("\n").map((l) => l.length))).toBeLessThanOrEqual(
      58,
    );
    expect(written).toContain("\x1b[2J\x1b[3J\x1b[H");
  });

  it("shows the emergency banner at once and stops when asked to", async () => {
    const r = await session([tick(1), answer(false)]);
    expect(r.code).toBe(4);
    expect(r.screens[1]).toContain("Continue answering, for information only?");
    expect(r.out.indexOf("EMERGENCY — go to an emergency department now")).toBeLessThan(
      r.out.indexOf("What your answers point to"),
    );
  });
});
