import { rootLabel } from "./roots.js";

/** Vertebrae from the top down; a disc sits between two neighbours (none between C1 and C2). */
const VERTEBRAE = [
  ...Array.from({ length: 7 }, (_, i) => `c${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `t${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `l${i + 1}`),
  "s1",
];

export type DiscRegion = "cervical" | "thoracic" | "lumbar";

export interface DiscLevel {
  /** `l5-s1` */
  id: string;
  /** `L5–S1` */
  label: string;
  region: DiscRegion;
  /** Root(s) a usual (posterolateral) herniation at this level presses on. */
  usual: string[];
  /** Root a far-lateral (foraminal) herniation presses on, where that differs (lumbar only). */
  farLateral: string[];
  /** What a large central herniation here can compress. */
  central: "spinal cord" | "conus medullaris" | "cauda equina";
}

const SEPARATED = /^([ctl])(\d{1,2}) ?[-/ ] ?([ctls]?)(\d{1,2})$/;
const JOINED = /^([ctl])(\d{1,2})([ctls])(\d{1,2})$/;

/**
 * Read a disc level from tidy input (`l5-s1`, `L4/5`, `c5 c6`, `l5s1 disc`) and say which roots
 * it usually presses on. Cervical roots C1–C7 leave above their vertebra and C8 below C7, so a
 * cervical disc meets the root leaving at its level, numbered like the lower vertebra (C5–C6 -> C6,
 * C7–T1 -> C8). In the lumbar spine a usual herniation meets the root that crosses the disc to
 * leave one level lower (L5–S1 -> S1) and a far-lateral one the root leaving at that level (L5).
 */
export function parseDiscLevel(input: string): DiscLevel | undefined {
  const text = input.replace(/\b(disc|disk|level|intervertebral)\b/g, "").trim();
  const m = SEPARATED.exec(text) ?? JOINED.exec(text);
  if (!m) return undefined;
  const upper = `${m[1]}${Number(m[2])}`;
  const lower = `${m[3] || m[1]}${Number(m[4])}`;
  const i = VERTEBRAE.indexOf(upper);
  if (i < 1 || VERTEBRAE[i + 1] !== lower) return undefined; // not neighbours, or C1–C2
  return describe(upper, lower);
}

/** Every disc level, from the top down: C2–C3 … L5–S1. */
export function allDiscLevels(): DiscLevel[] {
  return VERTEBRAE.slice(1, -1).map((upper, i) => describe(upper, VERTEBRAE[i + 2] as string));
}

function describe(upper: string, lower: string): DiscLevel {
  const id = `${upper}-${lower}`;
  const label = `${rootLabel(upper)}–${rootLabel(lower)}`;
  const n = Number(upper.slice(1));
  if (upper.startsWith("c")) {
    const root = upper === "c7" ? "c8" : `c${n + 1}`;
    return { id, label, region: "cervical", usual: [root], farLateral: [], central: "spinal cord" };
  }
  if (upper.startsWith("t")) {
    const central = upper === "t12" ? "conus medullaris" : "spinal cord";
    return { id, label, region: "thoracic", usual: [upper], farLateral: [], central };
  }
  return {
    id,
    label,
    region: "lumbar",
    usual: [lower],
    farLateral: [upper],
    central: "cauda equina",
  };
}
