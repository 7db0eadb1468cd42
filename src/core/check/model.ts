/**
 * The hypotheses of the check's model and the probability of the answers under each of them.
 * Every number comes from data/vocabulary.json (`model`, and the roots' territories in `areas`,
 * `movements`, `reflexes`, `features`); this file only says how they combine
 * (docs/decisions/007-check-model.md):
 *
 * - A root may affect feeling, strength and reflexes, or only some of them: a lesion that spares
 *   strength spares it in every muscle. So within each of those three groups the findings share
 *   one hidden "involved or not" (probability `involvement`); when involved, a finding in the
 *   root's own territory (weight 1) is present with probability `sensitivity`, in shared
 *   territory in proportion to its weight; otherwise with the small probability `leak`. Pain,
 *   features and the side count one by one.
 * - Two neighbouring roots: either root can cause a finding (noisy-OR).
 * - Anything else (a peripheral nerve, polyneuropathy, the cord, a joint, shingles): the
 *   probabilities listed for it, and the leak for everything it does not list.
 * - A finding far from a hypothesis's region (a numb foot under C6) is fifty times rarer than
 *   the leak, so a full normal examination of the arm does not make a leg root likely.
 *
 * A finding tested and found normal has probability 1 − P(present), so it counts, weakly.
 */
import { ROOT_IDS, rootIndex } from "../roots.js";
import {
  AREA_IDS,
  type AreaId,
  FEATURE_IDS,
  type FeatureId,
  MOVEMENT_IDS,
  type MovementId,
  RED_FLAG_IDS,
  REFLEX_IDS,
  type RedFlagId,
  type ReflexId,
} from "../vocabulary-ids.js";
import type { Answers, HypothesisEntry, Model, Region, RootWeights, Vocabulary } from "./types.js";

/**
 * One thing that was answered, keyed in the contract's `kind:id[=value]` form (`n` is the key's
 * number, filled in when it is first weighed).
 */
export type Observation = { key: string; n?: number | undefined } & (
  | { kind: "numbness" | "pain" | "sensationNormal" | "unreported"; id: AreaId }
  | { kind: "strength"; id: MovementId; weak: boolean }
  | { kind: "reflexes"; id: ReflexId; value: "normal" | "down" | "brisk" }
  | { kind: "features"; id: FeatureId }
  | { kind: "redFlags"; id: RedFlagId }
  | { kind: "side"; both: boolean }
);

/**
 * Make an answer. Every answer has the same fields, whatever its kind (those it does not use are
 * left at a default), so that the engine's hot functions see one shape of object, not a dozen:
 * V8 then keeps their optimised code instead of throwing it away (docs/decisions/007).
 */
export function answer(
  key: string,
  kind: Observation["kind"],
  id: string,
  more: { weak?: boolean; value?: "normal" | "down" | "brisk"; both?: boolean } = {},
): Observation {
  return {
    n: undefined,
    key,
    kind,
    id,
    weak: more.weak ?? false,
    value: more.value ?? "normal",
    both: more.both ?? false,
  } as Observation;
}

/** The groups whose findings share one hidden "involved or not". */
type Group = "sensory" | "motor" | "reflex";

function groupOf(o: Observation): Group | undefined {
  if (o.kind === "numbness" || o.kind === "sensationNormal" || o.kind === "unreported")
    return "sensory";
  if (o.kind === "strength") return "motor";
  if (o.kind === "reflexes") return "reflex";
  return undefined;
}

/** P(finding present | hypothesis, its group involved or not). */
type Present = (o: Observation, involved: boolean) => number;

export interface Hypothesis {
  id: string;
  kind: "root" | "pair" | "other";
  /** The roots it involves: one, two neighbours, or none. */
  roots: string[];
  region: Region | "any";
  /** Every part of the body where some finding belongs to it (its own region, and beyond). */
  reach: Set<Region | "any">;
  prior: number;
  /** P(a group is involved); 1 for hypotheses listed with plain probabilities. */
  involvement: Record<Group, number>;
  /** The chance that numbness a person has in an area is among the areas they tick. */
  reported: number;
  /** log P(answer | involved, not involved), by answer number: the same answers are weighed again and again. */
  memo: { on: number[] | Float64Array; off: number[] | Float64Array };
  present: Present;
}

