/**
 * Issue 9, the dangerous items: a red flag that arrives as an ordinary answer (an area, a side,
 * a self-check) is triaged as the red flag it is, and the combinations the clinical review found
 * missing. Each of these gave `routine` or a slower tier before the fix.
 */
import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../src/core/check/answers.js";
import { localize } from "../../src/core/check/localize.js";
import { next, question, start } from "../../src/core/check/walkthrough.js";
import { content } from "../helpers.js";

const v = content().vocabulary;
const run = (a: unknown) => localize(parseAnswers(a), v);

describe("a red flag answered as an ordinary answer", () => {
  it("saddle numbness ticked as an area is an emergency, with the cauda equina reason", () => {
    const r = run({ pain: ["lower-back"], numbness: ["saddle"] });
    expect(r.triage).toBe("emergency");
    expect(r.triageReasons[0]).toBe(v.redFlags["saddle-numbness"].reason);
    expect(r.advice.startsWith(v.advice.emergency.text)).toBe(true);
    expect(r.advice).not.toContain("Keep as active as the pain allows");
  });

  it("saddle pain is at least urgent and warns of cauda equina", () => {
    const r = run({ pain: ["saddle", "lower-back"] });
    expect(r.triage).toBe("urgent");
    expect(r.triageReasons).toContain(v.triage.saddlePain.text);
    expect(v.triage.saddlePain.text).toMatch(/cauda equina/);
  });

  it("saddle numbness stays one reason when the flag is also ticked", () => {
    const r = run({ numbness: ["saddle"], redFlags: ["saddle-numbness"] });
    expect(r.triageReasons.filter((x) => x === v.redFlags["saddle-numbness"].reason)).toHaveLength(
      1,
    );
  });

  it("leg symptoms on both sides are at least urgent, and say to go now if they are new", () => {
    const r = run({ side: "both", numbness: ["sole", "outer-foot"] });
    expect(r.triage).toBe("urgent");
    expect(r.triageReasons).toContain(v.triage.bothLegs.text);
    expect(v.triage.bothLegs.text).toMatch(/new.*emergency department now/);
  });

  it("weakness in the legs with symptoms on both sides is an emergency, with no conditional urgent reason", () => {
    const r = run({
      side: "both",
      pain: ["lower-back", "back-of-thigh"],
      strength: { "ankle-plantarflexion": "weak", "knee-extension": "normal" },
    });
    expect(r.triage).toBe("emergency");
    expect(r.triageReasons[0]).toBe(v.triage.bothLegsWeak.text);
    expect(r.triageReasons).not.toContain(v.triage.bothLegs.text);
    expect(v.triage.bothLegsWeak.text).toMatch(/cauda equina.*emergency department now/);
    // Ticking the flag as well gives its own reason, once.
    const ticked = run({
      side: "both",
      strength: { "ankle-plantarflexion": "weak" },
      redFlags: ["bilateral-leg-symptoms"],
    });
    expect(ticked.triageReasons).toEqual([v.redFlags["bilateral-leg-symptoms"].reason]);
    // Weakness on one side only stays as it was.
    expect(run({ side: "left", strength: { "ankle-plantarflexion": "weak" } }).triage).toBe(
      "routine",
    );
  });

  it("numbness or weakness in both arms is at least urgent, with the cord warning", () => {
    const r = run({ side: "both", numbness: ["thumb", "index-finger"] });
    expect(r.triage).toBe("urgent");
    expect(r.triageReasons).toContain(v.triage.bothArms.text);
  });
});

