/**
 * The walkthrough as a pure state machine: `start()`, then `question(state)` says what to ask,
 * and `next(state, answer)` moves on. The prompt layer only asks; every decision — what comes
 * next, what a changed answer invalidates, when to show the result — is made here, and tested
 * without a terminal. The prompts library has no "back", so the review screen is built here too.
 */
import type { AreaId, FeatureId, MovementId, RedFlagId, ReflexId } from "../vocabulary-ids.js";
import {
  answer,
  answeredRegions,
  considered,
  hypotheses,
  marginal,
  observations,
} from "./model.js";
import { gains } from "./next.js";
import { posterior } from "./posterior.js";
import { impliedFlags, triage } from "./triage.js";
import type { Answers, ReflexFinding, Region, Vocabulary } from "./types.js";

export type StepId =
  | "redFlags"
  | "cordFlags"
  | "urgentFlags"
  | "emergencyNotice"
  | "region"
  | "side"
  | "pain"
  | "numbness"
  | "strength"
  | "examined"
  | "weakTested"
  | "normalTested"
  | "reflexes"
  | "sensationNormal"
  | "features"
  | "review";

export interface Choice {
  value: string;
  name: string;
  /** What the answer line repeats once chosen (the name can be a long question). */
  short?: string;
  checked?: boolean;
}

/** The explicit "none" of a red-flag list: Enter alone never answers "no" to an unseen item. */
export const NONE = "none";

/** What to ask next: a question the prompt layer can put on the screen as it is. */
export type Question =
  | {
      step: StepId;
      kind: "checkbox";
      message: string;
      choices: Choice[];
      key?: string;
      /** Something must be ticked: an item, or this choice, which goes with no other. */
      none?: string;
    }
  | {
      step: StepId;
      kind: "select";
      message: string;
      choices: Choice[];
      default?: string;
      key?: string;
    }
  | { step: StepId; kind: "confirm"; message: string; default: boolean };

export interface State {
  clinician: boolean;
  answers: Answers;
  region?: Region | undefined;
  /** A clinician examined reflexes and signs (asked of everyone else). */
  examined?: boolean | undefined;
  /** Emergency acknowledged and the user chose to continue for information only. */
  continued?: boolean | undefined;
  /** Index into the current plan. */
  at: number;
  /** Per-step sub-position (which movement or reflex is being asked). */
  sub: number;
  /** After a change made from the review screen, go back to it. */
  reviewing: boolean;
  /** Where to go on after an emergency notice that a later answer brought up. */
  resume?: { step: StepId; sub: number } | undefined;
  /** The self-checks asked so far, in the order asked (a change from the review re-asks them). */
  selfChecks?: MovementId[] | undefined;
  done: boolean;
}

export const REGION_LABELS: Record<Region, string> = {
  "neck-arm": "Neck, shoulder, arm or hand",
  trunk: "Middle of the back, chest or belly",
  "back-leg": "Low back, buttock, leg or foot",
};

/**
 * How many self-checks to ask at most in each region. Which ones, and in what order, is chosen
 * as the walkthrough goes: each time the movement whose answer is expected to tell the leading
 * explanations apart best (next.ts), among the region's movements not yet asked.
 */
export const SELF_CHECK_LIMIT: Record<Region, number> = { "neck-arm": 6, trunk: 0, "back-leg": 5 };
/** Stop asking self-checks once the best one left is expected to tell less than this (bits). */
const WORTH_ASKING = 0.02;

/**
 * The next self-check worth asking, given the answers so far; undefined when none is. The first
 * is always asked (the best there is), so everyone gets at least one self-check.
 */
