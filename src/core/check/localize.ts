/**
 * The localisation engine: answers in, result out, deterministic and with no I/O. It triages
 * first, then weighs every finding for and against each root from the vocabulary's weights —
 * normal findings count against the roots that would have changed them — and says when the
 * findings fit something other than one root, or when there is too little to go on.
 */
import { ROOT_IDS, rootIndex } from "../roots.js";
import type { FeatureId, MovementId, ReflexId } from "../vocabulary-ids.js";
import { alternativesFor } from "./alternatives.js";
import { triage } from "./triage.js";
import type { Answers, Candidate, Pattern, Result, RootWeights, Vocabulary } from "./types.js";

/** How much each kind of finding weighs when it fits a root's territory fully (weight 1). */
export const WEIGHT = {
  numbness: 1,
  pain: 0.5,
  weak: 1.2,
  reflex: 1.5,
  feature: 0.5,
  // Normal findings count against, but weakly: bedside strength and reflex tests miss many root
  // lesions (motor sensitivity 0.13–0.61; tawa-2017), so "normal" rules little out.
  sensationNormal: 0.5,
  strengthNormal: 0.3,
  reflexNormal: 0.4,
} as const;

/** A normal finding counts against a root only where the root would clearly have changed it. */
const AGAINST_FROM = 0.5;
/** Roots within this share of the best score are "about equal". */
const EQUAL = 0.75;
/** Below this, the best root explains too little. */
const MIN_SCORE = 0.35;

interface Finding {
  /** `numbness:outer-foot`, `strength:ankle-plantarflexion=weak` */
  label: string;
  roots: RootWeights;
  /** What the finding adds to a root it fits fully. */
  weight: number;
  /** What a perfect explanation of this finding would add (pain localises only half as well). */
  full: number;
  sources: string[];
  against: boolean;
}

const uniq = <T>(xs: readonly T[] | undefined): T[] => [...new Set(xs ?? [])].sort();

/** Every finding in the answers, in a fixed order whatever order they were given in. */
function findings(a: Answers, v: Vocabulary): Finding[] {
  const out: Finding[] = [];
  const add = (
    label: string,
    roots: RootWeights,
    weight: number,
    sources: string[],
    against: boolean,
    full = weight,
  ) => out.push({ label, roots, weight, full, sources, against });
  for (const id of uniq(a.numbness))
    add(`numbness:${id}`, v.areas[id].roots, WEIGHT.numbness, v.areas[id].sources, false);
  for (const id of uniq(a.pain)) {
    const e = v.areas[id];
    // Pain localises less well than numbness: it adds half as much, out of a full share.
    add(`pain:${id}`, e.painRoots ?? e.roots, WEIGHT.pain, e.sources, false, 1);
  }
  for (const id of uniq(a.sensationNormal)) {
    add(
      `sensationNormal:${id}`,
      v.areas[id].roots,
      WEIGHT.sensationNormal,
      v.areas[id].sources,
      true,
    );
  }
  for (const [id, s] of Object.entries(a.strength ?? {}).sort()) {
    const e = v.movements[id as MovementId];
    const weak = s === "weak";
    add(
      `strength:${id}=${s}`,
      e.roots,
      weak ? WEIGHT.weak : WEIGHT.strengthNormal,
      e.sources,
      !weak,
    );
  }
  for (const [id, r] of Object.entries(a.reflexes ?? {}).sort()) {
    if (r === "brisk") continue; // a cord sign, not a root sign: triage and alternatives handle it
    const e = v.reflexes[id as ReflexId];
    const down = r === "reduced" || r === "absent";
    add(
      `reflexes:${id}=${r}`,
      e.roots,
      down ? WEIGHT.reflex : WEIGHT.reflexNormal,
      e.sources,
      !down,
    );
  }
  for (const id of uniq(a.features)) {
    const e = v.features[id as FeatureId];
    if (Object.keys(e.roots).length > 0)
      add(`features:${id}`, e.roots, WEIGHT.feature, e.sources, false);
  }
  return out;
}