describe("combinations the clinical review found triaged too slowly", () => {
  it("a Horner syndrome with neck pain is an emergency (possible artery dissection)", () => {
    for (const area of ["neck", "side-of-neck", "back-of-head"]) {
      const r = run({ pain: [area], features: ["horner-signs"] });
      expect(r.triage, area).toBe("emergency");
      expect(r.triageReasons[0]).toBe(v.triage.hornerNeckPain.text);
      expect(v.triage.hornerNeckPain.sources).toContain("mccorry-2004");
    }
  });

  it("a Horner syndrome without neck pain stays urgent", () => {
    const r = run({ pain: ["inner-forearm"], features: ["horner-signs"] });
    expect(r.triage).toBe("urgent");
    expect(r.triageReasons).toContain(v.triage.horner.text);
  });

  it("a weakened immune system alone is urgent the same day, on its own reason", () => {
    const r = run({ pain: ["lower-back"], redFlags: ["immunosuppression"] });
    expect(r.triage).toBe("urgent");
    expect(r.triageReasons).toEqual([v.redFlags.immunosuppression.reason]);
    expect(v.redFlags.immunosuppression.reason).toMatch(/the same day/);
    expect(v.redFlags.immunosuppression.reason).not.toMatch(/within days/);
    expect(v.redFlags.immunosuppression.sources).toContain("darouiche-2006");
  });

  it("numbness over the shoulder blade points to the upper thoracic roots, not C7", () => {
    const area = v.areas["shoulder-blade"];
    const numb = Object.keys(area.roots);
    expect(numb.every((r) => /^t[2-6]$/.test(r))).toBe(true);
    for (const r of ["c5", "c6", "c7", "c8"]) expect(area.painRoots?.[r], r).toBeGreaterThan(0);
  });
});

describe("the walkthrough does not let a red flag slip through as an area or a self-check", () => {
  const walkTo = (step: string, answers: unknown[]) => {
    let s = start();
    for (const x of answers) s = next(s, v, x);
    expect(question(s, v)?.step).toBe(step);
    return s;
  };

  it("ticking the saddle as a numb area shows the emergency notice at once", () => {
    const s = walkTo("numbness", [[], [], [], "back-leg", "left", ["lower-back"]]);
    const after = next(s, v, ["saddle"]);
    expect(question(after, v)?.step).toBe("emergencyNotice");
    expect(after.answers.redFlags).toContain("saddle-numbness");
  });

  it("a self-check that could not be done at all is severe weakness, not only 'weak'", () => {
    const s = walkTo("numbness", [[], [], [], "back-leg", "left", ["calf"]]);
    let t = next(s, v, []);
    t = next(t, v, false); // not examined
    expect(question(t, v)?.step).toBe("strength");
    const q = question(t, v);
    const values = q && "choices" in q ? q.choices.map((c) => c.value) : [];
    expect(values).toEqual(["unsure", "normal", "weak", "none"]);
    const after = next(t, v, "none");
    expect(after.answers.redFlags).toContain("severe-weakness");
    expect(Object.values(after.answers.strength ?? {})).toContain("weak");
    expect(question(after, v)?.step).toBe("emergencyNotice");
  });

  it("an emergency made by a combination shows the notice at once too, not only in the result", () => {
    // Symptoms in both legs, then a leg the person finds weak.
    const both = walkTo("numbness", [[], [], [], "back-leg", "both", ["calf"]]);
    let t = next(next(both, v, []), v, false);
    expect(question(t, v)?.step).toBe("strength");
    t = next(t, v, "weak");
    expect(question(t, v)?.step).toBe("emergencyNotice");
    // A past cancer (an urgent flag), then a weak muscle: possible spinal metastasis.
    const cancer = walkTo("region", [[], [], ["cancer-history"]]);
    let c = next(next(next(next(cancer, v, "back-leg"), v, "left"), v, ["calf"]), v, []);
    c = next(c, v, false);
    expect(question(c, v)?.step).toBe("strength");
    expect(question(next(c, v, "weak"), v)?.step).toBe("emergencyNotice");
    // Weak on one side, with no red flag, goes on.
    const one = walkTo("numbness", [[], [], [], "back-leg", "left", ["calf"]]);
    const o = next(next(next(one, v, []), v, false), v, "weak");
    expect(question(o, v)?.step).not.toBe("emergencyNotice");
  });
});

