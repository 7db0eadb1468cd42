/**
 * Triage first, by the rules of ../shared/contracts/check.md, before anything is localised. An
 * emergency red flag gives `emergency` whatever else is answered.
 */
import { nextRoot } from "../roots.js";
import type { AreaId, RedFlagId } from "../vocabulary-ids.js";
import type { Answers, Triage, Vocabulary } from "./types.js";

export interface TriageResult {
  triage: Triage;
  reasons: string[];
  /** Source ids behind the reasons. */
  sources: string[];
}

interface Reason {
  text: string;
  sources: string[];
}

/** A sign of the spinal cord: a brisk reflex, Hoffmann's sign, clonus or Babinski's sign. */
export function hasCordSign(a: Answers): boolean {
  const features = new Set<string>(a.features ?? []);
  return (
    Object.values(a.reflexes ?? {}).includes("brisk") ||
    features.has("hoffmann-sign") ||
    features.has("clonus") ||
    features.has("babinski")
  );
}

/**
 * A neurological finding: any weak movement, any numb area, any reduced or absent reflex (the
 * contract's), and a sign of the spinal cord or wasted hand muscles (radic's: only raising).
 */
export function hasDeficit(a: Answers): boolean {
  return (
    Object.values(a.strength ?? {}).includes("weak") ||
    (a.numbness ?? []).length > 0 ||
    Object.values(a.reflexes ?? {}).some((v) => v === "reduced" || v === "absent") ||
    hasCordSign(a) ||
    (a.features ?? []).includes("hand-muscle-wasting")
  );
}

/** Numb areas that make the saddle when both sides are numb: the buttocks, the inner thighs. */
const SADDLE_BOTH = ["buttock", "inner-thigh"] as const;

/**
 * Red flags that arrive as ordinary answers: numbness ticked in the saddle area is the
 * saddle-numbness red flag wherever it is answered (contract, triage), and so is numbness of
 * both buttocks or both inner thighs (the saddle as radic's pages describe it).
 */
export function impliedFlags(a: Answers): RedFlagId[] {
  const numb = a.numbness ?? [];
  const saddle =
    numb.includes("saddle") || (a.side === "both" && SADDLE_BOTH.some((x) => numb.includes(x)));
  return saddle ? ["saddle-numbness"] : [];
}

/** Areas that are not on a limb (the spine, buttock, saddle, head, neck and shoulder). */
export const NOT_LIMB: ReadonlySet<AreaId> = new Set<AreaId>([
  "lower-back",
  "buttock",
  "saddle",
  "back-of-head",
  "neck",
  "side-of-neck",
  "top-of-shoulder",
  "shoulder-blade",
]);
const NECK_PAIN = ["neck", "side-of-neck", "back-of-head"] as const;
/** Back pain and pain down the back of the leg: the pain of sciatica and cauda equina syndrome. */
const SCIATIC = ["lower-back", "buttock", "back-of-thigh", "calf", "outer-shin"] as const;
/** Pain at the front of the chest or upper belly, which may be the heart or the gut. */
const CHEST = ["chest-at-nipple-level", "upper-abdomen"] as const;
/** Weak movements no two neighbouring roots explain: fewer than this many never count. */
const SEVERAL_ROOTS = 3;

/** Signs that say the neck hurts, whatever areas were ticked. */
const NECK_FEATURES = ["neck-movement-worse", "spurling-positive"] as const;

/** Pain in the neck or head, as an area or as a sign that moving the neck brings it on. */
function neckPain(a: Answers): boolean {
  return (
    NECK_PAIN.some((x) => a.pain?.includes(x)) || NECK_FEATURES.some((x) => a.features?.includes(x))
  );
}

/**
 * Findings on both sides in the legs (side "both" with pain or numbness in a leg, or a weak leg
 * movement) or, with numbness or weakness, in the arms.
 */
function bothSides(a: Answers, v: Vocabulary, region: "back-leg" | "neck-arm"): boolean {
  if (a.side !== "both") return false;
  const areas = region === "back-leg" ? [...(a.pain ?? []), ...(a.numbness ?? [])] : a.numbness;
  const inLimb = (areas ?? []).some((id) => v.areas[id].region === region && !NOT_LIMB.has(id));
  return inLimb || weakOnBothSides(a, v, region);
}

