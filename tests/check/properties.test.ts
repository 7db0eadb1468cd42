import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../src/core/check/answers.js";
import { localize } from "../../src/core/check/localize.js";
import {
  type Hypothesis,
  hypotheses,
  logLikelihood,
  observations,
} from "../../src/core/check/model.js";
import { posterior, rootProbabilities } from "../../src/core/check/posterior.js";
import type { Answers } from "../../src/core/check/types.js";
import {
  AREA_IDS,
  FEATURE_IDS,
  MOVEMENT_IDS,
  type MovementId,
  RED_FLAG_IDS,
  REFLEX_IDS,
} from "../../src/core/vocabulary-ids.js";
import { content } from "../helpers.js";

const v = content().vocabulary;
const EMERGENCY = RED_FLAG_IDS.filter((id) => v.redFlags[id].level === "emergency");

const subset = <T>(xs: readonly T[]) => fc.subarray([...xs]);
const dict = <K extends string, V>(keys: readonly K[], values: readonly V[]) =>
  fc.dictionary(fc.constantFrom(...keys), fc.constantFrom(...values), { maxKeys: 8 });

/** Any valid answers: numbness and normal sensation never share an area. */
const answers: fc.Arbitrary<Answers> = fc
  .record(
    {
      side: fc.constantFrom("left", "right", "both"),
      pain: subset(AREA_IDS),
      numbness: subset(AREA_IDS),
      sensationNormal: subset(AREA_IDS),
      strength: dict(MOVEMENT_IDS, ["weak", "normal"] as const),
      reflexes: dict(REFLEX_IDS, ["normal", "reduced", "absent", "brisk"] as const),
      redFlags: subset(RED_FLAG_IDS),
      features: subset(FEATURE_IDS),
    },
    { requiredKeys: [] },
  )
  .map(
    (a) =>
      ({
        ...a,
        sensationNormal: a.sensationNormal?.filter((x) => !(a.numbness ?? []).includes(x)),
      }) as Answers,
  );

const shuffled = <T>(xs: T[] | undefined, seed: number) =>
  xs
    ? [...xs]
        .sort(
          (p, q) =>
            ((JSON.stringify(p).length * seed) % 7) - ((JSON.stringify(q).length * seed) % 7),
        )
        .reverse()
    : xs;
const reversedKeys = <T extends object>(o: T | undefined) =>
  o ? (Object.fromEntries(Object.entries(o).reverse()) as T) : o;