/** A Present made only when first needed (with the model's table, it rarely is). */
function lazy(make: () => Present): Present {
  let present: Present | undefined;
  return (o, involved) => {
    present ??= make();
    return present(o, involved);
  };
}

/** A Present that remembers its answers by answer number. */
function remembered(present: Present): Present {
  const on: number[] = [];
  const off: number[] = [];
  return (o, involved) => {
    const table = involved ? on : off;
    const n = numberOf(o);
    let p = table[n];
    if (p === undefined) {
      p = present(o, involved);
      table[n] = p;
    }
    return p;
  };
}

/** Probabilities stay inside (0, 1): no single answer can prove the model wrong. */
const clamp = (p: number) => Math.min(0.99, Math.max(1e-6, p));
/** How much rarer than the leak a finding is outside the hypothesis's region. */
const FAR = 0.02;

function regionOfRoot(root: string): Region {
  if (root.startsWith("c") || root === "t1") return "neck-arm";
  return root.startsWith("t") ? "trunk" : "back-leg";
}

/** The region of the body a finding belongs to ("any" for a feature that fits anywhere). */
function findingRegion(o: Observation, v: Vocabulary): Region | "any" {
  switch (o.kind) {
    case "numbness":
    case "sensationNormal":
    case "unreported":
    case "pain":
      return v.areas[o.id].region;
    case "strength":
      return v.movements[o.id].region;
    case "reflexes":
      return v.reflexes[o.id].region;
    case "features":
      return v.features[o.id].region;
    default:
      return "any";
  }
}

function leakFor(o: Observation, v: Vocabulary, region: Region | "any", leak: number): number {
  const r = findingRegion(o, v);
  return r === "any" || region === "any" || r === region ? leak : leak * FAR;
}

function rootPresent(root: string, v: Vocabulary): Present {
  const k = v.model.kinds;
  const region = regionOfRoot(root);
  const w = (weights: RootWeights | undefined) => weights?.[root] ?? 0;
  /** leak + (sensitivity − leak) × weight, when involved; the leak alone when not. */
  const scale = (
    o: Observation,
    kind: keyof Model["kinds"],
    wt: number,
    on: boolean,
    base?: number,
    sensitivity = k[kind].sensitivity,
  ) => {
    const leak = wt > 0 ? (base ?? k[kind].leak) : leakFor(o, v, region, base ?? k[kind].leak);
    return on ? leak + (sensitivity - leak) * wt : leak;
  };
  return (o, on) => {
    switch (o.kind) {
      case "numbness":
      case "sensationNormal":
      case "unreported":
        return scale(o, "numbness", w(v.areas[o.id].roots), on);
      case "pain":
        return scale(o, "pain", w(v.areas[o.id].painRoots ?? v.areas[o.id].roots), true);
      case "strength":
        return scale(o, "weak", w(v.movements[o.id].roots), on);
      case "reflexes":
        if (o.value === "brisk") return leakFor(o, v, region, k.brisk.leak);
        return scale(
          o,
          "reflex",
          w(v.reflexes[o.id].roots),
          on,
          v.model.reflexLeak[o.id]?.value,
          v.model.reflexSensitivity[o.id]?.value,
        );
      case "features": {
        const f = v.features[o.id];
        const own = Object.keys(f.roots).length === 0 && f.radicular ? 1 : w(f.roots);
        const base = v.model.featureLeak[o.id]?.value ?? k.feature.leak;
        const leak = own > 0 ? base : leakFor(o, v, region, base);
        const sens = v.model.featureSensitivity[o.id]?.value ?? k.feature.sensitivity;
        return leak + (sens - leak) * own;
      }
      case "redFlags":
        return k.redFlag.leak;
      case "side":
        return k.bothSides.leak;
    }
  };
}