export function nextSelfCheck(s: State, v: Vocabulary): MovementId | undefined {
  const region = s.region;
  if (!region) return undefined;
  const asked = new Set(s.selfChecks ?? []);
  const hs = hypotheses(v);
  const obs = observations(s.answers, v);
  const regions = answeredRegions(obs, v);
  const post = posterior(hs, obs, (h) => considered(h, regions, s.answers, v));
  const best = gains(s.answers, v, hs, post, (c) => {
    const id = c.finding.slice("strength:".length) as MovementId;
    return c.finding.startsWith("strength:") && c.region === region && !asked.has(id);
  })[0];
  const first = asked.size === 0;
  if (best && (first || best.bits >= WORTH_ASKING))
    return best.finding.slice("strength:".length) as MovementId;
  if (!first) return undefined;
  // Nothing left to tell apart: everyone still gets one self-check, the one the leading
  // explanation most expects to be weak (it confirms it, or speaks against it).
  const lead = hs[post.indexOf(Math.max(...post))];
  const expects = (m: MovementId) =>
    lead ? marginal(lead, answer(`strength:${m}=weak`, "strength", m, { weak: true })) : 0;
  // Ties go to the movement fewest other roots share (the more specific test).
  const shared = (m: MovementId) =>
    Object.entries(v.movements[m].roots)
      .filter(([r]) => !lead?.roots.includes(r))
      .reduce((n, [, w]) => n + w, 0);
  return movementsOf(v, region)
    .filter((m) => !asked.has(m))
    .sort((x, y) => expects(y) - expects(x) || shared(x) - shared(y))[0];
}

/** The self-check asked at this point of the strength step: one asked before, or the next best. */
function selfCheckAt(s: State, v: Vocabulary): MovementId | undefined {
  return s.selfChecks?.[s.sub] ?? nextSelfCheck(s, v);
}

export function start(clinician = false): State {
  return { clinician, answers: {}, at: 0, sub: 0, reviewing: false, done: false };
}

const emergencyFlags = (v: Vocabulary) =>
  (Object.keys(v.redFlags) as RedFlagId[]).filter((id) => v.redFlags[id].level === "emergency");
/**
 * The emergency red flags come in two short lists, so that each fits a small screen whole: the
 * signs of cauda equina syndrome first, then sudden weakness and the signs of the cord.
 */
const CAUDA_EQUINA: readonly RedFlagId[] = [
  "saddle-numbness",
  "bladder-dysfunction",
  "bowel-incontinence",
  "sexual-dysfunction",
  "bilateral-leg-symptoms",
];
const flagsOf = (v: Vocabulary, step: "redFlags" | "cordFlags") =>
  emergencyFlags(v).filter((id) => CAUDA_EQUINA.includes(id) === (step === "redFlags"));
const urgentFlags = (v: Vocabulary) =>
  (Object.keys(v.redFlags) as RedFlagId[]).filter((id) => v.redFlags[id].level === "urgent");

const inRegion = (region: Region | undefined, r: Region | "any") => r === "any" || r === region;

function areasOf(v: Vocabulary, region: Region | undefined): AreaId[] {
  return (Object.keys(v.areas) as AreaId[]).filter((id) => v.areas[id].region === region);
}
function movementsOf(v: Vocabulary, region: Region | undefined): MovementId[] {
  return (Object.keys(v.movements) as MovementId[]).filter(
    (id) => v.movements[id].region === region,
  );
}
function reflexesOf(v: Vocabulary, region: Region | undefined): ReflexId[] {
  return (Object.keys(v.reflexes) as ReflexId[]).filter((id) => v.reflexes[id].region === region);
}
function featuresOf(v: Vocabulary, s: State): FeatureId[] {
  const examined = s.clinician || s.examined === true;
  return (Object.keys(v.features) as FeatureId[]).filter(
    (id) => inRegion(s.region, v.features[id].region) && (examined || !v.features[id].clinician),
  );
}

/**
 * Whether the answers so far are an emergency, by the same triage as the result: a red flag, or
 * one that arrived as an ordinary answer, or a combination (cancer with a weak muscle, weakness
 * in both legs, a droopy eyelid with neck pain …).
 */
const hasEmergency = (s: State, v: Vocabulary) => triage(s.answers, v).triage === "emergency";

/** The steps, in order, for the answers so far (they depend on the region and on examination). */
export function plan(s: State, v: Vocabulary): StepId[] {
  const steps: StepId[] = ["redFlags", "cordFlags"];
  if (hasEmergency(s, v)) steps.push("emergencyNotice");
  steps.push("urgentFlags", "region", "side", "pain", "numbness");
  const clinical = s.clinician || s.examined === true;
  if (!s.clinician) steps.push("examined");
  if (clinical && movementsOf(v, s.region).length > 0) steps.push("weakTested", "normalTested");
  else if (SELF_CHECK_LIMIT[s.region ?? "trunk"] > 0) steps.push("strength");
  if (clinical && reflexesOf(v, s.region).length > 0) steps.push("reflexes");
  if (clinical) steps.push("sensationNormal");
  if (featuresOf(v, s).length > 0) steps.push("features");
  steps.push("review");
  return steps;
}

