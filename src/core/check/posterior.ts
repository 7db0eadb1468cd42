/**
 * Bayes' rule over the hypotheses of model.ts: prior times the probability of every answer,
 * normalised. The answers are taken as independent given the hypothesis (naive Bayes); docs/
 * decisions/005-check-model.md says what that costs and how the calibration test watches it.
 */
import { type Hypothesis, logLikelihood, marginal, type Observation } from "./model.js";

/** The posterior probability of each hypothesis, in the order given. */
export function posterior(hs: readonly Hypothesis[], obs: readonly Observation[]): number[] {
  const logs = hs.map((h) => Math.log(h.prior) + logLikelihood(h, obs));
  const top = Math.max(...logs);
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
 * How much more likely each answer is under `h` than under the other explanations still in
 * play (those not involving h's roots, weighted by their posterior): above 1 it speaks for h.
 */
export function likelihoodRatios(
  hs: readonly Hypothesis[],
  post: readonly number[],
  index: number,
  obs: readonly Observation[],
): { key: string; ratio: number }[] {
  const h = hs[index] as Hypothesis;
  const rivals = hs
    .map((x, i) => ({ x, p: post[i] ?? 0 }))
    .filter(({ x }) => x !== h && !x.roots.some((r) => h.roots.includes(r)));
  // When h has taken all the probability, weigh the rivals by their priors instead.
  const underflow = rivals.reduce((s, o) => s + o.p, 0) < 1e-12;
  const others = underflow ? rivals.map(({ x }) => ({ x, p: x.prior })) : rivals;
  const mass = others.reduce((s, o) => s + o.p, 0);
  return obs
    .filter((o) => o.kind !== "unreported")
    .map((o) => {
      const rest = others.reduce((s, { x, p }) => s + p * marginal(x, o), 0) / mass;
      return { key: o.key, ratio: marginal(h, o) / rest };
    });
}
