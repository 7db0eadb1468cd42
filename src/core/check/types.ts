/**
 * The shapes of `radic check`: the vocabulary of findings (content, data/vocabulary.json), the
 * answers a person gives, and the result (../shared/contracts/check.md).
 */
import type { AreaId, FeatureId, MovementId, RedFlagId, ReflexId } from "../vocabulary-ids.js";

/** Where on the body a finding belongs; the walkthrough asks only about the region chosen. */
export type Region = "neck-arm" | "trunk" | "back-leg";

/** Root id -> how strongly a finding points to it: 1 its own territory, 0.5 shared, 0.25 a little. */
export type RootWeights = Record<string, number>;

export interface AreaEntry {
  label: string;
  region: Region;
  /** Where numbness here points: the roots whose dermatome covers it. */
  roots: RootWeights;
  /**
   * Where pain here points, when it differs: pain spreads along a root's path, so pain at the
   * back of the thigh points to S1 and L5 more than to S2, whose skin it is.
   */
  painRoots?: RootWeights | undefined;
  sources: string[];
}

export interface MovementEntry {
  label: string;
  region: Region;
  /** A safe test anyone can do, asked as a question. */
  selfCheck: string;
  /** The clinical name, for `--clinician` and reports. */
  clinician: string;
  roots: RootWeights;
  sources: string[];
}

export interface ReflexEntry {
  label: string;
  region: Region;
  roots: RootWeights;
  sources: string[];
}

export interface RedFlagEntry {
  label: string;
  question: string;
  level: "emergency" | "urgent";
  /** What to do and how fast, and why: shown when the flag is raised. */
  reason: string;
  sources: string[];
}

export interface FeatureEntry {
  label: string;
  question: string;
  region: Region | "any";
  roots: RootWeights;
  /** Only a clinician can test it (asked with --clinician). */
  clinician: boolean;
  /** Points to a radiculopathy in general rather than to one root. */
  radicular?: boolean | undefined;
  /** Points away from a root, to this alternative. */
  alternative?: string | undefined;
  sources: string[];
}

export interface AlternativeEntry {
  label: string;
  why: string;
  sources: string[];
}

export interface AdviceEntry {
  text: string;
  sources: string[];
}

interface KindParam {
  /** For feeling, strength and reflexes: how often a root lesion affects that group at all. */
  involvement?: number | undefined;
  /** For numbness: the chance that an area a person is numb in is among those they tick. */
  reported?: number | undefined;
  sensitivity: number;
  leak: number;
  note: string;
  sources: string[];
}
interface Valued {
  value: number;
  note?: string | undefined;
  sources: string[];
}
type Probs<K extends string> = Partial<Record<K, number>>;

/** A non-root explanation: the probability of each finding when it is the cause. */
export interface HypothesisEntry {
  /** A short name for "tells L5 from the peroneal nerve at the knee". */
  name: string;
  region: Region | "any";
  /** Relative prior, on the same scale as the roots' priors. */
  prior: number;
  numbness?: Probs<AreaId> | undefined;
  pain?: Probs<AreaId> | undefined;
  /** For areas not listed (shingles can strike any root's skin). */
  otherAreas?: { pain: number; numbness: number } | undefined;
  weak?: Probs<MovementId> | undefined;
  reflexes?: Probs<ReflexId> | undefined;
  brisk?: number | undefined;
  features?: Probs<FeatureId> | undefined;
  redFlags?: Probs<RedFlagId> | undefined;
  bothSides: number;
  /** Features without which it is not weighed at all (shingles is not considered without its rash). */
  requires?: FeatureId[] | undefined;
  sources: string[];
}