export function currentStep(s: State, v: Vocabulary): StepId | undefined {
  return s.done ? undefined : plan(s, v)[s.at];
}

const label = (
  v: Vocabulary,
  table: "areas" | "movements" | "reflexes" | "features" | "redFlags",
  id: string,
) => (v[table] as Record<string, { label: string }>)[id]?.label ?? id;

function areaChoices(v: Vocabulary, s: State, chosen: readonly string[] | undefined): Choice[] {
  return areasOf(v, s.region).map((id) => ({
    value: id,
    name: v.areas[id].label,
    checked: (chosen ?? []).includes(id),
  }));
}

/** A list of red flags, each a separate checkbox, and "None of these" to say no to them all. */
function flagQuestion(
  step: StepId,
  message: string,
  flags: readonly RedFlagId[],
  a: Answers,
  v: Vocabulary,
): Question {
  return {
    step,
    kind: "checkbox",
    message,
    none: NONE,
    choices: [
      ...flags.map((id) => ({
        value: id,
        name: v.redFlags[id].question,
        short: v.redFlags[id].label,
        checked: (a.redFlags ?? []).includes(id),
      })),
      { value: NONE, name: "None of these", short: "none" },
    ],
  };
}

/** What to ask now. Undefined once the walkthrough is done. */
export function question(s: State, v: Vocabulary): Question | undefined {
  const step = currentStep(s, v);
  const a = s.answers;
  switch (step) {
    case undefined:
      return undefined;
    case "redFlags":
    case "cordFlags":
      return flagQuestion(
        step,
        step === "redFlags"
          ? "First, the warning signs. Do any of these apply to you now? (Space to tick, Enter when done.)"
          : "And any of these, now? (Space to tick, Enter when done.)",
        flagsOf(v, step),
        a,
        v,
      );
    case "urgentFlags":
      return flagQuestion(step, "And do any of these apply?", urgentFlags(v), a, v);
    case "emergencyNotice":
      return {
        step,
        kind: "confirm",
        message:
          "Continue answering, for information only? (Your first step is still to get emergency care.)",
        default: false,
      };
    case "region":
      return {
        step,
        kind: "select",
        message: "Where is the problem?",
        choices: (Object.keys(REGION_LABELS) as Region[]).map((r) => ({
          value: r,
          name: REGION_LABELS[r],
        })),
        ...(s.region ? { default: s.region } : {}),
      };
    case "side":
      return sideQuestion(s);
    case "pain":
      return {
        step,
        kind: "checkbox",
        message: "Where do you feel the pain, or where does it spread to? (Tick all that apply.)",
        choices: areaChoices(v, s, a.pain),
      };
    case "numbness":
      return {
        step,
        kind: "checkbox",
        message: "Where is it numb, tingling, or pins and needles? (Tick all that apply.)",
        choices: areaChoices(v, s, a.numbness),
      };
    case "strength": {
      const id = selfCheckAt(s, v) as MovementId;
      const now = a.strength?.[id];
      return {
        step,
        key: id,
        kind: "select",
        message: v.movements[id].selfCheck,
        // The same answers whatever way round the question is put; "not sure" first, so
        // pressing Enter never claims a finding. "Not at all" is the severe-weakness red flag
        // arriving as a self-check, and is triaged as one.
        choices: [
          { value: "unsure", name: "Not sure, did not try, or pain stopped me" },
          { value: "normal", name: "Both sides about the same" },
          { value: "weak", name: "The painful side is clearly weaker" },
          { value: "none", name: "The painful side could not do it at all: it would not move" },
        ],
        default: now ?? "unsure",
      };
    }
    case "examined":
      return {
        step,
        kind: "confirm",
        message:
          "Has a doctor or physiotherapist examined you (reflexes, strength, feeling) and told you the findings?",
        default: s.examined ?? false,
      };
    case "weakTested":
      return {
        step,
        kind: "checkbox",
        message: "Which movements were tested and found weak?",
        choices: movementsOf(v, s.region).map((id) => ({
          value: id,
          name: v.movements[id].clinician,
          checked: a.strength?.[id] === "weak",
        })),
      };
    case "normalTested":
      return {
        step,
        kind: "checkbox",
        message: "Which movements were tested and found normal?",
        choices: movementsOf(v, s.region)
          .filter((id) => a.strength?.[id] !== "weak")
          .map((id) => ({
            value: id,
            name: v.movements[id].clinician,
            checked: a.strength?.[id] === "normal",
          })),
      };
    case "reflexes": {
      const id = reflexesOf(v, s.region)[s.sub] as ReflexId;
      return {
        step,
        key: id,
        kind: "select",
        message: `${v.reflexes[id].label[0]?.toUpperCase()}${v.reflexes[id].label.slice(1)} on the affected side:`,
        choices: [
          { value: "untested", name: "Not tested" },
          { value: "normal", name: "Normal" },
          { value: "reduced", name: "Reduced" },
          { value: "absent", name: "Absent" },
          { value: "brisk", name: "Brisk" },
        ],
        default: a.reflexes?.[id] ?? "untested",
      };
    }
    case "sensationNormal":
      return {
        step,
        kind: "checkbox",
        message: "Where was feeling tested and found normal?",
        choices: areasOf(v, s.region)
          .filter((id) => !(a.numbness ?? []).includes(id))
          .map((id) => ({
            value: id,
            name: v.areas[id].label,
            checked: (a.sensationNormal ?? []).includes(id),
          })),
      };
    case "features":
      return {
        step,
        kind: "checkbox",
        message: "Do any of these apply?",
        choices: featuresOf(v, s).map((id) => ({
          value: id,
          name: v.features[id].question,
          checked: (a.features ?? []).includes(id),
        })),
      };
    case "review":
      return {
        step,
        kind: "select",
        message: "Check your answers. Choose one to change it, or see the result.",
        choices: reviewChoices(s, v),
        default: "result",
      };
  }
}

