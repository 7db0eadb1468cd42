/**
 * The localisation engine: answers in, result out, deterministic and with no I/O. Triage comes
 * first and apart (triage.ts, rules); then every hypothesis — each root, two neighbouring roots,
 * the peripheral nerves and other things that copy a root — is weighed by Bayes' rule on every
 * answer (model.ts, posterior.ts), and the pattern, the candidates and their reasons, the
 * alternatives and the next most useful questions all come from that one posterior.
 */
import { rootIndex } from "../roots.js";
import { byText } from "../text.js";
import {
  answeredRegions,
  considered,
  type Hypothesis,
  hypotheses,
  type Observation,
  observations,
} from "./model.js";
import { nameOf, nextQuestions } from "./next.js";
import { likelihoodRatios, posterior, rivalOf, rootProbabilities } from "./posterior.js";
import { hasDeficit, type TriageResult, triage } from "./triage.js";
import type { Answers, Candidate, Pattern, Result, Vocabulary } from "./types.js";

/** Below this, no explanation stands out: the answers are too spread to name one. */
const FLAT = 0.25;
/**
 * Two neighbouring roots share the answers ("two roots") when both together are a likely
 * explanation, or when the neighbour is nearly as likely as the leader; a further root this
 * close makes it "several".
 */
const PAIR = 0.25;
const SHARE = 0.6;
const SEVERAL = 0.5;
/** Roots and alternatives shown: at least this probable. */
const SHOWN = 0.05;
/** An answer speaks for (or against) an explanation when it is this many times more (less) likely. */
const SPEAKS = 1.5;

/** This many normal findings make an examination, which is evidence whatever else was found. */
const EXAMINED = 3;
const isNormal = (o: Observation) =>
  o.kind === "sensationNormal" ||
  (o.kind === "strength" && !o.weak) ||
  (o.kind === "reflexes" && o.value === "normal");

/** Probabilities are shown to two decimals, rounded down so that they never add up past 1. */
const floor2 = (p: number) => Math.floor(p * 100) / 100;

/**
 * Something that points to a place: numbness, weakness, a changed reflex, pain in an area that
 * is some root's own territory (not the back, the buttock or the back of the thigh, where pain
 * is often referred), or a sign or red flag that belongs to one of the other explanations.
 */
function localising(obs: readonly Observation[], v: Vocabulary): boolean {
  const pointing = new Set(
    Object.values(v.model.hypotheses).flatMap((h) => [
      ...Object.entries(h.features ?? {})
        .filter(([, p]) => (p ?? 0) >= 0.5)
        .map(([id]) => `features:${id}`),
      ...Object.keys(h.redFlags ?? {}).map((id) => `redFlags:${id}`),
    ]),
  );
  return obs.some((o) => {
    switch (o.kind) {
      case "numbness":
        return true;
      case "strength":
        return o.weak;
      case "reflexes":
        return o.value !== "normal";
      case "pain": {
        const a = v.areas[o.id];
        return Object.values(a.painRoots ?? a.roots).some((w) => w >= 1);
      }
      default:
        return pointing.has(o.key);
    }
  });
}

/**
 * The other explanations an answer points to by itself — a sign that belongs to them (a band
 * rash to shingles, Hoffmann's sign or a brisk reflex to the cord): named whatever their
 * probability, so that what a clinician found is never left unsaid.
 */
function pointedTo(a: Answers, v: Vocabulary): Set<string> {
  const features = new Set<string>(a.features ?? []);
  const brisk = Object.values(a.reflexes ?? {}).includes("brisk");
  const out = new Set<string>();
  for (const [id, h] of Object.entries(v.model.hypotheses)) {
    const sign = Object.entries(h.features ?? {}).some(
      ([f, p]) => features.has(f) && (p ?? 0) >= 0.5,
    );
    if (sign || (brisk && (h.brisk ?? 0) >= 0.5)) out.add(id);
  }
  return out;
}

/**
 * The triage, raised to urgent with the cord's reason when the result names the spinal cord as
 * the likeliest explanation ("non-radicular", the cord first) of a neurological finding (an arm
 * and a leg weak together, numb hands and feet): the cord is never the leading explanation of a
 * "routine" result. Pain alone is not enough: the report would name nothing. Only raises; an
 * emergency stays one.
 */
