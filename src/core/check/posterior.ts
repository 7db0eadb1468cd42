/**
 * Bayes' rule over the hypotheses of model.ts: prior times the probability of every answer,
 * normalised. The answers are taken as independent given the hypothesis (naive Bayes); docs/
 * decisions/007-check-model.md says what that costs and how the calibration test watches it.
 */
import { type Hypothesis, logLikelihood, marginal, type Observation } from "./model.js";

/**
 * The posterior probability of each hypothesis, in the order given; hypotheses `keep` rejects
 * get 0 without being weighed.
 */
export function posterior(
  hs: readonly Hypothesis[],
  obs: readonly Observation[],
  keep: (h: Hypothesis) => boolean = () => true,
): number[] {
  const logs = hs.map((h) => (keep(h) ? Math.log(h.prior) + logLikelihood(h, obs) : -Infinity));
  const top = Math.max(...logs);
  if (top === -Infinity) return posterior(hs, obs);
  const w = logs.map((l) => Math.exp(l - top));
  const sum = w.reduce((s, x) => s + x, 0);
  return w.map((x) => x / sum);
}

/** Each root's probability: its own hypothesis and half of each neighbouring pair it is in. */
export function rootProbabilities(hs: readonly Hypothesis[], post: readonly number[]) {
  const out = new Map<string, number>();
  hs.forEach((h, i) => {
    const p = post[i] ?? 0;
    for (const r of h.roots) out.set(r, (out.get(r) ?? 0) + p / h.roots.length);
  });
  return out;
}

/**
 * How much more likely each answer is under hypothesis `h` than under its strongest rival `r`
 * (the most probable explanation that involves none of h's roots): above 1 it speaks for h.
 * Comparing with one named rival is how a clinician explains it: "S1 rather than L5, because…".
 */
export function likelihoodRatios(
  h: Hypothesis,
  r: Hypothesis,
  obs: readonly Observation[],
): { key: string; ratio: number }[] {
  return obs
    .filter((o) => o.kind !== "unreported")
    .map((o) => ({ key: o.key, ratio: marginal(h, o) / marginal(r, o) }));
}

/** The most probable hypothesis that involves none of h's roots (and is not h). */
export function rivalOf(
  hs: readonly Hypothesis[],
  post: readonly number[],
  h: Hypothesis,
): Hypothesis | undefined {
  let best: Hypothesis | undefined;
  let p = -1;
  hs.forEach((x, i) => {
    if (x === h || x.roots.some((root) => h.roots.includes(root))) return;
    if ((post[i] ?? 0) > p) {
      p = post[i] ?? 0;
      best = x;
    }
  });
  return best;
}