function otherPresent(h: HypothesisEntry, v: Vocabulary): Present {
  const k = v.model.kinds;
  const leak = (o: Observation, base: number) => leakFor(o, v, h.region, base);
  return (o) => {
    switch (o.kind) {
      case "numbness":
      case "sensationNormal":
      case "unreported":
        return h.numbness?.[o.id] ?? h.otherAreas?.numbness ?? leak(o, k.numbness.leak);
      case "pain":
        return h.pain?.[o.id] ?? h.otherAreas?.pain ?? leak(o, k.pain.leak);
      case "strength":
        return h.weak?.[o.id] ?? leak(o, k.weak.leak);
      case "reflexes":
        if (o.value === "brisk") return h.brisk ?? leak(o, k.brisk.leak);
        return h.reflexes?.[o.id] ?? leak(o, v.model.reflexLeak[o.id]?.value ?? k.reflex.leak);
      case "features":
        return h.features?.[o.id] ?? leak(o, v.model.featureLeak[o.id]?.value ?? k.feature.leak);
      case "redFlags":
        return h.redFlags?.[o.id] ?? k.redFlag.leak;
      case "side":
        return h.bothSides;
    }
  };
}

const briskCache = new Map<string, Observation>();
/** The same reflex found brisk, as an answer of its own (made once per reflex). */
function briskOf(o: Observation & { kind: "reflexes" }): Observation {
  let b = briskCache.get(o.id);
  if (!b) {
    b = answer(`reflexes:${o.id}=brisk`, "reflexes", o.id, { value: "brisk" });
    briskCache.set(o.id, b);
  }
  return b;
}

/** The probability of the observation itself, from the probability of the finding being present. */
function probability(h: Hypothesis, o: Observation, on: boolean, reported: number): number {
  const p = h.present(o, on);
  switch (o.kind) {
    case "sensationNormal":
      return clamp(1 - p);
    case "unreported":
      return clamp(1 - reported * p);
    case "strength":
      return clamp(o.weak ? p : 1 - p);
    case "reflexes": {
      if (o.value !== "normal") return clamp(p);
      // Normal means neither reduced nor brisk.
      const brisk = h.present(briskOf(o), on);
      return clamp(1 - p - brisk);
    }
    case "side":
      return clamp(o.both ? p : 1 - p);
    default:
      return clamp(p);
  }
}

/**
 * Every answer there can be, in a fixed order: the numbering of the model's table (one column
 * per answer; reduced and absent reflexes are one answer, as are left and right).
 */
export function answerKeys(): string[] {
  const keys: string[] = [];
  for (const id of AREA_IDS)
    keys.push(`numbness:${id}`, `pain:${id}`, `sensationNormal:${id}`, `numbness:${id}=unreported`);
  for (const id of MOVEMENT_IDS) keys.push(`strength:${id}=weak`, `strength:${id}=normal`);
  for (const id of REFLEX_IDS)
    keys.push(`reflexes:${id}=down`, `reflexes:${id}=normal`, `reflexes:${id}=brisk`);
  for (const id of FEATURE_IDS) keys.push(`features:${id}`);
  for (const id of RED_FLAG_IDS) keys.push(`redFlags:${id}`);
  keys.push("side:both", "side:one");
  return keys;
}

/** The table's name for an answer. */
function canonical(o: Observation): string {
  if (o.kind === "reflexes") return `reflexes:${o.id}=${o.value}`;
  if (o.kind === "side") return o.both ? "side:both" : "side:one";
  return o.key;
}

let numbers: Map<string, number> | undefined;
/** The answer's column in the model's table (numbered once per process). */
function numberOf(o: Observation): number {
  if (o.n !== undefined) return o.n;
  numbers ??= new Map(answerKeys().map((k, i) => [k, i]));
  const key = canonical(o);
  let n = numbers.get(key);
  if (n === undefined) {
    n = numbers.size;
    numbers.set(key, n);
  }
  o.n = n;
  return n;
}

function logP(h: Hypothesis, o: Observation, on: boolean): number {
  const n = numberOf(o);
  const table = on ? h.memo.on : h.memo.off;
  let l = table[n];
  if (l === undefined) {
    l = Math.log(probability(h, o, on, h.reported));
    if (Array.isArray(table)) table[n] = l;
  }
  return l;
}

