/**
 * What is not one nerve root. Each rule reads the answers and says whether an alternative is
 * decisive (it explains the findings better than a root) or only possible. The rules follow the
 * distinctions the pages make (data/topics/differential-diagnosis.json); the words shown are
 * content (data/vocabulary.json, `alternatives`).
 */
import type { AreaId } from "../vocabulary-ids.js";
import type { Answers } from "./types.js";

export type Strength = "decisive" | "possible";

interface View {
  areas: Set<AreaId>;
  numb: Set<AreaId>;
  normal: Set<AreaId>;
  weak: Set<string>;
  strong: Set<string>;
  reflexDown: Set<string>;
  brisk: boolean;
  features: Set<string>;
  flags: Set<string>;
}

function view(a: Answers): View {
  return {
    areas: new Set([...(a.pain ?? []), ...(a.numbness ?? [])]),
    numb: new Set(a.numbness ?? []),
    normal: new Set(a.sensationNormal ?? []),
    weak: new Set(
      Object.entries(a.strength ?? {})
        .filter(([, s]) => s === "weak")
        .map(([m]) => m),
    ),
    strong: new Set(
      Object.entries(a.strength ?? {})
        .filter(([, s]) => s === "normal")
        .map(([m]) => m),
    ),
    reflexDown: new Set(
      Object.entries(a.reflexes ?? {})
        .filter(([, r]) => r === "reduced" || r === "absent")
        .map(([x]) => x),
    ),
    brisk: Object.values(a.reflexes ?? {}).includes("brisk"),
    features: new Set(a.features ?? []),
    flags: new Set(a.redFlags ?? []),
  };
}

const any = <T>(set: Set<T>, items: readonly T[]) => items.some((i) => set.has(i));
const only = <T>(set: Set<T>, items: readonly T[]) =>
  set.size > 0 && [...set].every((i) => items.includes(i));

const FEET: AreaId[] = [
  "sole",
  "all-toes",
  "top-of-foot",
  "big-toe",
  "little-toe",
  "outer-foot",
  "heel",
  "first-web-space",
];
const MEDIAN: AreaId[] = ["thumb", "index-finger", "middle-finger", "palm", "whole-hand"];
const ULNAR: AreaId[] = ["ring-finger", "little-finger"];
const HIP: AreaId[] = [
  "groin",
  "upper-front-thigh",
  "lower-front-thigh",
  "buttock",
  "outer-thigh",
  "lower-back",
];
const SHOULDER: AreaId[] = ["top-of-shoulder", "outer-upper-arm", "shoulder-blade", "neck"];

type Rule = (v: View) => Strength | undefined;

const RULES: Record<string, Rule> = {
  myelopathy: (v) => {
    const cord = v.brisk || any(v.features, ["hoffmann-sign", "clonus", "babinski"]);
    const walking = any(v.flags, ["hand-clumsiness", "gait-disturbance"]);
    if (!cord && !walking) return undefined;
    return cord && v.weak.size + v.numb.size + v.reflexDown.size === 0 ? "decisive" : "possible";
  },
  "carpal-tunnel": (v) => {
    const signs = ["night-waking-hand", "shaking-hand-relieves", "phalen-tinel-positive"].filter(
      (f) => v.features.has(f),
    );
    if (signs.length === 0 || !any(v.areas, MEDIAN)) return undefined;
    const forearmNormal = any(v.normal, ["outer-forearm", "back-of-forearm", "inner-forearm"]);
    const rootSigns = v.reflexDown.size > 0 || [...v.weak].some((m) => m !== "thumb-abduction");
    return !rootSigns && (signs.length >= 2 || forearmNormal) ? "decisive" : "possible";
  },
  "ulnar-neuropathy": (v) => {
    if (!v.features.has("ulnar-nerve-tender-at-elbow") || !any(v.areas, ULNAR)) return undefined;
    const c8Signs =
      v.numb.has("inner-forearm") ||
      v.reflexDown.has("finger-flexor") ||
      v.weak.has("thumb-abduction");
    return !c8Signs && (v.normal.has("inner-forearm") || v.strong.has("thumb-abduction"))
      ? "decisive"
      : "possible";
  },
  "peroneal-neuropathy": (v) => {
    const footDrop = v.weak.has("ankle-dorsiflexion") || v.weak.has("big-toe-extension");
    const spared = v.strong.has("ankle-inversion") && v.strong.has("hip-abduction");
    if (footDrop && spared) return "decisive";
    if (
      v.features.has("pressure-at-fibular-head") &&
      (footDrop || any(v.areas, ["outer-shin", "top-of-foot"]))
    ) {
      return "possible";
    }
    return undefined;
  },
  "femoral-neuropathy": (v) => {
    if (!v.weak.has("knee-extension")) return undefined;
    return v.strong.has("hip-adduction") && !v.weak.has("ankle-dorsiflexion")
      ? "decisive"
      : undefined;
  },
  polyneuropathy: (v) => {
    const feet = [...v.numb].filter((x) => FEET.includes(x)).length > 0;
    const hands = v.numb.has("whole-hand") || v.numb.has("palm");
    const bilateral = v.flags.has("bilateral-leg-symptoms");
    if (!feet) return undefined;
    if ((v.features.has("diabetes") || hands) && v.numb.has("all-toes")) return "decisive";
    return bilateral || v.features.has("diabetes") || v.numb.has("all-toes")
      ? "possible"
      : undefined;
  },
  "hip-joint": (v) => {
    if (!v.features.has("hip-movement-painful") || !any(v.areas, HIP)) return undefined;
    return v.numb.size === 0 && v.weak.size === 0 && v.reflexDown.size === 0
      ? "decisive"
      : "possible";
  },
  "shoulder-joint": (v) => {
    if (!v.features.has("passive-shoulder-movement-painful") || !any(v.areas, SHOULDER))
      return undefined;
    return v.numb.size === 0 && v.reflexDown.size === 0 ? "decisive" : "possible";
  },
  "meralgia-paresthetica": (v) => {
    if (!v.areas.has("outer-thigh") || !only(v.areas, ["outer-thigh"])) return undefined;
    return v.weak.size === 0 && v.reflexDown.size === 0 ? "decisive" : "possible";
  },
  piriformis: (v) => {
    if (!only(v.areas, ["buttock", "back-of-thigh", "lower-back"]) || !v.areas.has("buttock"))
      return undefined;
    const deficit = v.numb.size + v.weak.size + v.reflexDown.size > 0;
    return deficit || v.features.has("straight-leg-raise-positive") ? undefined : "possible";
  },
  "herpes-zoster": (v) => (v.features.has("band-rash") ? "decisive" : undefined),
};

/** Alternatives that fit the answers, decisive ones first, each once, in a fixed order. */
export function alternativesFor(a: Answers): { id: string; strength: Strength }[] {
  const v = view(a);
  const found = Object.entries(RULES).flatMap(([id, rule]) => {
    const strength = rule(v);
    return strength ? [{ id, strength }] : [];
  });
  return [
    ...found.filter((f) => f.strength === "decisive"),
    ...found.filter((f) => f.strength === "possible"),
  ];
}