/** Score every root: support minus evidence against, as a share of what a perfect fit would get. */
function score(fs: Finding[]): Candidate[] {
  const possible = fs.filter((f) => !f.against).reduce((n, f) => n + f.full, 0);
  if (possible === 0) return [];
  const scored = ROOT_IDS.flatMap((root) => {
    let raw = 0;
    const supports: string[] = [];
    const against: string[] = [];
    for (const f of fs) {
      const w = f.roots[root] ?? 0;
      if (w === 0) continue;
      if (!f.against) {
        raw += w * f.weight;
        supports.push(f.label);
      } else if (w >= AGAINST_FROM) {
        raw -= w * f.weight;
        against.push(f.label);
      }
    }
    if (raw <= 0 || supports.length === 0) return [];
    return [
      { root, score: Math.round(Math.min(1, raw / possible) * 100) / 100, supports, against },
    ];
  });
  return scored.sort((x, y) => y.score - x.score || rootIndex(x.root) - rootIndex(y.root));
}

/** A localising finding: numbness, pain in a root's own territory, weakness or a reduced reflex. */
function localising(fs: Finding[]): boolean {
  return fs.some(
    (f) =>
      !f.against &&
      !f.label.startsWith("features:") &&
      (!f.label.startsWith("pain:") || Object.values(f.roots).some((w) => w >= AGAINST_FROM)),
  );
}

function patternOf(cands: Candidate[]): Pattern {
  const top = cands[0];
  if (!top || top.score < MIN_SCORE) return "insufficient";
  const near = cands.filter((c) => c.score >= top.score * EQUAL);
  if (near.length === 1) return "single-root";
  if (
    near.length === 2 &&
    Math.abs(rootIndex(near[0]?.root ?? "") - rootIndex(near[1]?.root ?? "")) === 1
  ) {
    return "two-roots";
  }
  return "multi-root";
}

/**
 * Localise: triage, candidate roots with the findings for and against each, alternatives,
 * plain advice and the sources behind it all.
 */
export function localize(a: Answers, v: Vocabulary): Result {
  const t = triage(a, v);
  const fs = findings(a, v);
  const alternatives = alternativesFor(a);
  let cands = localising(fs) ? score(fs) : [];
  let pattern = patternOf(cands);
  const decisive = alternatives.some((x) => x.strength === "decisive");
  // A decisive alternative was found by the very features that tell it from a root (its rule
  // checks that no root sign contradicts it), so it wins.
  if (decisive) pattern = "non-radicular";
  if (pattern === "insufficient" || pattern === "non-radicular") cands = [];
  else {
    const top = cands[0]?.score ?? 0;
    cands = cands.filter((c) => c.score >= Math.max(0.15, top * 0.25)).slice(0, 4);
  }
  const advice =
    pattern === "non-radicular"
      ? v.advice.nonRadicular
      : pattern === "insufficient"
        ? v.advice.insufficient
        : undefined;
  const triageAdvice = v.advice[t.triage];
  const alts = alternatives.map((x) => ({ id: x.id, why: v.alternatives[x.id]?.why ?? x.id }));
  const used = new Set(cands.flatMap((c) => c.supports.concat(c.against)));
  const sources = new Set([
    ...t.sources,
    ...triageAdvice.sources,
    ...(advice?.sources ?? []),
    ...alternatives.flatMap((x) => v.alternatives[x.id]?.sources ?? []),
    ...fs.filter((f) => used.has(f.label)).flatMap((f) => f.sources),
  ]);
  return {
    triage: t.triage,
    triageReasons: t.reasons,
    pattern,
    candidates: cands,
    alternatives: alts,
    // What to do about a red flag comes first; the pattern's advice follows it.
    advice: (t.triage === "routine"
      ? [advice?.text, triageAdvice.text]
      : [triageAdvice.text, advice?.text]
    )
      .filter(Boolean)
      .join(" "),
    sources: [...sources].sort(),
  };
}