/** Side "both" with a weak movement of that limb: a deficit, not only a symptom, on both sides. */
function weakOnBothSides(a: Answers, v: Vocabulary, region: "back-leg" | "neck-arm"): boolean {
  return a.side === "both" && weakIn(a, v, region);
}

/** The combinations that turn urgent flags into an emergency, and the flags they replace. */
function combinations(a: Answers, v: Vocabulary): { reasons: Reason[]; replaced: Set<string> } {
  const flags = new Set<string>(a.redFlags ?? []);
  const deficit = hasDeficit(a);
  const reasons: Reason[] = [];
  const replaced = new Set<string>();
  if (flags.has("significant-trauma") && deficit) {
    reasons.push(v.triage.traumaWithDeficit);
    replaced.add("significant-trauma");
  }
  const fever = flags.has("fever-or-unwell");
  const immune = flags.has("immunosuppression");
  if ((fever || immune) && (deficit || (fever && immune))) {
    reasons.push(deficit ? v.triage.infectionWithDeficit : v.triage.infection);
    replaced.add("fever-or-unwell").add("immunosuppression");
  }
  if (flags.has("cancer-history") && deficit) {
    reasons.push(v.triage.cancerWithDeficit);
    replaced.add("cancer-history");
  }
  // Leg symptoms on both sides with weakness in the legs: suspected cauda equina syndrome,
  // whether or not "new symptoms in both legs" was answered.
  // (With back or sciatic pain: weak feet on both sides without it are a polyneuropathy, a
  // nerve at each knee, the hips: urgent below, not an emergency.)
  const sciatic = SCIATIC.some((x) => a.pain?.includes(x));
  if (weakOnBothSides(a, v, "back-leg") && sciatic && !flags.has("bilateral-leg-symptoms")) {
    reasons.push(v.triage.bothLegsWeak);
    replaced.add("both-legs");
  }
  // Saddle pain with symptoms in both legs: suspected cauda equina syndrome.
  if (a.pain?.includes("saddle") && bothSides(a, v, "back-leg") && !flags.has("saddle-numbness")) {
    reasons.push(v.triage.saddlePainBothLegs);
    replaced.add("both-legs").add("saddle-pain");
  }
  // A new painful Horner syndrome is an artery dissection in the neck until proved otherwise.
  if ((a.features ?? []).includes("horner-signs") && neckPain(a)) {
    reasons.push(v.triage.hornerNeckPain);
    replaced.add("horner-signs");
  }
  return { reasons, replaced };
}

/** The warning signs that alone need a doctor within days, and with a new deficit the same day. */
const WITHIN_DAYS = ["osteoporosis", "unexplained-weight-loss", "night-pain"] as const;

/** The signs the contract makes at least urgent, and two more that radic adds (only raising). */
function urgentSigns(a: Answers, v: Vocabulary, replaced: Set<string>): Reason[] {
  const features = new Set<string>(a.features ?? []);
  const out: Reason[] = [];
  if (Object.values(a.reflexes ?? {}).includes("brisk")) out.push(v.triage.briskReflex);
  if (features.has("hoffmann-sign") || features.has("clonus") || features.has("babinski"))
    out.push(v.triage.cordSign);
  if (features.has("horner-signs") && !replaced.has("horner-signs")) out.push(v.triage.horner);
  // A rash in a band (shingles: antivirals work best early); leg symptoms on both sides, which
  // may be the first sign of cauda equina syndrome; numbness or weakness in both arms, which may
  // come from the cord; pain in the saddle, which can go with cauda equina syndrome.
  if (features.has("band-rash")) out.push(v.triage.shingles);
  const flags = new Set<string>([...(a.redFlags ?? []), ...impliedFlags(a)]);
  if (
    bothSides(a, v, "back-leg") &&
    !flags.has("bilateral-leg-symptoms") &&
    !replaced.has("both-legs")
  )
    out.push(v.triage.bothLegs);
  if (bothSides(a, v, "neck-arm") && !flags.has("hand-clumsiness"))
    out.push(weakOnBothSides(a, v, "neck-arm") ? v.triage.bothArmsWeak : v.triage.bothArms);
  if (
    (a.pain ?? []).includes("saddle") &&
    !flags.has("saddle-numbness") &&
    !replaced.has("saddle-pain")
  )
    out.push(v.triage.saddlePain);
  // Weakness in an arm and in a leg: no single root does that; the cord, or a stroke, can.
  if (weakIn(a, v, "neck-arm") && weakIn(a, v, "back-leg")) out.push(v.triage.armAndLegWeak);
  if (CHEST.some((x) => a.pain?.includes(x))) out.push(v.triage.chestPain);
  if (beyondTwoRoots(a, v)) out.push(v.triage.multiLevelWeak);
  if (WITHIN_DAYS.some((x) => flags.has(x)) && hasDeficit(a)) out.push(v.triage.withDeficit);
  return out;
}