/** The parameters of the check's probabilistic model (docs/decisions/007-check-model.md). */
export interface Model {
  kinds: Record<
    "numbness" | "pain" | "weak" | "reflex" | "brisk" | "feature" | "redFlag" | "bothSides",
    KindParam
  >;
  reflexLeak: Partial<Record<ReflexId, Valued>>;
  reflexSensitivity: Partial<Record<ReflexId, Valued>>;
  featureSensitivity: Partial<Record<FeatureId, Valued>>;
  featureLeak: Partial<Record<FeatureId, Valued>>;
  roots: { priors: Record<string, number>; pairShare: number; note: string; sources: string[] };
  hypotheses: Record<string, HypothesisEntry>;
  /**
   * What the build works out once (core/check/model.ts `compileModel`): how many answers the
   * table has, each hypothesis and where it reaches, and the table of log-probabilities itself
   * (kept in dist/content/model.bin, not in the JSON). Not in data/vocabulary.json.
   */
  compiled?:
    | {
        answers: number;
        hypotheses: { id: string; reach: string[] }[];
        table?: Float64Array | undefined;
      }
    | undefined;
}

export interface Vocabulary {
  areas: Record<AreaId, AreaEntry>;
  movements: Record<MovementId, MovementEntry>;
  reflexes: Record<ReflexId, ReflexEntry>;
  redFlags: Record<RedFlagId, RedFlagEntry>;
  features: Record<FeatureId, FeatureEntry>;
  alternatives: Record<string, AlternativeEntry>;
  advice: Record<"emergency" | "urgent" | "routine" | "nonRadicular" | "insufficient", AdviceEntry>;
  /** The reasons given for the triage combinations and signs the contract names. */
  triage: Record<TriageRuleId, AdviceEntry>;
  model: Model;
}

export type TriageRuleId =
  | "traumaWithDeficit"
  | "infection"
  | "infectionWithDeficit"
  | "cancerWithDeficit"
  | "briskReflex"
  | "cordSign"
  | "horner"
  | "hornerNeckPain"
  | "shingles"
  | "bothLegs"
  | "bothLegsWeak"
  | "bothArms"
  | "bothArmsWeak"
  | "cordPattern"
  | "armAndLegWeak"
  | "chestPain"
  | "multiLevelWeak"
  | "saddlePainBothLegs"
  | "withDeficit"
  | "saddlePain";

export type Side = "left" | "right" | "both";
export type Strength = "weak" | "normal";
export type ReflexFinding = "normal" | "reduced" | "absent" | "brisk";

/** What a person answered (every field optional; `{}` is valid). */
export interface Answers {
  side?: Side | undefined;
  pain?: AreaId[] | undefined;
  numbness?: AreaId[] | undefined;
  sensationNormal?: AreaId[] | undefined;
  strength?: Partial<Record<MovementId, Strength>> | undefined;
  reflexes?: Partial<Record<ReflexId, ReflexFinding>> | undefined;
  redFlags?: RedFlagId[] | undefined;
  features?: FeatureId[] | undefined;
}

export type Triage = "emergency" | "urgent" | "routine";
export type Pattern = "single-root" | "two-roots" | "multi-root" | "non-radicular" | "insufficient";

export interface Candidate {
  root: string;
  /** The root's probability under the model, given the answers. */
  score: number;
  supports: string[];
  against: string[];
  /** For each answer in supports and against: how many times more likely it is with this root
   * than with `versus`, the strongest explanation that does not involve it. */
  explain: { finding: string; ratio: number }[];
  versus: string;
}

export interface NextQuestion {
  /** `strength:ankle-plantarflexion`, `numbness:outer-foot`, `reflexes:ankle` */
  finding: string;
  ask: string;
  why: string;
}

export interface Result {
  triage: Triage;
  triageReasons: string[];
  pattern: Pattern;
  candidates: Candidate[];
  alternatives: { id: string; why: string; score: number }[];
  nextQuestions: NextQuestion[];
  /** With `non-radicular`: the roots still in the running, with their probability. */
  otherRoots?: { root: string; score: number }[] | undefined;
  advice: string;
  sources: string[];
}
