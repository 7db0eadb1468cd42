/**
 * A simulated population of people with a confirmed root lesion, to measure how often the
 * check's model names the right root and whether its stated chances hold (tests/check/
 * calibration.test.ts; docs/decisions/007-check-model.md).
 *
 * The world the patients come from is not the model's own:
 * - how many patients each root gets comes from surgical series other than the model's priors
 *   (Yoss 1957 for the neck, Sasaki 2014 for the low back);
 * - a finding's frequency is the published per-root figure where one exists (PUBLISHED, each
 *   with its source); every other frequency is the model's own, moved at random on the
 *   log-odds scale (a "misspecified world": the model's numbers are not the truth);
 * - findings are drawn independently, where the model assumes that feeling, strength and
 *   reflexes are each affected as a group.
 * The ceiling is the same kind of calculation made with the world's true numbers.
 */
import {
  hypotheses,
  marginal,
  type Observation,
  observations,
} from "../../src/core/check/model.js";
import { posterior, rootProbabilities } from "../../src/core/check/posterior.js";
import type { Answers, Vocabulary } from "../../src/core/check/types.js";
import { AREA_IDS, MOVEMENT_IDS, REFLEX_IDS } from "../../src/core/vocabulary-ids.js";

/** Patients per root in surgical series (not the model's priors). */
export const CASE_MIX: Record<string, { n: number; source: string }> = {
  c5: { n: 2, source: "yoss-1957" },
  c6: { n: 19, source: "yoss-1957" },
  c7: { n: 69, source: "yoss-1957" },
  c8: { n: 10, source: "yoss-1957" },
  l3: { n: 7, source: "sasaki-2014" },
  l4: { n: 20, source: "sasaki-2014" },
  l5: { n: 127, source: "sasaki-2014" },
  s1: { n: 56, source: "sasaki-2014" },
};

/** Per-root frequencies of findings in confirmed radiculopathy, from papers the model does not use. */
export const PUBLISHED: Record<string, Record<string, { p: number; source: string }>> = {
  c6: {
    "strength:forearm-pronation": {
      p: 0.72,
      source: "Rainville 2007, Spine 32(1):72–75 (C6 n=25)",
    },
    "strength:wrist-extension": { p: 0.36, source: "Rainville 2007: half as common as pronation" },
  },
  c7: {
    "strength:forearm-pronation": { p: 0.33, source: "Rainville 2007 (C7 n=30), lower bound" },
    "strength:elbow-extension": { p: 0.23, source: "Rainville 2007, lower bound" },
  },
  l3: { "pain:groin": { p: 0.43, source: "sasaki-2014 (L3 n=7)" } },
  l4: {
    "pain:groin": { p: 0.25, source: "sasaki-2014 (L4 n=20)" },
    "reflexes:knee": { p: 0.38, source: "bertilson-2010 (L4 n=8)" },
  },
  l5: { "pain:groin": { p: 0.02, source: "sasaki-2014 (0 of 127)" } },
  s1: {
    "pain:groin": { p: 0.02, source: "sasaki-2014 (0 of 56)" },
    "reflexes:ankle": { p: 0.45, source: "abjs ankle-reflex series (S1 n=181)" },
  },
};

/** A small seeded random generator (mulberry32), so the population is the same every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The share of findings a clinician tested in the simulation (world()'s default). */
export const TESTED = 0.35;

const logit = (p: number) => Math.log(p / (1 - p));
const expit = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * One yes/no finding: its "yes" and "no" answers. A person reports numbness and pain where they
 * have it (`told`); everything else is known only where a clinician happened to test it.
 */
interface Item {
  key: string;
  told: boolean;
  yes: (a: Answers) => Answers;
  no: (a: Answers) => Answers;
}

function items(v: Vocabulary, region: "neck-arm" | "back-leg"): Item[] {
  const out: Item[] = [];
  for (const id of AREA_IDS) {
    if (v.areas[id].region !== region || id === "saddle") continue;
    out.push({
      key: `numbness:${id}`,
      told: true,
      yes: (a) => ({ ...a, numbness: [...(a.numbness ?? []), id] }),
      no: (a) => ({ ...a, sensationNormal: [...(a.sensationNormal ?? []), id] }),
    });
    out.push({
      key: `pain:${id}`,
      told: true,
      yes: (a) => ({ ...a, pain: [...(a.pain ?? []), id] }),
      no: (a) => a,
    });
  }
  for (const id of MOVEMENT_IDS) {
    if (v.movements[id].region !== region) continue;
    out.push({
      key: `strength:${id}`,
      told: false,
      yes: (a) => ({ ...a, strength: { ...a.strength, [id]: "weak" } }),
      no: (a) => ({ ...a, strength: { ...a.strength, [id]: "normal" } }),
    });
  }
  for (const id of REFLEX_IDS) {
    if (v.reflexes[id].region !== region) continue;
    out.push({
      key: `reflexes:${id}`,
      told: false,
      yes: (a) => ({ ...a, reflexes: { ...a.reflexes, [id]: "reduced" } }),
      no: (a) => ({ ...a, reflexes: { ...a.reflexes, [id]: "normal" } }),
    });
  }
  return out;
}

