/**
 * Which question to ask next: of the findings not yet answered, the ones whose answer is
 * expected to tell the leading explanations apart best (expected information gain, in bits,
 * over the hypotheses still in play). The walkthrough asks its self-checks in this order and
 * the result names the few that would settle it ("to tell L5 from S1: …").
 */
import { rootLabel } from "../roots.js";
import { AREA_IDS, MOVEMENT_IDS, REFLEX_IDS } from "../vocabulary-ids.js";
import { type Hypothesis, logLikelihood, observations } from "./model.js";
import type { Answers, NextQuestion, Region, Vocabulary } from "./types.js";

/** Hypotheses below this posterior are out of play for choosing questions. */
const IN_PLAY = 0.01;
/** A question worth asking tells at least this much (bits). */
const WORTH = 0.03;

const entropy = (ps: readonly number[]) =>
  ps.reduce((s, p) => (p > 0 ? s - p * Math.log2(p) : s), 0);

/** A finding not yet answered, as the answers its "yes" and its "no" would make. */
interface Candidate {
  finding: string;
  region: Region;
  yes: Answers;
  no: Answers;
}

function unanswered(a: Answers, v: Vocabulary): Candidate[] {
  const out: Candidate[] = [];
  const answeredArea = new Set([...(a.numbness ?? []), ...(a.sensationNormal ?? [])]);
  for (const id of AREA_IDS) {
    // The saddle is a red flag, asked first and on its own.
    if (answeredArea.has(id) || id === "saddle") continue;
    out.push({
      finding: `numbness:${id}`,
      region: v.areas[id].region,
      yes: { ...a, numbness: [...(a.numbness ?? []), id] },
      no: { ...a, sensationNormal: [...(a.sensationNormal ?? []), id] },
    });
  }
  for (const id of MOVEMENT_IDS) {
    if (a.strength?.[id]) continue;
    const key = `strength:${id}`;
    out.push({
      finding: key,
      region: v.movements[id].region,
      yes: { ...a, strength: { ...a.strength, [id]: "weak" } },
      no: { ...a, strength: { ...a.strength, [id]: "normal" } },
    });
  }
  for (const id of REFLEX_IDS) {
    if (a.reflexes?.[id]) continue;
    const key = `reflexes:${id}`;
    out.push({
      finding: key,
      region: v.reflexes[id].region,
      yes: { ...a, reflexes: { ...a.reflexes, [id]: "reduced" } },
      no: { ...a, reflexes: { ...a.reflexes, [id]: "normal" } },
    });
  }
  return out;
}

/** The short name of a hypothesis, for "tells L5 from S1". */
export function nameOf(h: Hypothesis, v: Vocabulary): string {
  if (h.kind === "root") return rootLabel(h.id);
  if (h.kind === "pair") return h.roots.map(rootLabel).join(" and ");
  return v.model.hypotheses[h.id]?.name ?? h.id;
}

function ask(finding: string, v: Vocabulary): string {
  const [kind, id = ""] = finding.split(":");
  if (kind === "strength") return v.movements[id as keyof Vocabulary["movements"]].selfCheck;
  if (kind === "reflexes")
    return `Ask a clinician to test the ${v.reflexes[id as keyof Vocabulary["reflexes"]].label}.`;
  return `Is it numb or tingling here: ${v.areas[id as keyof Vocabulary["areas"]].label}?`;
}

export interface Gain {
  finding: string;
  bits: number;
  /** The two explanations in play that this finding separates most. */
  between: [Hypothesis, Hypothesis] | undefined;
}

/**
 * The expected information gain of every unanswered finding that `keep` accepts, best first
 * (ties by finding id, so the order never depends on anything but the answers).
 */
export function gains(
  a: Answers,
  v: Vocabulary,
  hs: readonly Hypothesis[],
  post: readonly number[],
  keep: (c: { finding: string; region: Region }) => boolean = () => true,
): Gain[] {
  const play = hs
    .map((h, i) => ({ h, p: post[i] ?? 0 }))
    .filter((x) => x.p >= IN_PLAY)
    .sort((x, y) => y.p - x.p);
  const mass = play.reduce((s, x) => s + x.p, 0);
  const pi = play.map((x) => x.p / mass);
  const regions = new Set(play.map((x) => x.h.region));
  const obs = observations(a, v);
  const base = play.map((x) => logLikelihood(x.h, obs));
  const h0 = entropy(pi);
  const out: Gain[] = [];
  for (const c of unanswered(a, v)) {
    if (!(regions.has(c.region) || regions.has("any")) || !keep(c)) continue;
    // What each hypothesis predicts for this finding, given everything answered so far.
    const yesObs = observations(c.yes, v);
    const noObs = observations(c.no, v);
    const yes = play.map((x, i) => Math.exp(logLikelihood(x.h, yesObs) - (base[i] ?? 0)));
    const no = play.map((x, i) => Math.exp(logLikelihood(x.h, noObs) - (base[i] ?? 0)));
    const pYes = pi.reduce((s, p, i) => s + p * (yes[i] ?? 0), 0);
    const pNo = pi.reduce((s, p, i) => s + p * (no[i] ?? 0), 0);
    const after = (ls: number[], total: number) =>
      entropy(pi.map((p, i) => (p * (ls[i] ?? 0)) / total));
    const bits = h0 - (pYes * after(yes, pYes) + pNo * after(no, pNo)) / (pYes + pNo);
    let between: Gain["between"];
    let best = 0;
    for (let i = 0; i < Math.min(3, play.length); i++) {
      for (let j = i + 1; j < Math.min(4, play.length); j++) {
        const d = (pi[i] ?? 0) * (pi[j] ?? 0) * Math.abs((yes[i] ?? 0) - (yes[j] ?? 0));
        if (d > best) {
          best = d;
          between = [play[i]?.h as Hypothesis, play[j]?.h as Hypothesis];
        }
      }
    }
    out.push({ finding: c.finding, bits, between });
  }
  return out.sort((x, y) => y.bits - x.bits || x.finding.localeCompare(y.finding));
}

/** The few unasked findings that would best separate the leading explanations. */
export function nextQuestions(
  a: Answers,
  v: Vocabulary,
  hs: readonly Hypothesis[],
  post: readonly number[],
  limit = 3,
): NextQuestion[] {
  return gains(a, v, hs, post)
    .filter((g) => g.bits >= WORTH && g.between)
    .slice(0, limit)
    .map((g) => {
      const [x, y] = g.between as [Hypothesis, Hypothesis];
      return {
        finding: g.finding,
        ask: ask(g.finding, v),
        why: `tells ${nameOf(x, v)} from ${nameOf(y, v)}`,
      };
    });
}
