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
  | "bothArms"
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
  score: number;
  supports: string[];
  against: string[];
}

export interface Result {
  triage: Triage;
  triageReasons: string[];
  pattern: Pattern;
  candidates: Candidate[];
  alternatives: { id: string; why: string }[];
  advice: string;
  sources: string[];
}