/**
 * The evidence of some answers under one hypothesis, kept apart by group so that one more
 * answer can be added without going over all of them again (next.ts asks "what if" often).
 */
export interface Evidence {
  /** Log-probability of the answers outside the groups. */
  rest: number;
  /** Per group: log-probability if involved, if not, and how many answers it holds. */
  groups: Record<Group, { on: number; off: number; n: number }>;
}

/** Add (sign 1) or take away (sign −1) answers to the evidence under a hypothesis. */
export function addEvidence(
  h: Hypothesis,
  e: Evidence,
  obs: readonly Observation[],
  sign: 1 | -1 = 1,
): Evidence {
  const out: Evidence = {
    rest: e.rest,
    groups: {
      sensory: { ...e.groups.sensory },
      motor: { ...e.groups.motor },
      reflex: { ...e.groups.reflex },
    },
  };
  for (const o of obs) {
    const g = groupOf(o);
    if (!g) {
      out.rest += sign * logP(h, o, true);
      continue;
    }
    const x = out.groups[g];
    x.on += sign * logP(h, o, true);
    x.off += sign * logP(h, o, false);
    x.n += sign;
  }
  return out;
}

const NO_ANSWERS: readonly Observation[] = [];
const NONE: Evidence = {
  rest: 0,
  groups: {
    sensory: { on: 0, off: 0, n: 0 },
    motor: { on: 0, off: 0, n: 0 },
    reflex: { on: 0, off: 0, n: 0 },
  },
};

/** The log-probability the evidence adds up to: each group summed over "involved or not". */
export function totalOf(h: Hypothesis, e: Evidence): number {
  return totalWith(h, e, NO_ANSWERS, NO_ANSWERS);
}

/** log(s·e^a + (1 − s)·e^b), safely: a group's answers summed over "involved or not". */
function mix(s: number, a: number, b: number): number {
  const top = Math.max(a, b);
  return top + Math.log(s * Math.exp(a - top) + (1 - s) * Math.exp(b - top));
}

/**
 * The log-probability of the evidence with some answers added and some taken away, without
 * building new evidence (next.ts asks this for every question it might ask; it allocates nothing,
 * so that asking it often does not wake the garbage collector).
 */
export function totalWith(
  h: Hypothesis,
  e: Evidence,
  add: readonly Observation[],
  remove: readonly Observation[],
): number {
  let rest = e.rest;
  let sOn = e.groups.sensory.on;
  let sOff = e.groups.sensory.off;
  let sN = e.groups.sensory.n;
  let mOn = e.groups.motor.on;
  let mOff = e.groups.motor.off;
  let mN = e.groups.motor.n;
  let rOn = e.groups.reflex.on;
  let rOff = e.groups.reflex.off;
  let rN = e.groups.reflex.n;
  const count = add.length + remove.length;
  for (let j = 0; j < count; j++) {
    const o = (j < add.length ? add[j] : remove[j - add.length]) as Observation;
    const sign = j < add.length ? 1 : -1;
    const g = groupOf(o);
    const on = sign * logP(h, o, true);
    if (g === undefined) {
      rest += on;
      continue;
    }
    const off = sign * logP(h, o, false);
    if (g === "sensory") {
      sOn += on;
      sOff += off;
      sN += sign;
    } else if (g === "motor") {
      mOn += on;
      mOff += off;
      mN += sign;
    } else {
      rOn += on;
      rOff += off;
      rN += sign;
    }
  }
  let total = rest;
  if (sN !== 0) total += mix(h.involvement.sensory, sOn, sOff);
  if (mN !== 0) total += mix(h.involvement.motor, mOn, mOff);
  if (rN !== 0) total += mix(h.involvement.reflex, rOn, rOff);
  return total;
}

export function evidence(h: Hypothesis, obs: readonly Observation[]): Evidence {
  return addEvidence(h, NONE, obs);
}