/**
 * Whether the weak movements need more than two neighbouring roots: no root with its neighbour
 * below supplies every one of them (each at weight 0.5 or more).
 */
function beyondTwoRoots(a: Answers, v: Vocabulary): boolean {
  const weak = Object.entries(a.strength ?? {})
    .filter(([, s]) => s === "weak")
    .map(([id]) => v.movements[id as keyof Vocabulary["movements"]].roots);
  if (weak.length < SEVERAL_ROOTS) return false;
  const supplies = (w: Record<string, number>, root: string | undefined) =>
    root !== undefined && (w[root] ?? 0) >= 0.5;
  const roots = new Set(weak.flatMap((w) => Object.keys(w)));
  return ![...roots].some((r) => weak.every((w) => supplies(w, r) || supplies(w, nextRoot(r))));
}

/** A weak movement of that part of the body, on either side. */
function weakIn(a: Answers, v: Vocabulary, region: "back-leg" | "neck-arm"): boolean {
  return Object.entries(a.strength ?? {}).some(
    ([id, s]) => s === "weak" && v.movements[id as keyof Vocabulary["movements"]].region === region,
  );
}

export function triage(a: Answers, v: Vocabulary): TriageResult {
  // In the vocabulary's order: the cauda equina signs first, then the cord, then the rest.
  const given = new Set([...(a.redFlags ?? []), ...impliedFlags(a)]);
  const flags = (Object.keys(v.redFlags) as RedFlagId[]).filter((id) => given.has(id));
  const combos = combinations(a, v);
  const emergency: Reason[] = [
    ...flags
      .filter((id) => v.redFlags[id].level === "emergency")
      .map((id) => ({ text: v.redFlags[id].reason, sources: v.redFlags[id].sources })),
    ...combos.reasons,
  ];
  // With a new deficit, the warning signs that alone wait days say "the same day" (withDeficit).
  const slower = new Set<string>(hasDeficit(a) ? WITHIN_DAYS : []);
  const urgent: Reason[] = [
    ...flags
      .filter(
        (id) => v.redFlags[id].level === "urgent" && !combos.replaced.has(id) && !slower.has(id),
      )
      .map((id) => ({ text: v.redFlags[id].reason, sources: v.redFlags[id].sources })),
    ...urgentSigns(a, v, combos.replaced),
  ];
  // The faster advice first: a reason that says "within days" after those that say sooner.
  const slow = (r: Reason) => /within days/.test(r.text) && !/same day|today|now:/.test(r.text);
  urgent.sort((x, y) => Number(slow(x)) - Number(slow(y)));
  const level: Triage =
    emergency.length > 0 ? "emergency" : urgent.length > 0 ? "urgent" : "routine";
  // In an emergency the urgent reasons still matter, after the emergency ones.
  const all = [...emergency, ...urgent];
  return {
    triage: level,
    reasons: [...new Set(all.map((r) => r.text))],
    sources: [...new Set(all.flatMap((r) => r.sources))].sort(),
  };
}
