import { describe, expect, it } from "vitest";
import { localize } from "../../src/core/check/localize.js";
import {
  answersOf,
  next,
  nextSelfCheck,
  plan,
  type Question,
  question,
  SELF_CHECK_LIMIT,
  type State,
  start,
} from "../../src/core/check/walkthrough.js";
import { content } from "../helpers.js";
import { keyOf } from "../keys.js";

const v = content().vocabulary;

/** Answer questions in turn; each answer may check the question it answers. */
function walk(s: State, ...answers: (unknown | ((q: Question) => unknown))[]): State {
  let state = s;
  for (const a of answers) {
    const q = question(state, v);
    if (!q) throw new Error("no question left to answer");
    state = next(state, v, typeof a === "function" ? (a as (q: Question) => unknown)(q) : a);
  }
  return state;
}
const expectStep = (step: string) => (q: Question) => {
  expect(q.step).toBe(step);
  return undefined;
};
/**
 * No red flags, the left leg, these painful and numb areas, not examined, these answers to the five
 * self-checks ("not sure" to each unless given): the walkthrough then asks about other signs.
 */
const layLeg = (pain: string[] = [], numb: string[] = [], checks?: string[]) =>
  walk(start(), [], [], [], "back-leg", "left", pain, numb, false, ...(checks ?? SURE_OF_NOTHING));
const SURE_OF_NOTHING = Array<string>(5).fill("unsure");
const layLegToFeatures = () => layLeg();
const layLegToReview = () => walk(layLeg(), []);

const is = (step: string, answer: unknown) => (q: Question) => {
  expect(q.step).toBe(step);
  return answer;
};