const listed = (
  v: Vocabulary,
  table: "areas" | "features" | "redFlags",
  ids: readonly string[] | undefined,
) => (ids && ids.length > 0 ? ids.map((id) => label(v, table, id)).join("; ") : "none");

/** One line per answer on the review screen; choosing one goes back to its question. */
export function reviewChoices(s: State, v: Vocabulary): Choice[] {
  const a = s.answers;
  const strength = Object.entries(a.strength ?? {})
    .map(([id, x]) => `${label(v, "movements", id)}: ${x}`)
    .join("; ");
  const reflexes = Object.entries(a.reflexes ?? {})
    .map(([id, x]) => `${label(v, "reflexes", id)}: ${x}`)
    .join("; ");
  const steps = plan(s, v);
  const rows: Choice[] = [{ value: "result", name: "Show the result" }];
  const add = (step: StepId, text: string) => {
    if (steps.includes(step)) rows.push({ value: step, name: `Change — ${text}` });
  };
  const flags = (list: readonly RedFlagId[]) =>
    listed(
      v,
      "redFlags",
      (a.redFlags ?? []).filter((id) => list.includes(id)),
    );
  add(
    "redFlags",
    `warning signs (bladder, bowel, saddle, both legs): ${flags(flagsOf(v, "redFlags"))}`,
  );
  add("cordFlags", `warning signs (weakness, walking, hands): ${flags(flagsOf(v, "cordFlags"))}`);
  add("urgentFlags", `other warning signs: ${flags(urgentFlags(v))}`);
  add("region", `where: ${s.region ? REGION_LABELS[s.region] : "not answered"}`);
  add("side", `side: ${a.side ?? "not answered"}`);
  add("pain", `pain: ${listed(v, "areas", a.pain)}`);
  add("numbness", `numb or tingling: ${listed(v, "areas", a.numbness)}`);
  add("strength", `strength: ${strength || "not tested"}`);
  add("examined", `examined by a clinician: ${s.examined ? "yes" : "no"}`);
  add("weakTested", `strength: ${strength || "not tested"}`);
  add("reflexes", `reflexes: ${reflexes || "not tested"}`);
  add("sensationNormal", `feeling normal: ${listed(v, "areas", a.sensationNormal)}`);
  add("features", `other signs: ${listed(v, "features", a.features)}`);
  return rows;
}

