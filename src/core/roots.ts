import type { Group } from "./types.js";

/** How many roots each region has, in order from the head down. */
const REGIONS = [
  { letter: "c", count: 8, group: "cervical", word: "cervical" },
  { letter: "t", count: 12, group: "thoracic", word: "thoracic" },
  { letter: "l", count: 5, group: "lumbar", word: "lumbar" },
  { letter: "s", count: 5, group: "sacral", word: "sacral" },
] as const;

export type RegionLetter = (typeof REGIONS)[number]["letter"];

/** Every nerve-root id, c1 … s5, in anatomical order. */
export const ROOT_IDS: readonly string[] = REGIONS.flatMap((r) =>
  Array.from({ length: r.count }, (_, i) => `${r.letter}${i + 1}`),
);

const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
];

export function isRootId(id: string): boolean {
  return ROOT_IDS.includes(id);
}

/** The group a page belongs to in `radic list`: its region for a root, else "topics". */
export function groupOf(id: string): Group {
  if (!isRootId(id)) return "topics";
  return REGIONS.find((r) => r.letter === id[0])?.group ?? "topics";
}

/** Position of a root from the head down (c1 = 0), or -1. Adjacent roots differ by one. */
export function rootIndex(id: string): number {
  return ROOT_IDS.indexOf(id);
}

/** The display name of a root id: `s1` -> `S1`. */
export function rootLabel(id: string): string {
  return id.toUpperCase();
}

const SUFFIX = /(nerveroots?|nerves?|roots?|radiculopathy|radiculitis|radicularpain|level)$/;
const LETTER: Record<string, RegionLetter> = {
  c: "c",
  t: "t",
  l: "l",
  s: "s",
  cervical: "c",
  thoracic: "t",
  dorsal: "t",
  lumbar: "l",
  sacral: "s",
};

/**
 * Read a root from a comparison key (see `keyOf`): `s1`, `sacral1`, `firstsacral`,
 * `s1nerveroot`, `s1radiculopathy`. Returns the root id, or undefined.
 */
export function parseRootKey(key: string): string | undefined {
  let k = key;
  for (let i = 0; i < 3 && SUFFIX.test(k); i++) k = k.replace(SUFFIX, "");
  const numbered = /^(c|t|l|s|cervical|thoracic|dorsal|lumbar|sacral)(\d{1,2})$/.exec(k);
  if (numbered) return checked(LETTER[numbered[1] ?? ""], Number(numbered[2]));
  const ordinal = /^([a-z]+?)(cervical|thoracic|dorsal|lumbar|sacral)$/.exec(k);
  if (ordinal) {
    const n = ORDINALS.indexOf(ordinal[1] ?? "") + 1;
    if (n > 0) return checked(LETTER[ordinal[2] ?? ""], n);
  }
  return undefined;
}

/**
 * For a root that does not exist (`l6`, `c9`, `t13`, `s0`), the nearest ones that do: the end
 * of its region, then the neighbour across the border (`l6` -> l5, s1; `c9` -> c8, t1). Empty
 * for a real root or for anything that is not a root name at all.
 */
export function nearestRoots(key: string): string[] {
  let k = key;
  for (let i = 0; i < 3 && SUFFIX.test(k); i++) k = k.replace(SUFFIX, "");
  const m = /^(c|t|l|s|cervical|thoracic|dorsal|lumbar|sacral)(\d{1,3})$/.exec(k);
  const letter = LETTER[m?.[1] ?? ""];
  const region = REGIONS.find((r) => r.letter === letter);
  if (!m || !region) return [];
  const n = Number(m[2]);
  if (n >= 1 && n <= region.count) return [];
  const edge = `${region.letter}${n < 1 ? 1 : region.count}`;
  const across = ROOT_IDS[rootIndex(edge) + (n < 1 ? -1 : 1)];
  return across ? [edge, across] : [edge];
}

function checked(letter: RegionLetter | undefined, n: number): string | undefined {
  if (!letter) return undefined;
  const id = `${letter}${n}`;
  return isRootId(id) ? id : undefined;
}

/** The root directly below (`l5` -> `s1`), or undefined at s5. */
export function nextRoot(id: string): string | undefined {
  const i = rootIndex(id);
  return i >= 0 ? ROOT_IDS[i + 1] : undefined;
}
