import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../src/core/check/answers.js";
import { localize } from "../../src/core/check/localize.js";
import type { Answers } from "../../src/core/check/types.js";
import {
  AREA_IDS,
  FEATURE_IDS,
  MOVEMENT_IDS,
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
});