/** Drop answers that belong to another region (after the region changes). */
function keepRegion(a: Answers, v: Vocabulary, region: Region): Answers {
  const areas = (ids: AreaId[] | undefined) => ids?.filter((id) => v.areas[id].region === region);
  const filterMap = <K extends string, T>(
    m: Partial<Record<K, T>> | undefined,
    table: Record<K, { region: Region }>,
  ) =>
    m
      ? (Object.fromEntries(
          Object.entries(m).filter(([k]) => table[k as K].region === region),
        ) as Partial<Record<K, T>>)
      : m;
  return {
    ...a,
    pain: areas(a.pain),
    numbness: areas(a.numbness),
    sensationNormal: areas(a.sensationNormal),
    strength: filterMap(a.strength, v.movements),
    reflexes: filterMap(a.reflexes, v.reflexes),
    features: a.features?.filter((id) => inRegion(region, v.features[id].region)),
  };
}

const ids = <T extends string>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** What recording one answer did: the new state, and whether the step has more sub-questions. */
interface Applied {
  t: State;
  /** Ask the next sub-question of the same step (one per movement or reflex). */
  stay?: boolean;
  /** The walkthrough moves exactly here (stop, or jump from the review). */
  final?: boolean;
}
type Apply = (t: State, v: Vocabulary, value: unknown) => Applied;

/** The answer to one list of red flags replaces that list's flags, and keeps the others. */
function setFlags(t: State, list: readonly RedFlagId[], value: unknown): Applied {
  const others = (t.answers.redFlags ?? []).filter((id) => !list.includes(id));
  const ticked = ids<RedFlagId>(value).filter((id) => list.includes(id));
  t.answers.redFlags = [...others, ...ticked];
  return { t };
}

/** Replace one entry of a finding map; `undefined` removes it. */
function setEntry<K extends string, X>(
  map: Partial<Record<K, X>> | undefined,
  id: K,
  value: X | undefined,
): Partial<Record<K, X>> {
  const rest = Object.fromEntries(Object.entries(map ?? {}).filter(([k]) => k !== id));
  return (value === undefined ? rest : { ...rest, [id]: value }) as Partial<Record<K, X>>;
}

/** Which side: the limb named, so that "both" means both legs (or both arms). */
function sideQuestion(s: State): Question {
  // Not "Both sides": back pain across the middle is not a symptom in both legs.
  const limb = s.region === "back-leg" ? "leg" : s.region === "neck-arm" ? "arm" : undefined;
  return {
    step: "side",
    kind: "select",
    message: limb ? `Which ${limb}?` : "Which side?",
    choices: [
      { value: "left", name: limb ? `Left ${limb}` : "Left" },
      { value: "right", name: limb ? `Right ${limb}` : "Right" },
      { value: "both", name: limb ? `Both ${limb}s` : "Both sides" },
    ],
    ...(s.answers.side ? { default: s.answers.side } : {}),
  };
}