/** The model's own probability of a finding's "yes" under a root, its group averaged out. */
function modelP(v: Vocabulary, root: string, key: string): number {
  const h = hypotheses(v).find((x) => x.id === root);
  const [kind = "", id = ""] = key.split(":");
  const o = {
    numbness: { key: `numbness:${id}`, kind: "numbness", id },
    pain: { key: `pain:${id}`, kind: "pain", id },
    strength: { key: `strength:${id}=weak`, kind: "strength", id, weak: true },
    reflexes: { key: `reflexes:${id}=reduced`, kind: "reflexes", id, value: "down" },
  }[kind] as Observation;
  return h ? Math.min(0.95, Math.max(0.005, marginal(h, o))) : 0.01;
}

export interface Patient {
  root: string;
  answers: Answers;
}

export interface World {
  /** P(yes) of every finding under every simulated root. */
  truth: Map<string, Map<string, number>>;
  patients: Patient[];
}

/**
 * The simulated population: `scale` patients per patient of the case mix; each finding a
 * clinician could test was tested with probability `tested`; `noise` moves the model's numbers
 * (standard deviation on the log-odds scale).
 */
export function world(v: Vocabulary, seed = 7, scale = 4, noise = 1, tested = TESTED): World {
  const rand = random(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
  const truth = new Map<string, Map<string, number>>();
  const patients: Patient[] = [];
  for (const [root, { n }] of Object.entries(CASE_MIX)) {
    const region = root.startsWith("c") ? "neck-arm" : "back-leg";
    const table = new Map<string, number>();
    for (const item of items(v, region)) {
      const published = PUBLISHED[root]?.[item.key]?.p;
      table.set(item.key, published ?? expit(logit(modelP(v, root, item.key)) + noise * gauss()));
    }
    truth.set(root, table);
    for (let i = 0; i < n * scale; i++) {
      let a: Answers = { side: "left" };
      for (const item of items(v, region)) {
        const yes = rand() < (table.get(item.key) ?? 0);
        const seen = rand() < tested;
        if (yes && (item.told || seen)) a = item.yes(a);
        else if (!yes && seen) a = item.no(a);
      }
      patients.push({ root, answers: a });
    }
  }
  return { truth, patients };
}

/** The root the model puts first, with its probability, and the second. */
export function modelRanks(v: Vocabulary, a: Answers): { root: string; p: number }[] {
  const hs = hypotheses(v);
  const post = posterior(hs, observations(a, v));
  return [...rootProbabilities(hs, post)]
    .map(([root, p]) => ({ root, p }))
    .sort((x, y) => y.p - x.p);
}

/** The ceiling: Bayes with the world's true numbers over the simulated roots of the patient's region. */
export function ceilingRanks(w: World, p: Patient): string[] {
  const a = p.answers;
  // What was observed: "yes" findings, and "no" findings that were tested.
  const yes = new Set<string>();
  const no = new Set<string>();
  for (const id of a.numbness ?? []) yes.add(`numbness:${id}`);
  for (const id of a.sensationNormal ?? []) no.add(`numbness:${id}`);
  for (const id of a.pain ?? []) yes.add(`pain:${id}`);
  for (const [id, s] of Object.entries(a.strength ?? {}))
    (s === "weak" ? yes : no).add(`strength:${id}`);
  for (const [id, r] of Object.entries(a.reflexes ?? {}))
    (r === "reduced" ? yes : no).add(`reflexes:${id}`);
  const region = p.root[0];
  const scores = [...w.truth].map(([root, table]) => {
    if (root[0] !== region && !(region !== "c" && root[0] !== "c")) return { root, l: -Infinity };
    let l = Math.log(CASE_MIX[root]?.n ?? 1);
    for (const [key, q] of table) {
      // Numbness and pain are always reported where present: not reported means absent.
      const told = key.startsWith("numbness:") || key.startsWith("pain:");
      if (yes.has(key)) l += Math.log(q);
      else if (no.has(key) || told) l += Math.log(1 - q);
      // An untested finding says nothing.
    }
    return { root, l };
  });
  return scores.sort((x, y) => y.l - x.l).map((x) => x.root);
}