/**
 * The log-probability of all the answers under a hypothesis: each group of findings summed over
 * its hidden "involved or not", everything else one by one.
 */
export function logLikelihood(h: Hypothesis, obs: readonly Observation[]): number {
  return totalWith(h, NONE, obs, NO_ANSWERS);
}

/** The probability of one answer alone under a hypothesis (its group's involvement averaged out). */
export function marginal(h: Hypothesis, o: Observation): number {
  return Math.exp(logLikelihood(h, [o]));
}

/** The parts of the body each root reaches: its region, and every finding that names it. */
function rootReaches(v: Vocabulary): Map<string, Set<Region | "any">> {
  const out = new Map<string, Set<Region | "any">>();
  const add = (root: string, r: Region | "any") => {
    let set = out.get(root);
    if (!set) {
      set = new Set([regionOfRoot(root)]);
      out.set(root, set);
    }
    set.add(r);
  };
  const tables = [v.areas, v.movements, v.reflexes, v.features] as Record<
    string,
    { region: Region | "any"; roots: RootWeights; painRoots?: RootWeights | undefined }
  >[];
  for (const table of tables) {
    for (const e of Object.values(table)) {
      for (const root of Object.keys(e.roots)) add(root, e.region);
      for (const root of Object.keys(e.painRoots ?? {})) add(root, e.region);
    }
  }
  return out;
}

/** The parts of the body another explanation reaches: its region, and every finding it lists. */
function otherReach(v: Vocabulary, h: HypothesisEntry): Set<Region | "any"> {
  const out = new Set<Region | "any">([h.region]);
  for (const id of Object.keys({ ...h.numbness, ...h.pain })) out.add(v.areas[id as AreaId].region);
  for (const id of Object.keys(h.weak ?? {})) out.add(v.movements[id as MovementId].region);
  for (const id of Object.keys(h.reflexes ?? {})) out.add(v.reflexes[id as ReflexId].region);
  for (const id of Object.keys(h.features ?? {})) out.add(v.features[id as FeatureId].region);
  if (h.redFlags || h.brisk !== undefined || h.otherAreas) out.add("any");
  return out;
}

/**
 * Whether a hypothesis can matter for these answers: when every placed answer lies in parts of
 * the body it does not reach, each is fifty times rarer than the leak under it, and it is left out
 * (probability 0) rather than weighed — most of the work of a cold `radic check`.
 */
export function reaches(h: Hypothesis, regions: ReadonlySet<Region>): boolean {
  if (regions.size === 0 || h.reach.has("any")) return true;
  for (const r of regions) if (h.reach.has(r)) return true;
  return false;
}

/**
 * Whether a hypothesis is weighed for these answers: it reaches a part of the body they are
 * about, and what it requires was answered (shingles is not weighed without its rash: before the
 * rash no answer tells it from a root, and without the rule it spreads over any two distant areas).
 */
export function considered(
  h: Hypothesis,
  regions: ReadonlySet<Region>,
  a: Answers,
  v: Vocabulary,
): boolean {
  const needs = v.model.hypotheses[h.id]?.requires ?? [];
  return reaches(h, regions) && needs.every((f) => (a.features ?? []).includes(f));
}

/** The parts of the body the answers are about (not counting "not reported numb"). */
export function answeredRegions(obs: readonly Observation[], v: Vocabulary): Set<Region> {
  const out = new Set<Region>();
  for (const o of obs) {
    if (o.kind === "unreported" || o.kind === "side" || o.kind === "redFlags") continue;
    const r = findingRegion(o, v);
    if (r !== "any") out.add(r);
  }
  return out;
}

const cache = new WeakMap<Vocabulary, Hypothesis[]>();

/** Every hypothesis: the roots in anatomical order, then neighbouring pairs, then the rest. */
export function hypotheses(v: Vocabulary): Hypothesis[] {
  const known = cache.get(v);
  if (known) return known;
  const built = fromTable(v) ?? build(v);
  cache.set(v, built);
  return built;
}

