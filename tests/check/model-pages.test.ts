/**
 * Where a page says how much a finding tells, the check's model must weigh it the same way
 * (docs/content-review.md, third pass): the pages and the engine read one set of sources.
 */
import { describe, expect, it } from "vitest";
import { parseAnswers } from "../../src/core/check/answers.js";
import { localize } from "../../src/core/check/localize.js";
import { answer, hypotheses, marginal } from "../../src/core/check/model.js";
import { content } from "../helpers.js";

const c = content();
const v = c.vocabulary;
const h = (id: string) => {
  const found = hypotheses(v).find((x) => x.id === id);
  if (!found) throw new Error(`no hypothesis ${id}`);
  return found;
};
const section = (page: string, id: string) =>
  (c.pages.find((p) => p.id === page)?.sections.find((s) => s.id === id)?.text ?? []).join(" ");

describe("the model weighs findings as the pages describe them", () => {
  it("a normal finger-flexor reflex does not rule C8 out", () => {
    expect(section("c8", "reflex")).toContain("a normal set of arm reflexes does not rule C8 out");
    const normal = answer("reflexes:finger-flexor=normal", "reflexes", "finger-flexor");
    // Less than a third lower than under an explanation that leaves the reflex alone.
    expect(marginal(h("c8"), normal)).toBeGreaterThan(0.6);
    expect(marginal(h("c8"), normal) / marginal(h("ulnar-neuropathy"), normal)).toBeGreaterThan(
      0.66,
    );
  });

  it("weak forearm pronation does not separate C6 from C7", () => {
    expect(section("c6", "myotome")).toContain("without choosing between them");
    expect(section("c7", "myotome")).toContain("does not separate C7 from C6");
    const weak = answer("strength:forearm-pronation=weak", "strength", "forearm-pronation", {
      weak: true,
    });
    expect(marginal(h("c6"), weak)).toBeCloseTo(marginal(h("c7"), weak), 6);
  });

  it("a rash in a band where the pain is points to shingles, in an arm as on the trunk", () => {
    expect(v.features["band-rash"].alternative).toBe("herpes-zoster");
    for (const pain of [
      ["outer-forearm", "thumb"],
      ["chest-at-nipple-level", "mid-back"],
    ]) {
      const r = localize(parseAnswers({ side: "right", pain, features: ["band-rash"] }), v);
      expect(r.alternatives[0]?.id, pain.join()).toBe("herpes-zoster");
      expect(r.triage).toBe("urgent");
    }
  });

  it("a cord sign a clinician found names the spinal cord, even when a root leads", () => {
    const r = localize(
      parseAnswers({
        side: "left",
        pain: ["neck", "outer-forearm"],
        numbness: ["thumb", "index-finger"],
        reflexes: { biceps: "reduced", brachioradialis: "reduced", triceps: "brisk" },
        features: ["hoffmann-sign"],
      }),
      v,
    );
    expect(r.candidates[0]?.root).toBe("c6");
    expect(r.alternatives.map((x) => x.id)).toContain("myelopathy");
    expect(r.triage).toBe("urgent");
  });

  it("brisk reflexes, clonus and Babinski with leg pain point to the cord, not to a root", () => {
    const r = localize(
      parseAnswers({
        side: "right",
        pain: ["back-of-thigh", "calf"],
        reflexes: { knee: "brisk", ankle: "brisk" },
        features: ["clonus", "babinski"],
      }),
      v,
    );
    expect(r.alternatives[0]?.id).toBe("myelopathy");
    expect(r.pattern).toBe("non-radicular");
  });
});
