// Three reusable rows: the distance is computed thousands of times per search (typo matching),
// so it allocates nothing per call.
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

/**
 * Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions
 * and swaps of two neighbouring characters each cost one. `sciatca` -> `sciatica` is 1. With a
 * `limit`, returns `limit + 1` as soon as the distance is known to exceed it.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  if (rows[0].length <= n)
    rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [older, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, (older[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    const spare = older;
    older = prev;
    prev = cur;
    cur = spare;
  }
  return prev[n] as number;
}

/** A name that can be suggested, and the key it is compared by. */
export interface Candidate {
  /** What the user should type, e.g. `s1` or `search`. */
  name: string;
  /** Comparison keys: the id itself and its aliases, already passed through `keyOf`. */
  keys: string[];
}

/**
 * Names close to `key`: within an edit distance that grows with the length of the input (1 for
 * short words, up to 3), or starting with it when at least three characters were typed. Closest
 * first (a shared first letter breaks a tie), then in the order given; at most `max`.
 */
export function suggest(key: string, candidates: Candidate[], max = 3): string[] {
  if (key.length === 0 || key.length > 64) return [];
  const limit = key.length <= 4 ? 1 : key.length <= 8 ? 2 : 3;
  const scored: { name: string; score: number; order: number }[] = [];
  candidates.forEach((c, order) => {
    let score = Number.POSITIVE_INFINITY;
    for (const k of c.keys) {
      const d = editDistance(key, k, limit);
      // On a tie, a name starting with the same letter wins: `s9` suggests s1 before t9.
      const same = k[0] === key[0] ? 0 : 0.25;
      if (d <= limit) score = Math.min(score, d + same);
      else if (key.length >= 3 && k.startsWith(key)) score = Math.min(score, limit + 0.5);
    }
    if (score < Number.POSITIVE_INFINITY) scored.push({ name: c.name, score, order });
  });
  scored.sort((x, y) => x.score - y.score || x.order - y.order);
  return [...new Set(scored.map((s) => s.name))].slice(0, max);
}