describe("a black-box safety test's findings (2026-12-03), each failed before", () => {
  it("numbness of both buttocks or both inner thighs is the saddle: an emergency", () => {
    for (const numbness of [["buttock"], ["inner-thigh"], ["buttock", "inner-thigh"]]) {
      const r = run({ side: "both", numbness });
      expect(r.triage, numbness.join()).toBe("emergency");
      expect(r.triageReasons[0]).toBe(v.redFlags["saddle-numbness"].reason);
    }
    // One buttock is a root's territory, not the saddle.
    expect(run({ side: "left", numbness: ["buttock"] }).triage).toBe("routine");
  });

  it("when the spinal cord is the likeliest explanation, the result is never routine", () => {
    const r = run({
      side: "right",
      strength: { "shoulder-abduction": "weak", "hip-flexion": "weak" },
      numbness: ["whole-hand", "sole"],
    });
    expect(r.alternatives[0]?.id).toBe("myelopathy");
    expect(r.triage).toBe("urgent");
    expect(r.advice).not.toContain("Keep as active as the pain allows");
    // Pain alone names nothing (a second black-box test): neck and low-back ache stays routine.
    const ache = run({ pain: ["neck", "lower-back"] });
    expect(ache.triage).toBe("routine");
    expect(ache.triageReasons).toEqual([]);
  });

  it("weakness in an arm and a leg together is at least the same day, whatever the model ranks", () => {
    const r = run({ strength: { "shoulder-abduction": "weak", "knee-extension": "weak" } });
    expect(r.triage).toBe("urgent");
    expect(r.triageReasons).toContain(v.triage.armAndLegWeak.text);
  });

  it("a past cancer, an injury, a fever or weak immunity with a cord sign is an emergency", () => {
    const signs = [
      { features: ["babinski"] },
      { features: ["clonus"] },
      { features: ["hoffmann-sign"] },
      { reflexes: { knee: "brisk" } },
    ];
    for (const flag of [
      "cancer-history",
      "significant-trauma",
      "fever-or-unwell",
      "immunosuppression",
    ])
      for (const sign of signs)
        expect(run({ redFlags: [flag], ...sign }).triage, `${flag} ${JSON.stringify(sign)}`).toBe(
          "emergency",
        );
  });

  it("weakness in both arms says the same day, not within days", () => {
    const r = run({ side: "both", strength: { "finger-abduction": "weak" } });
    expect(r.triageReasons).toContain(v.triage.bothArmsWeak.text);
    expect(r.triageReasons).not.toContain(v.triage.bothArms.text);
    expect(v.triage.bothArmsWeak.text).toMatch(/same day/);
  });

  it("a Horner syndrome with a sign that the neck hurts is an emergency, like neck pain ticked", () => {
    for (const f of ["neck-movement-worse", "spurling-positive"])
      expect(run({ features: ["horner-signs", f] }).triage, f).toBe("emergency");
    expect(v.triage.horner.text).not.toMatch(/arm symptoms/);
  });

  it("no emergency red flag's reason offers a slower way, and the cauda equina reason comes first", () => {
    for (const [id, flag] of Object.entries(v.redFlags)) {
      if (flag.level !== "emergency") continue;
      expect(flag.reason, id).toMatch(/emergency department now|call .*now/i);
      expect(flag.reason, id).not.toMatch(/same day|within days/);
    }
    const r = run({ redFlags: ["gait-disturbance", "saddle-numbness"] });
    expect(r.triageReasons[0]).toBe(v.redFlags["saddle-numbness"].reason);
  });

  it("a warning sign that alone waits days, with a new deficit, says the same day instead", () => {
    for (const flag of ["osteoporosis", "unexplained-weight-loss", "night-pain"] as const) {
      const r = run({ redFlags: [flag], strength: { "ankle-dorsiflexion": "weak" } });
      expect(r.triageReasons, flag).toEqual([v.triage.withDeficit.text]);
      expect(run({ redFlags: [flag] }).triageReasons, flag).toEqual([v.redFlags[flag].reason]);
    }
  });

  it("shingles does not explain reflexes lost everywhere", () => {
    const all = Object.fromEntries(Object.keys(v.reflexes).map((id) => [id, "absent"]));
    expect(run({ reflexes: all }).alternatives.map((x) => x.id)).not.toContain("herpes-zoster");
  });
});

