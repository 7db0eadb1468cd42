/**
 * Which question to ask next: of the findings not yet answered, the ones whose answer is
 * expected to tell the leading explanations apart best (expected information gain, in bits,
 * over the hypotheses still in play). The walkthrough asks its self-checks in this order and
 * the result names the few that would settle it ("to tell L5 from S1: …").
 */
import { rootLabel } from "../roots.js";
import { byText } from "../text.js";
import {
  AREA_IDS,
  type AreaId,
  MOVEMENT_IDS,
  type MovementId,
  REFLEX_IDS,
  type ReflexId,
} from "../vocabulary-ids.js";
import {
  answer,
  type Evidence,
  evidence,
  type Hypothesis,
  type Observation,
  observations,
  totalOf,
  totalWith,
} from "./model.js";
import type { Answers, NextQuestion, Region, Vocabulary } from "./types.js";

/** Hypotheses below this posterior are out of play for choosing questions, and at most this many. */
const IN_PLAY = 0.01;
const MOST = 8;
/** A question worth asking tells at least this much (bits). */
const WORTH = 0.03;

const entropy = (ps: readonly number[]) =>
  ps.reduce((s, p) => (p > 0 ? s - p * Math.log2(p) : s), 0);

/** A finding not yet answered: the answers its "yes" and its "no" would add (and take away). */
interface Candidate {
  finding: string;
  region: Region;
  yes: Change;
  no: Change;
}
interface Change {
  add: Observation[];
  remove: Observation[];
}

const strength = (id: MovementId, weak: boolean): Observation =>
  answer(`strength:${id}=${weak ? "weak" : "normal"}`, "strength", id, { weak });
const reflex = (id: ReflexId, down: boolean): Observation =>
  answer(`reflexes:${id}=${down ? "reduced" : "normal"}`, "reflexes", id, {
    value: down ? "down" : "normal",
  });

/** Every question there is to ask, made once per vocabulary (they are asked about again and again). */
interface Asked {
  /** An area's question, when the area counts as "not reported numb" and when it does not. */
  areas: Map<AreaId, { closed: Candidate; open: Candidate }>;
  movements: Map<MovementId, Candidate>;
  reflexes: Map<ReflexId, Candidate>;
}
const askedCache = new WeakMap<Vocabulary, Asked>();

/**
 * Numbness asked about one more area; either answer takes the area out of "not reported numb"
 * (model.ts, `unreported`). A first "yes" in a part of the body would also make its other areas
 * "not reported"; that is left out here, where it only ranks questions, to keep this fast.
 */
function asked(v: Vocabulary): Asked {
  const known = askedCache.get(v);
  if (known) return known;
  const areas = new Map<AreaId, { closed: Candidate; open: Candidate }>();
  for (const id of AREA_IDS) {
    const silent = answer(`numbness:${id}=unreported`, "unreported", id);
    const numb = answer(`numbness:${id}`, "numbness", id);
    const normal = answer(`sensationNormal:${id}`, "sensationNormal", id);
    const make = (remove: Observation[]): Candidate => ({
      finding: `numbness:${id}`,
      region: v.areas[id].region,
      yes: { add: [numb], remove },
      no: { add: [normal], remove },
    });
    areas.set(id, { closed: make([silent]), open: make([]) });
  }
  const movements = new Map(
    MOVEMENT_IDS.map((id) => [
      id,
      {
        finding: `strength:${id}`,
        region: v.movements[id].region,
        yes: { add: [strength(id, true)], remove: [] },
        no: { add: [strength(id, false)], remove: [] },
      },
    ]),
  );
  const reflexes = new Map(
    REFLEX_IDS.map((id) => [
      id,
      {
        finding: `reflexes:${id}`,
        region: v.reflexes[id].region,
        yes: { add: [reflex(id, true)], remove: [] },
        no: { add: [reflex(id, false)], remove: [] },
      },
    ]),
  );
  const made = { areas, movements, reflexes };
  askedCache.set(v, made);
  return made;
}

