/**
 * Triage first, by the rules of ../shared/contracts/check.md, before anything is localised. An
 * emergency red flag gives `emergency` whatever else is answered.
 */
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

/** A neurological finding: any weak movement, any numb area, any reduced or absent reflex. */
export function hasDeficit(a: Answers): boolean {
  return (
    Object.values(a.strength ?? {}).includes("weak") ||
    (a.numbness ?? []).length > 0 ||
    Object.values(a.reflexes ?? {}).some((v) => v === "reduced" || v === "absent")
  );
}

const NOT_LEG = new Set(["lower-back", "buttock", "saddle"]);

/** Leg findings on both sides: side "both" with pain or numbness in a leg, or a weak leg movement. */
function bothLegs(a: Answers, v: Vocabulary): boolean {
  if (a.side !== "both") return false;
  const areas = [...(a.pain ?? []), ...(a.numbness ?? [])];
  const legArea = areas.some((id) => v.areas[id].region === "back-leg" && !NOT_LEG.has(id));
  const legWeak = Object.entries(a.strength ?? {}).some(
    ([id, s]) =>
      s === "weak" && v.movements[id as keyof Vocabulary["movements"]].region === "back-leg",
  );
  return legArea || legWeak;
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
  return { reasons, replaced };
}

/** The signs the contract makes at least urgent, and two more that radic adds (only raising). */
function urgentSigns(a: Answers, v: Vocabulary): Reason[] {
  const features = new Set<string>(a.features ?? []);
  const out: Reason[] = [];
  if (Object.values(a.reflexes ?? {}).includes("brisk")) out.push(v.triage.briskReflex);
  if (features.has("hoffmann-sign") || features.has("clonus") || features.has("babinski"))
    out.push(v.triage.cordSign);
  if (features.has("horner-signs")) out.push(v.triage.horner);
  // A rash in a band (shingles: antivirals work best early), and leg symptoms on both sides,
  // which may be the first sign of cauda equina syndrome.
  if (features.has("band-rash")) out.push(v.triage.shingles);
  if (bothLegs(a, v) && !(a.redFlags ?? []).includes("bilateral-leg-symptoms"))
    out.push(v.triage.bothLegs);
  return out;
}

export function triage(a: Answers, v: Vocabulary): TriageResult {
  const flags = [...new Set(a.redFlags ?? [])].sort();
  const combos = combinations(a, v);
  const emergency: Reason[] = [
    ...flags
      .filter((id) => v.redFlags[id].level === "emergency")
      .map((id) => ({ text: v.redFlags[id].reason, sources: v.redFlags[id].sources })),
    ...combos.reasons,
  ];
  const urgent: Reason[] = [
    ...flags
      .filter((id) => v.redFlags[id].level === "urgent" && !combos.replaced.has(id))
      .map((id) => ({ text: v.redFlags[id].reason, sources: v.redFlags[id].sources })),
    ...urgentSigns(a, v),
  ];
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