/**
 * The hypotheses with their weights read from the table the build computed (`compileModel`),
 * so that a cold `radic check` looks numbers up instead of working them out. Undefined when
 * there is no table, or it was made for other hypotheses or answers.
 */
function fromTable(v: Vocabulary): Hypothesis[] | undefined {
  const c = v.model.compiled;
  const K = answerKeys().length;
  if (!c?.table || c.answers !== K || c.table.length !== c.hypotheses.length * K * 2) return;
  const fresh = build(v, false);
  if (fresh.map((h) => h.id).join() !== c.hypotheses.map((h) => h.id).join()) return;
  return fresh.map((h, i) => ({
    ...h,
    reach: new Set((c.hypotheses[i]?.reach ?? [h.region]) as (Region | "any")[]),
    memo: {
      on: (c.table as Float64Array).subarray(i * K * 2, i * K * 2 + K),
      off: (c.table as Float64Array).subarray(i * K * 2 + K, (i + 1) * K * 2),
    },
  }));
}

/**
 * The table of the model: log P(answer | hypothesis, involved) and (not involved) for every
 * hypothesis and every answer of `answerKeys()`, and where each hypothesis reaches. Made at
 * build time (scripts/build.mjs writes the numbers to dist/content/model.bin).
 */
export function compileModel(v: Vocabulary): NonNullable<Model["compiled"]> {
  const hs = build(v);
  const keys = answerKeys();
  const K = keys.length;
  const table = new Float64Array(hs.length * K * 2);
  const probe = keys.map((key) => observationOf(key));
  hs.forEach((h, i) => {
    probe.forEach((o, k) => {
      table[i * K * 2 + k] = Math.log(probability(h, o, true, h.reported));
      table[i * K * 2 + K + k] = Math.log(probability(h, o, false, h.reported));
    });
  });
  return {
    answers: K,
    hypotheses: hs.map((h) => ({ id: h.id, reach: [...h.reach] })),
    table,
  };
}

/** The answer a table key stands for. */
function observationOf(key: string): Observation {
  const [kind = "", rest = ""] = key.split(":");
  const [id = "", value] = rest.split("=");
  switch (kind) {
    case "numbness":
      return answer(key, value === "unreported" ? "unreported" : "numbness", id);
    case "pain":
    case "sensationNormal":
    case "features":
    case "redFlags":
      return answer(key, kind, id);
    case "strength":
      return answer(key, kind, id, { weak: value === "weak" });
    case "reflexes":
      return answer(key, kind, id, { value: value as "normal" | "down" | "brisk" });
    default:
      return answer(key, "side", id, { both: id === "both" });
  }
}

/** The hypotheses worked out from the vocabulary (`withReach`: where each reaches, too). */
function build(v: Vocabulary, withReach = true): Hypothesis[] {
  const k = v.model.kinds;
  const priors = v.model.roots.priors;
  const involvement = {
    sensory: k.numbness.involvement ?? 1,
    motor: k.weak.involvement ?? 1,
    reflex: k.reflex.involvement ?? 1,
  };
  const reported = k.numbness.reported ?? 1;
  const roots = ROOT_IDS.filter((r) => (priors[r] ?? 0) > 0);
  const reach = withReach ? rootReaches(v) : new Map<string, Set<Region | "any">>();
  // Each root's probabilities are remembered by answer number, so that the two pairs it belongs
  // to reuse them instead of working them out again.
  const present = new Map(roots.map((r) => [r, lazy(() => remembered(rootPresent(r, v)))]));
  const out: Hypothesis[] = roots.map((r) => ({
    id: r,
    kind: "root",
    roots: [r],
    region: regionOfRoot(r),
    reach: reach.get(r) ?? new Set([regionOfRoot(r)]),
    prior: priors[r] ?? 0,
    involvement,
    reported,
    memo: { on: [], off: [] },
    present: present.get(r) as Present,
  }));
  for (let i = 0; i + 1 < roots.length; i++) {
    const a = roots[i] as string;
    const b = roots[i + 1] as string;
    if (rootIndex(b) - rootIndex(a) !== 1) continue;
    const pa = present.get(a) as Present;
    const pb = present.get(b) as Present;
    out.push({
      id: `${a}-${b}`,
      kind: "pair",
      roots: [a, b],
      region: regionOfRoot(a),
      reach: new Set([...(reach.get(a) ?? []), ...(reach.get(b) ?? []), regionOfRoot(a)]),
      prior: v.model.roots.pairShare * Math.sqrt((priors[a] ?? 0) * (priors[b] ?? 0)),
      involvement,
      reported,
      memo: { on: [], off: [] },
      present: (o, on) =>
        o.kind === "side" || o.kind === "redFlags" || (o.kind === "reflexes" && o.value === "brisk")
          ? pa(o, on)
          : 1 - (1 - pa(o, on)) * (1 - pb(o, on)),
    });
  }
  const plain = { sensory: 1, motor: 1, reflex: 1 };
  for (const [id, h] of Object.entries(v.model.hypotheses)) {
    out.push({
      id,
      kind: "other",
      roots: [],
      region: h.region,
      reach: withReach ? otherReach(v, h) : new Set([h.region]),
      prior: h.prior,
      involvement: plain,
      reported,
      memo: { on: [], off: [] },
      present: lazy(() => otherPresent(h, v)),
    });
  }
  return out;
}