describe("a second black-box safety test's findings (2026-12-03), each failed before", () => {
  it("numbness in an arm and a leg points to the cord and is the same day; shingles needs its rash", () => {
    const r = run({ side: "left", numbness: ["whole-hand", "outer-shin"] });
    expect(r.alternatives[0]?.id).toBe("myelopathy");
    expect(r.triage).toBe("urgent");
    expect(r.alternatives.map((x) => x.id)).not.toContain("herpes-zoster");
    // Carpal tunnel and sciatica together are not shingles without a rash.
    const two = run({
      side: "right",
      numbness: ["thumb", "index-finger", "top-of-foot"],
      features: ["night-waking-hand"],
    });
    expect(two.alternatives.map((x) => x.id)).not.toContain("herpes-zoster");
  });

  it("weak feet on both sides without back or sciatic pain are urgent, not an emergency", () => {
    const neuropathy = run({
      side: "both",
      numbness: ["all-toes", "sole"],
      reflexes: { ankle: "absent" },
      strength: { "big-toe-extension": "weak" },
      features: ["diabetes"],
    });
    expect(neuropathy.triage).toBe("urgent");
    expect(neuropathy.triageReasons[0]).toBe(v.triage.bothLegs.text);
    const withBack = run({
      side: "both",
      pain: ["lower-back"],
      strength: { "big-toe-extension": "weak" },
    });
    expect(withBack.triage).toBe("emergency");
  });

  it("arm and leg weakness says a sudden start can be a stroke (ambulance)", () => {
    for (const text of [v.triage.armAndLegWeak.text, v.triage.cordPattern.text]) {
      expect(text).toMatch(/stroke/);
      expect(text).toMatch(/call an ambulance now/);
    }
    expect(v.triage.armAndLegWeak.sources).toContain("nice-ng128");
  });

  it("pain at the front of the chest is at least urgent, with the heart named", () => {
    const r = run({ side: "left", pain: ["chest-at-nipple-level", "armpit", "inner-upper-arm"] });
    expect(r.triage).toBe("urgent");
    expect(r.triageReasons).toContain(v.triage.chestPain.text);
    expect(v.triage.chestPain.text).toMatch(/heart[\s\S]*call an ambulance now/i);
  });

  it("weakness no two neighbouring roots explain is the same day; a one-root picture is not", () => {
    const leg = run({
      side: "left",
      strength: {
        "hip-flexion": "weak",
        "knee-extension": "weak",
        "ankle-dorsiflexion": "weak",
        "ankle-plantarflexion": "weak",
      },
    });
    expect(leg.triageReasons).toContain(v.triage.multiLevelWeak.text);
    const l4 = run({
      side: "left",
      strength: { "knee-extension": "weak", "hip-adduction": "weak", "ankle-inversion": "weak" },
    });
    expect(l4.triageReasons).not.toContain(v.triage.multiLevelWeak.text);
  });

  it("saddle pain with symptoms in both legs is an emergency, the text agreeing", () => {
    const r = run({ side: "both", pain: ["lower-back", "calf", "saddle"] });
    expect(r.triage).toBe("emergency");
    expect(r.triageReasons[0]).toBe(v.triage.saddlePainBothLegs.text);
    expect(r.triageReasons).not.toContain(v.triage.bothLegs.text);
  });

  it("a past cancer with wasted hand muscles is an emergency (cancer with nerve signs)", () => {
    const r = run({ redFlags: ["cancer-history"], features: ["hand-muscle-wasting"] });
    expect(r.triage).toBe("emergency");
  });

  it("the faster urgent reason comes first", () => {
    const r = run({ redFlags: ["unexplained-weight-loss", "significant-trauma"] });
    expect(r.triageReasons[0]).toBe(v.redFlags["significant-trauma"].reason);
  });
});
