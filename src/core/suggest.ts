/**
 * Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions
 * and swaps of two neighbouring characters each cost one. `sciatca` -> `sciatica` is 1.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
  }
  return (d[a.length] as number[])[b.length] as number;
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
 * first, then in the order given; at most `max`.
 */
export function suggest(key: string, candidates: Candidate[], max = 3): string[] {
  if (key.length === 0 || key.length > 64) return [];
  const limit = key.length <= 4 ? 1 : key.length <= 8 ? 2 : 3;
  const scored: { name: string; score: number; order: number }[] = [];
  candidates.forEach((c, order) => {
    let score = Number.POSITIVE_INFINITY;
    for (const k of c.keys) {
      const d = editDistance(key, k, limit);
      if (d <= limit) score = Math.min(score, d);
      else if (key.length >= 3 && k.startsWith(key)) score = Math.min(score, limit + 0.5);
    }
    if (score < Number.POSITIVE_INFINITY) scored.push({ name: c.name, score, order });
  });
  scored.sort((x, y) => x.score - y.score || x.order - y.order);
  return [...new Set(scored.map((s) => s.name))].slice(0, max);
}