const uniq = <T extends string>(xs: readonly T[] | undefined): T[] => [...new Set(xs ?? [])].sort();

/**
 * Where a person says they are numb, the other areas of that part of the body count as not numb
 * by their report: weakly, since people do not tick everything (`reported`).
 */
export function unreported(a: Answers, v: Vocabulary): Observation[] {
  const numb = a.numbness ?? [];
  if (numb.length === 0) return [];
  const regions = new Set(numb.map((id) => v.areas[id].region));
  const said = new Set([...numb, ...(a.sensationNormal ?? [])]);
  return AREA_IDS.filter(
    (id) => !said.has(id) && id !== "saddle" && regions.has(v.areas[id].region),
  ).map((id) => answer(`numbness:${id}=unreported`, "unreported", id));
}

function examination(a: Answers): Observation[] {
  const strength = Object.entries(a.strength ?? {})
    .sort()
    .map(
      ([id, s]): Observation => ({
        key: `strength:${id}=${s}`,
        kind: "strength",
        id: id as MovementId,
        weak: s === "weak",
      }),
    );
  const reflexes = Object.entries(a.reflexes ?? {})
    .sort()
    .map(([id, r]): Observation => {
      const value = r === "reduced" || r === "absent" ? "down" : r === "brisk" ? "brisk" : "normal";
      return answer(`reflexes:${id}=${r}`, "reflexes", id, { value });
    });
  return [...strength, ...reflexes];
}

const placedCache = new WeakMap<Vocabulary, Set<string>>();
/** Of the red flags, only those that point to a place (the cord) are evidence here. */
function placedFlags(v: Vocabulary): Set<string> {
  let placed = placedCache.get(v);
  if (!placed) {
    placed = new Set(
      Object.values(v.model.hypotheses).flatMap((h) => Object.keys(h.redFlags ?? {})),
    );
    placedCache.set(v, placed);
  }
  return placed;
}

/** Every answer as an observation, in a fixed order whatever order it was given in. */
export function observations(a: Answers, v: Vocabulary): Observation[] {
  const placed = placedFlags(v);
  return [
    ...uniq(a.numbness).map((id) => answer(`numbness:${id}`, "numbness", id)),
    ...unreported(a, v),
    ...uniq(a.pain).map((id) => answer(`pain:${id}`, "pain", id)),
    ...uniq(a.sensationNormal).map((id) => answer(`sensationNormal:${id}`, "sensationNormal", id)),
    ...examination(a),
    ...uniq(a.features).map((id) => answer(`features:${id}`, "features", id)),
    ...uniq(a.redFlags)
      .filter((x) => placed.has(x))
      .map((id) => answer(`redFlags:${id}`, "redFlags", id)),
    ...(a.side ? [answer(`side:${a.side}`, "side", a.side, { both: a.side === "both" })] : []),
  ];
}