/** Every finding not yet answered in these parts of the body. */
function unanswered(
  a: Answers,
  v: Vocabulary,
  regions: Set<Region | "any">,
  obs: readonly Observation[],
): Candidate[] {
  const here = (r: Region) => regions.has(r) || regions.has("any");
  const answeredArea = new Set([...(a.numbness ?? []), ...(a.sensationNormal ?? [])]);
  const closed = new Set<string>();
  for (const o of obs) if (o.kind === "unreported") closed.add(o.id);
  const all = asked(v);
  const out: Candidate[] = [];
  for (const [id, c] of all.areas) {
    // The saddle is a red flag, asked first and on its own.
    if (answeredArea.has(id) || id === "saddle" || !here(c.open.region)) continue;
    out.push(closed.has(id) ? c.closed : c.open);
  }
  for (const [id, c] of all.movements) if (!a.strength?.[id] && here(c.region)) out.push(c);
  for (const [id, c] of all.reflexes) if (!a.reflexes?.[id] && here(c.region)) out.push(c);
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

/** Of the leading explanations, the two whose predictions of this finding differ most. */
function separated(
  play: readonly { h: Hypothesis }[],
  pi: readonly number[],
  yes: readonly number[],
): Gain["between"] {
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
  return between;
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
  obs: readonly Observation[] = observations(a, v),
): Gain[] {
  const play = hs
    .map((h, i) => ({ h, p: post[i] ?? 0 }))
    .filter((x) => x.p >= IN_PLAY)
    .sort((x, y) => y.p - x.p)
    .slice(0, MOST);
  // One explanation left: nothing to tell apart.
  if (play.length < 2) return [];
  const mass = play.reduce((s, x) => s + x.p, 0);
  const pi = play.map((x) => x.p / mass);
  // Shingles fits any part of the body; the questions worth asking are where the others are.
  const placed = play.map((x) => x.h.region).filter((r) => r !== "any");
  const regions = new Set<Region | "any">(placed.length > 0 ? placed : ["any"]);
  const base = play.map((x) => evidence(x.h, obs));
  const baseTotal = play.map((x, i) => totalOf(x.h, base[i] as Evidence));
  /** What hypothesis i predicts for this change, given everything answered so far. */
  const predict = (i: number, c: Change) => {
    const h = play[i]?.h as Hypothesis;
    return Math.exp(totalWith(h, base[i] as Evidence, c.add, c.remove) - (baseTotal[i] ?? 0));
  };
  const h0 = entropy(pi);
  const out: Gain[] = [];
  const yes = new Array<number>(play.length);
  const no = new Array<number>(play.length);
  /** The entropy of the hypotheses in play once this answer is known. */
  const after = (ls: readonly number[], total: number) => {
    let h = 0;
    for (let i = 0; i < play.length; i++) {
      const q = ((pi[i] ?? 0) * (ls[i] ?? 0)) / total;
      if (q > 0) h -= q * Math.log2(q);
    }
    return h;
  };
  for (const c of unanswered(a, v, regions, obs)) {
    if (!keep(c)) continue;
    let pYes = 0;
    let pNo = 0;
    for (let i = 0; i < play.length; i++) {
      yes[i] = predict(i, c.yes);
      no[i] = predict(i, c.no);
      pYes += (pi[i] ?? 0) * (yes[i] ?? 0);
      pNo += (pi[i] ?? 0) * (no[i] ?? 0);
    }
    const bits = h0 - (pYes * after(yes, pYes) + pNo * after(no, pNo)) / (pYes + pNo);
    out.push({ finding: c.finding, bits, between: separated(play, pi, yes) });
  }
  return out.sort((x, y) => y.bits - x.bits || byText(x.finding, y.finding));
}

/** The few unasked findings that would best separate the leading explanations. */
export function nextQuestions(
  a: Answers,
  v: Vocabulary,
  hs: readonly Hypothesis[],
  post: readonly number[],
  obs: readonly Observation[] = observations(a, v),
  limit = 3,
): NextQuestion[] {
  const worth = gains(a, v, hs, post, () => true, obs).filter((g) => g.bits >= WORTH && g.between);
  // The best question of each kind first (a numb area, a self-check, a reflex), so that someone
  // who cannot feel for numbness still gets a test to do; then the next best, whatever kind.
  const kind = (g: Gain) => g.finding.split(":")[0];
  const firsts = worth.filter((g, i) => worth.findIndex((x) => kind(x) === kind(g)) === i);
  const chosen = [...firsts, ...worth.filter((g) => !firsts.includes(g))].slice(0, limit);
  return chosen
    .sort((x, y) => y.bits - x.bits || byText(x.finding, y.finding))
    .map((g) => {
      const [x, y] = g.between as [Hypothesis, Hypothesis];
      return {
        finding: g.finding,
        ask: ask(g.finding, v),
        why: `tells ${nameOf(x, v)} from ${nameOf(y, v)}`,
      };
    });
}