/** How each step records its answer; `t` is a fresh copy with fresh `answers`. */
const APPLY: Record<StepId, Apply> = {
  redFlags: (t, v, value) => setFlags(t, flagsOf(v, "redFlags"), value),
  cordFlags: (t, v, value) => setFlags(t, flagsOf(v, "cordFlags"), value),
  urgentFlags: (t, v, value) => setFlags(t, urgentFlags(v), value),
  emergencyNotice: (t, v, value) => {
    if (value !== true) return { t: { ...t, done: true }, final: true };
    const back = t.resume;
    if (!back) return { t: { ...t, continued: true } };
    const at = plan(t, v).indexOf(back.step);
    return { t: { ...t, continued: true, resume: undefined, at, sub: back.sub }, final: true };
  },
  region: (t, v, value) => {
    const region = value as Region;
    if (region === t.region) return { t };
    // A new region means new questions: walk on from here instead of back to the review.
    return { t: { ...t, region, answers: keepRegion(t.answers, v, region), reviewing: false } };
  },
  side: (t, _v, value) => {
    t.answers.side = value as Answers["side"];
    return { t };
  },
  pain: (t, _v, value) => {
    t.answers.pain = ids<AreaId>(value);
    return { t };
  },
  numbness: (t, _v, value) => {
    const a = t.answers;
    a.numbness = ids<AreaId>(value);
    a.sensationNormal = a.sensationNormal?.filter((id) => !a.numbness?.includes(id));
    addFlags(a, impliedFlags(a));
    return { t };
  },
  strength: (t, v, value) => {
    const id = selfCheckAt(t, v) as MovementId;
    const finding =
      value === "weak" || value === "none" ? "weak" : value === "normal" ? value : undefined;
    t.answers.strength = setEntry(t.answers.strength, id, finding);
    if (value === "none") addFlags(t.answers, ["severe-weakness"]);
    const asked = t.selfChecks ?? [];
    t.selfChecks = asked.includes(id) ? asked : [...asked, id];
    const more =
      t.sub + 1 < SELF_CHECK_LIMIT[t.region ?? "trunk"] &&
      (t.selfChecks[t.sub + 1] !== undefined ||
        nextSelfCheck({ ...t, sub: t.sub + 1 }, v) !== undefined);
    return { t, stay: more };
  },
  examined: (t, _v, value) => {
    const examined = value === true;
    const reviewing = t.reviewing && examined === (t.examined === true);
    return { t: { ...t, examined, reviewing } };
  },
  weakTested: (t, _v, value) => {
    const weak = ids<MovementId>(value);
    const normal = Object.entries(t.answers.strength ?? {}).filter(
      ([k, x]) => x === "normal" && !weak.includes(k as MovementId),
    );
    t.answers.strength = Object.fromEntries([...weak.map((k) => [k, "weak"]), ...normal]);
    return { t };
  },
  normalTested: (t, _v, value) => {
    const weak = Object.entries(t.answers.strength ?? {}).filter(([, x]) => x === "weak");
    const normal = ids<MovementId>(value).map((k) => [k, "normal"]);
    t.answers.strength = Object.fromEntries([...weak, ...normal]);
    return { t };
  },
  reflexes: (t, v, value) => {
    const list = reflexesOf(v, t.region);
    const id = list[t.sub] as ReflexId;
    const finding = value === "untested" ? undefined : (value as ReflexFinding);
    t.answers.reflexes = setEntry(t.answers.reflexes, id, finding);
    return { t, stay: t.sub + 1 < list.length };
  },
  sensationNormal: (t, _v, value) => {
    t.answers.sensationNormal = ids<AreaId>(value);
    return { t };
  },
  features: (t, _v, value) => {
    t.answers.features = ids<FeatureId>(value);
    return { t };
  },
  review: (t, v, value) => {
    if (value === "result") return { t: { ...t, done: true }, final: true };
    const at = plan(t, v).indexOf(value as StepId);
    return { t: at < 0 ? t : { ...t, at, sub: 0, reviewing: true }, final: true };
  },
};

/** Add red flags to the answers, once each. */
function addFlags(a: Answers, flags: readonly RedFlagId[]) {
  const missing = flags.filter((f) => !(a.redFlags ?? []).includes(f));
  if (missing.length > 0) a.redFlags = [...(a.redFlags ?? []), ...missing];
}

/** Record the answer to the current question and move on. */
export function next(s: State, v: Vocabulary, value: unknown): State {
  const step = currentStep(s, v);
  if (!step) return s;
  const { t, stay, final } = APPLY[step]({ ...s, answers: { ...s.answers } }, v, value);
  if (final) return t;
  const steps = plan(t, v);
  // The step after this one; the emergency notice is shown once, not again after "continue".
  const after = steps
    .slice(steps.indexOf(step) + 1)
    .find((x) => !(x === "emergencyNotice" && t.continued));
  const onward = stay
    ? { step, sub: t.sub + 1 }
    : { step: t.reviewing ? "review" : (after ?? "review"), sub: 0 };
  // A new emergency is shown at once, wherever it was answered (a red flag, the saddle ticked as a
  // numb area, a self-check that could not be done at all, a change from the review screen); the
  // walkthrough goes on from here only if the person chooses to.
  const raised = hasEmergency(t, v) && !hasEmergency(s, v) && !t.continued;
  if (raised && onward.step !== "emergencyNotice") {
    return { ...t, at: steps.indexOf("emergencyNotice"), sub: 0, resume: onward };
  }
  if (stay) return { ...t, sub: t.sub + 1 };
  return { ...t, at: steps.indexOf(onward.step as StepId), sub: 0 };
}

/** The answers gathered, in the contract's shape, without empty fields. */
export function answersOf(s: State): Answers {
  const out: Answers = {};
  for (const [k, value] of Object.entries(s.answers) as [keyof Answers, unknown][]) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (
      typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      Object.keys(value).length === 0
    )
      continue;
    (out as Record<string, unknown>)[k] = value;
  }
  return out;
}