function withCordPattern(
  t: TriageResult,
  ranked: Ranked,
  pattern: Pattern,
  a: Answers,
  v: Vocabulary,
): TriageResult {
  const top = ranked.others[0];
  const cordLeads = pattern === "non-radicular" && top?.h.id === "myelopathy" && hasDeficit(a);
  const said = [
    v.triage.cordSign.text,
    v.triage.briskReflex.text,
    v.triage.bothArmsWeak.text,
    v.triage.cordPattern.text,
    v.triage.armAndLegWeak.text,
  ];
  if (!cordLeads || t.triage === "emergency" || said.some((x) => t.reasons.includes(x))) return t;
  const reason = v.triage.cordPattern;
  return {
    triage: "urgent",
    reasons: [...t.reasons, reason.text],
    sources: [...new Set([...t.sources, ...reason.sources])].sort(),
  };
}

interface Ranked {
  roots: { root: string; p: number }[];
  /** The posterior of each neighbouring pair, by `c5-c6` id. */
  pairs: Map<string, number>;
  others: { h: Hypothesis; p: number }[];
}

function rank(hs: readonly Hypothesis[], post: readonly number[]): Ranked {
  const roots = [...rootProbabilities(hs, post)]
    .map(([root, p]) => ({ root, p }))
    .sort((x, y) => y.p - x.p || rootIndex(x.root) - rootIndex(y.root));
  const others = hs
    .map((h, i) => ({ h, p: post[i] ?? 0 }))
    .filter((x) => x.h.kind === "other")
    .sort((x, y) => y.p - x.p || byText(x.h.id, y.h.id));
  const pairs = new Map(
    hs.flatMap((h, i) => (h.kind === "pair" ? [[h.id, post[i] ?? 0] as const] : [])),
  );
  return { roots, pairs, others };
}

const contiguous = (xs: readonly { root: string }[]) => {
  const idx = xs.map((x) => rootIndex(x.root)).sort((a, b) => a - b);
  return idx.every((x, i) => i === 0 || x - (idx[i - 1] ?? x) === 1);
};

function patternOf(r: Ranked, isLocalising: boolean): Pattern {
  const [r1, r2, r3] = r.roots;
  const o1 = r.others[0];
  if (!isLocalising || !r1) return "insufficient";
  if (o1 && o1.p > r1.p) return o1.p >= FLAT ? "non-radicular" : "insufficient";
  if (r1.p < FLAT) {
    // Several neighbouring roots that share one area (a band round the belly) are "several".
    const close = r.roots.filter((x) => x.p >= SEVERAL * r1.p);
    const mass = close.reduce((s, x) => s + x.p, 0);
    return close.length >= 3 && mass >= 2 * FLAT && contiguous(close)
      ? "multi-root"
      : "insufficient";
  }
  if (!r2) return "single-root";
  const adjacent = Math.abs(rootIndex(r1.root) - rootIndex(r2.root)) === 1;
  const pair = r.pairs.get(
    [r1.root, r2.root].sort((x, y) => rootIndex(x) - rootIndex(y)).join("-"),
  );
  const several = r3 !== undefined && r3.p >= SEVERAL * r1.p;
  if (adjacent && !several && ((pair ?? 0) >= PAIR || r2.p >= SHARE * r1.p)) return "two-roots";
  return several || (!adjacent && r2.p >= SEVERAL * r1.p) ? "multi-root" : "single-root";
}

function candidate(
  root: string,
  p: number,
  hs: readonly Hypothesis[],
  post: readonly number[],
  obs: readonly Observation[],
  v: Vocabulary,
): Candidate {
  const h = hs.find((x) => x.id === root) as Hypothesis;
  const rival = rivalOf(hs, post, h);
  const lrs = rival ? likelihoodRatios(h, rival, obs) : [];
  const strong = (x: { ratio: number }) => x.ratio >= SPEAKS || x.ratio <= 1 / SPEAKS;
  const byWeight = [...lrs].filter(strong).sort((x, y) => {
    const d = Math.abs(Math.log(y.ratio)) - Math.abs(Math.log(x.ratio));
    return d || byText(x.key, y.key);
  });
  return {
    root,
    score: floor2(p),
    supports: byWeight.filter((x) => x.ratio >= SPEAKS).map((x) => x.key),
    against: byWeight.filter((x) => x.ratio <= 1 / SPEAKS).map((x) => x.key),
    explain: byWeight.map((x) => ({ finding: x.key, ratio: Number(x.ratio.toPrecision(2)) })),
    versus: rival ? nameOf(rival, v) : "",
  };
}