describe("the walkthrough state machine", () => {
  it("asks red flags first, then where, the side, pain, numbness, self-checks, other signs, and a review", () => {
    let s = start();
    const order: string[] = [];
    const answer: Record<string, unknown> = {
      redFlags: ["none"],
      cordFlags: ["none"],
      urgentFlags: ["none"],
      region: "back-leg",
      side: "left",
      pain: ["calf", "sole"],
      numbness: ["outer-foot", "little-toe"],
      examined: false,
      features: ["cough-sneeze-worse"],
      review: "result",
    };
    const asked: string[] = [];
    for (let q = question(s, v); q; q = question(s, v)) {
      order.push(q.step);
      if (q.step === "strength") asked.push(keyOf(q) ?? "");
      s = next(s, v, q.step === "strength" ? "normal" : answer[q.step]);
    }
    // The S1 picture is already clear: one self-check, the one S1 most expects (rising onto the
    // toes), and no more.
    expect(order).toEqual([
      "redFlags",
      "cordFlags",
      "urgentFlags",
      "region",
      "side",
      "pain",
      "numbness",
      "examined",
      "strength",
      "features",
      "review",
    ]);
    expect(asked).toEqual(["ankle-plantarflexion"]);
    expect(answersOf(s)).toEqual({
      side: "left",
      pain: ["calf", "sole"],
      numbness: ["outer-foot", "little-toe"],
      strength: { "ankle-plantarflexion": "normal" },
      features: ["cough-sneeze-worse"],
    });
    expect(localize(answersOf(s), v).candidates[0]?.root).toBe("s1");
  });

  it("chooses each self-check by what would best tell the leading explanations apart", () => {
    // A numb top of the foot: L5, or the peroneal nerve at the knee. Turning the sole inward is
    // the textbook test that separates them (inversion is L5 through the tibial nerve).
    let s = walk(start(), [], [], [], "back-leg", "left", ["outer-shin"], ["top-of-foot"], false);
    const asked: string[] = [];
    for (let q = question(s, v); q?.step === "strength"; q = question(s, v)) {
      asked.push(keyOf(q) ?? "");
      s = next(s, v, "normal");
    }
    expect(asked[0]).toBe("ankle-inversion");
    expect(asked.length).toBeGreaterThan(1);
    expect(asked.length).toBeLessThanOrEqual(SELF_CHECK_LIMIT["back-leg"]);
    expect(new Set(asked).size).toBe(asked.length);
    // With nothing to go on, it still asks; each question is the engine's best at that point.
    let t = walk(start(), [], [], [], "neck-arm", "left", [], ["thumb", "index-finger"], false);
    const first = question(t, v);
    expect(keyOf(first)).toBe(nextSelfCheck(t, v));
    t = next(t, v, "weak");
    expect(question(t, v)?.step).toBe("strength");
  });

  it("asks the warning signs in plain words, every emergency one explicitly, in two short lists", () => {
    const first = question(start(), v);
    const second = question(next(start(), v, ["none"]), v);
    const names = [first, second].flatMap((q) =>
      q?.kind === "checkbox" ? q.choices.map((c) => c.name) : [],
    );
    expect(names).toContain(v.redFlags["saddle-numbness"].question);
    expect(names).toContain(v.redFlags["bladder-dysfunction"].question);
    expect(names).toContain(v.redFlags["severe-weakness"].question);
    // Nine emergency signs, and "None of these" at the end of each list.
    expect(names).toHaveLength(11);
    for (const q of [first, second]) {
      expect(q?.kind === "checkbox" && q.none).toBe("none");
      expect(q?.kind === "checkbox" && q.choices.at(-1)?.name).toBe("None of these");
      expect(q?.kind === "checkbox" && q.choices.length).toBeLessThanOrEqual(6);
    }
  });

  it('"None of these" records no red flag, and the lists keep each other\'s answers', () => {
    let s = walk(start(), ["bladder-dysfunction"], is("emergencyNotice", true), ["none"]);
    expect(question(s, v)?.step).toBe("urgentFlags");
    s = walk(s, ["night-pain"]);
    expect(answersOf(s).redFlags).toEqual(["bladder-dysfunction", "night-pain"]);
  });

  it("stops at once after an emergency answer unless asked to continue", () => {
    const s = walk(start(), ["saddle-numbness"], is("emergencyNotice", false));
    expect(s.done).toBe(true);
    expect(localize(answersOf(s), v).triage).toBe("emergency");
  });

  it("continues for information after an emergency when asked", () => {
    const s = walk(
      start(),
      ["bladder-dysfunction"],
      is("emergencyNotice", true),
      is("cordFlags", ["none"]),
      expectStep("urgentFlags"),
    );
    expect(question(s, v)?.step).toBe("region");
  });

  it('"not sure" leaves a movement out of the answers, and the next check is a different one', () => {
    let s = walk(start(), [], [], [], "back-leg", "right", [], [], false);
    const first = question(s, v);
    s = next(s, v, "unsure");
    const second = question(s, v);
    expect(second?.step).toBe("strength");
    expect(keyOf(second)).not.toBe(keyOf(first));
    s = next(s, v, "weak");
    expect(answersOf(s).strength).toEqual({ [keyOf(second) ?? ""]: "weak" });
  });

  it("lets any answer be changed from the review screen, then returns to it", () => {
    let s = walk(layLeg(["calf"]), []);
    expect(question(s, v)?.step).toBe("review");
    const review = question(s, v);
    expect(review?.kind === "select" && review.choices.map((c) => c.value)).toEqual(
      expect.arrayContaining(["result", "side", "pain", "numbness", "strength", "features"]),
    );
    s = walk(s, "side", is("side", "right"));
    expect(question(s, v)?.step).toBe("review");
    expect(answersOf(s).side).toBe("right");
    s = walk(s, "numbness", is("numbness", ["heel"]));
    expect(question(s, v)?.step).toBe("review");
    expect(answersOf(s).numbness).toEqual(["heel"]);
    s = walk(s, "result");
    expect(s.done).toBe(true);
  });

  it("after a change of region, drops the old region's answers and asks the new region's questions", () => {
    let s = walk(layLeg(["calf"], ["heel"], ["unsure", "unsure", "unsure", "unsure", "weak"]), []);
    s = walk(s, "region", is("region", "neck-arm"));
    expect(question(s, v)?.step).toBe("side");
    expect(answersOf(s).pain).toBeUndefined();
    expect(answersOf(s).strength).toBeUndefined();
    s = walk(s, "left", is("pain", ["thumb"]));
    expect(question(s, v)?.step).toBe("numbness");
  });

  it("shows a newly added emergency at once, even from the review screen", () => {
    let s = layLegToReview();
    s = walk(s, "redFlags", ["bowel-incontinence"]);
    expect(question(s, v)?.step).toBe("emergencyNotice");
  });

  it("asks a clinician for examination findings directly", () => {
    const s = walk(start(true), [], [], [], "neck-arm", "right");
    expect(plan(s, v)).toEqual([
      "redFlags",
      "cordFlags",
      "urgentFlags",
      "region",
      "side",
      "pain",
      "numbness",
      "weakTested",
      "normalTested",
      "reflexes",
      "sensationNormal",
      "features",
      "review",
    ]);
    let t = walk(
      s,
      ["middle-finger"],
      ["middle-finger"],
      ["elbow-extension"],
      ["shoulder-abduction"],
    );
    for (const r of ["normal", "normal", "reduced", "untested"]) t = next(t, v, r);
    t = walk(t, is("sensationNormal", ["thumb"]), is("features", ["spurling-positive"]), "result");
    expect(answersOf(t)).toMatchObject({
      strength: { "elbow-extension": "weak", "shoulder-abduction": "normal" },
      reflexes: { biceps: "normal", brachioradialis: "normal", triceps: "reduced" },
      sensationNormal: ["thumb"],
    });
    expect(localize(answersOf(t), v).candidates[0]?.root).toBe("c7");
  });

  it("asks examination findings of someone who was examined, and tests only they can do", () => {
    const s = walk(start(), [], [], [], "back-leg", "left", [], [], true);
    expect(plan(s, v)).toContain("reflexes");
    const features = walk(s, [], [], "untested", "untested", "untested", []);
    const q = question(features, v);
    expect(q?.step).toBe("features");
    expect(q?.kind === "checkbox" && q.choices.map((c) => c.value)).toContain(
      "straight-leg-raise-positive",
    );
    const lay = layLegToFeatures();
    const lq = question(lay, v);
    expect(lq?.kind === "checkbox" && lq.choices.map((c) => c.value)).not.toContain(
      "straight-leg-raise-positive",
    );
  });
});