describe("properties of the check engine", () => {
  it("any answers with an emergency red flag give emergency", () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...EMERGENCY), (a, flag) => {
        const r = localize({ ...a, redFlags: [...(a.redFlags ?? []), flag] }, v);
        expect(r.triage).toBe("emergency");
        expect(r.triageReasons).toContain(v.redFlags[flag].reason);
        // What to do starts with the emergency, whatever the pattern adds after it.
        expect(r.advice.startsWith(v.advice.emergency.text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("gives identical results for identical answers, and survives a JSON round trip", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const once = localize(a, v);
        expect(localize(structuredClone(a), v)).toEqual(once);
        expect(localize(parseAnswers(JSON.parse(JSON.stringify(a))), v)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of list items or keys", () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 1, max: 97 }), (a, seed) => {
        const b: Answers = {
          ...a,
          pain: shuffled(a.pain, seed),
          numbness: shuffled(a.numbness, seed + 1),
          sensationNormal: shuffled(a.sensationNormal, seed + 2),
          redFlags: shuffled(a.redFlags, seed + 3),
          features: shuffled(a.features, seed + 4),
          strength: reversedKeys(a.strength),
          reflexes: reversedKeys(a.reflexes),
        };
        expect(localize(b, v)).toEqual(localize(a, v));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every result within the contract", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = localize(a, v);
        expect(["emergency", "urgent", "routine"]).toContain(r.triage);
        expect([
          "single-root",
          "two-roots",
          "multi-root",
          "non-radicular",
          "insufficient",
        ]).toContain(r.pattern);
        if (r.pattern === "non-radicular" || r.pattern === "insufficient")
          expect(r.candidates).toEqual([]);
        if (r.pattern === "non-radicular") expect(r.alternatives.length).toBeGreaterThan(0);
        if (r.triage !== "routine") expect(r.triageReasons.length).toBeGreaterThan(0);
        for (const c of r.candidates) {
          expect(c.root).toMatch(/^[ctls]\d{1,2}$/);
          expect(c.score).toBeGreaterThan(0);
          expect(c.score).toBeLessThanOrEqual(1);
        }
        const known = new Set(content().sources.map((s) => s.id));
        for (const s of r.sources) expect(known.has(s)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never gives candidates and alternatives more than 1 in total", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = localize(a, v);
        const total =
          r.candidates.reduce((n, c) => n + c.score, 0) +
          r.alternatives.reduce((n, x) => n + x.score, 0) +
          (r.otherRoots ?? []).reduce((n, x) => n + x.score, 0);
        expect(total).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

/** Answers from one part of the body, as a person or a clinician would give them. */
const regional: fc.Arbitrary<Answers> = fc
  .constantFrom("neck-arm" as const, "back-leg" as const)
  .chain((region) => {
    const areas = AREA_IDS.filter((id) => v.areas[id].region === region && id !== "saddle");
    const moves = MOVEMENT_IDS.filter((id) => v.movements[id].region === region);
    const refl = REFLEX_IDS.filter((id) => v.reflexes[id].region === region);
    return fc
      .record({
        pain: fc.subarray(areas, { maxLength: 4 }),
        numbness: fc.subarray(areas, { maxLength: 3 }),
        strength: dict(moves, ["weak", "normal"] as const),
        reflexes: dict(refl, ["normal", "reduced", "absent"] as const),
      })
      .map((a) => a as Answers);
  });

const hs = hypotheses(v);
const posteriorOf = (a: Answers) => posterior(hs, observations(a, v));
/** The single-root hypothesis that leads, among the roots. */
function topRoot(post: number[]) {
  let best = -1;
  hs.forEach((h, i) => {
    if (h.kind === "root" && (best < 0 || (post[i] ?? 0) > (post[best] ?? 0))) best = i;
  });
  return best;
}

describe("properties of the model behind the check", () => {
  it("a normal finding outside a root's territory never lowers its rank in its region", () => {
    fc.assert(
      fc.property(regional, fc.nat(), (a, pick) => {
        const before = posteriorOf(a);
        const i = topRoot(before);
        const root = hs[i] as Hypothesis;
        const outside = MOVEMENT_IDS.filter(
          (m) =>
            v.movements[m].region === root.region &&
            !(m in (a.strength ?? {})) &&
            (v.movements[m].roots[root.id] ?? 0) === 0,
        );
        fc.pre(outside.length > 0);
        const m = outside[pick % outside.length] as MovementId;
        const after = posteriorOf({ ...a, strength: { ...a.strength, [m]: "normal" } });
        const ahead = (post: number[]) =>
          hs.filter((h, j) => h.region === root.region && (post[j] ?? 0) > (post[i] ?? 0)).length;
        expect(ahead(after)).toBeLessThanOrEqual(ahead(before));
      }),
      { numRuns: 300 },
    );
  });

  it("a finding the leading root predicts never lowers its probability", () => {
    fc.assert(
      fc.property(regional, fc.nat(), (a, pick) => {
        const obs = observations(a, v);
        const before = posterior(hs, obs);
        const i = topRoot(before);
        const root = hs[i] as Hypothesis;
        const own = MOVEMENT_IDS.filter(
          (m) => !(m in (a.strength ?? {})) && (v.movements[m].roots[root.id] ?? 0) === 1,
        );
        fc.pre(own.length > 0);
        const m = own[pick % own.length] as MovementId;
        const b = { ...a, strength: { ...a.strength, [m]: "weak" as const } };
        // "Predicts": the root expects this weakness more than the explanations taken together.
        const withIt = observations(b, v);
        const predictive = (h: Hypothesis) =>
          Math.exp(logLikelihood(h, withIt) - logLikelihood(h, obs));
        const overall = hs.reduce((n, h, j) => n + (before[j] ?? 0) * predictive(h), 0);
        fc.pre(predictive(root) >= overall);
        expect(posterior(hs, withIt)[i] ?? 0).toBeGreaterThanOrEqual((before[i] ?? 0) - 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it("puts all of the probability on the hypotheses, and at most 1 on the roots", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const post = posteriorOf(a);
        expect(post.reduce((n, p) => n + p, 0)).toBeCloseTo(1, 9);
        const roots = [...rootProbabilities(hs, post).values()].reduce((n, p) => n + p, 0);
        expect(roots).toBeLessThanOrEqual(1 + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