/** The sources behind the findings an explanation used, and behind the model's numbers for them. */
function findingSources(keys: readonly string[], v: Vocabulary): string[] {
  const k = v.model.kinds;
  return keys.flatMap((key) => {
    const [kind = "", rest = ""] = key.split(":");
    const id = rest.split("=")[0] ?? "";
    const table = (
      {
        numbness: [v.areas, k.numbness],
        sensationNormal: [v.areas, k.numbness],
        pain: [v.areas, k.pain],
        strength: [v.movements, k.weak],
        reflexes: [v.reflexes, k.reflex],
        features: [v.features, k.feature],
      } as Record<string, [Record<string, { sources: string[] }>, { sources: string[] }]>
    )[kind];
    return table ? [...(table[0][id]?.sources ?? []), ...table[1].sources] : [];
  });
}

/**
 * Localise: triage, the roots most likely and why, what else it could be, what to ask next,
 * plain advice, and the sources behind it all.
 */
export function localize(a: Answers, v: Vocabulary): Result {
  const first = triage(a, v);
  const obs = observations(a, v);
  const hs = hypotheses(v);
  const regions = answeredRegions(obs, v);
  const post = posterior(hs, obs, (h) => considered(h, regions, a, v));
  const ranked = rank(hs, post);
  // An examination (several findings tested and normal) is evidence too, with pain: a normal
  // exam and nothing wrong is still too little to point anywhere.
  const examined =
    obs.filter((o) => isNormal(o)).length >= EXAMINED && obs.some((o) => o.kind === "pain");
  const isLocalising = localising(obs, v) || examined;
  const pattern = patternOf(ranked, isLocalising);
  const rootsShown =
    pattern === "insufficient" || pattern === "non-radicular"
      ? []
      : ranked.roots.filter((x) => x.p >= SHOWN).slice(0, 4);
  const candidates = rootsShown.map((x) => candidate(x.root, x.p, hs, post, obs, v));
  const pointed = pointedTo(a, v);
  const alts = isLocalising
    ? ranked.others.filter((x) => x.p >= SHOWN || pointed.has(x.h.id)).slice(0, 3)
    : [];
  // When something else leads, the roots still in the running are said too (never hidden).
  const stillRoots =
    pattern === "non-radicular"
      ? ranked.roots
          .filter((x) => x.p >= SHOWN)
          .slice(0, 2)
          .map((x) => ({ root: x.root, score: floor2(x.p) }))
      : [];
  const alternatives = alts.map((x) => ({
    id: x.h.id,
    why: v.alternatives[x.h.id]?.why ?? x.h.id,
    score: floor2(x.p),
  }));
  const advice =
    pattern === "non-radicular"
      ? v.advice.nonRadicular
      : pattern === "insufficient"
        ? v.advice.insufficient
        : undefined;
  const t = withCordPattern(first, ranked, pattern, a, v);
  const triageAdvice = v.advice[t.triage];
  const used = candidates.flatMap((c) => [...c.supports, ...c.against]);
  const sources = new Set([
    ...t.sources,
    ...triageAdvice.sources,
    ...(advice?.sources ?? []),
    ...(candidates.length > 0 ? v.model.roots.sources : []),
    ...alts.flatMap((x) => [
      ...(v.alternatives[x.h.id]?.sources ?? []),
      ...(v.model.hypotheses[x.h.id]?.sources ?? []),
    ]),
    ...findingSources(used, v),
  ]);
  return {
    triage: t.triage,
    triageReasons: t.reasons,
    pattern,
    candidates,
    alternatives,
    nextQuestions: isLocalising ? nextQuestions(a, v, hs, post, obs) : [],
    ...(stillRoots.length > 0 ? { otherRoots: stillRoots } : {}),
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
