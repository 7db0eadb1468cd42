/**
 * Scoring a set of natural questions against search: the share whose first page is right (top-1)
 * and whose first three distinct pages hold a right one (top-3), overall and per length band.
 */
export interface NaturalQuestion {
  q: string;
  pages: string[];
  style?: string;
  why?: string;
}

export interface Scored extends NaturalQuestion {
  got: string[];
  top1: boolean;
  top3: boolean;
}

export interface Band {
  name: string;
  n: number;
  top1: number;
  top3: number;
}

/** Length bands of the issue: up to 8 words, 9–20, over 20. */
export const BANDS = [
  { name: "1-8 words", min: 0, max: 8 },
  { name: "9-20 words", min: 9, max: 20 },
  { name: "21+ words", min: 21, max: Number.POSITIVE_INFINITY },
];

export const wordCount = (q: string) => q.split(/\s+/).filter(Boolean).length;

export function score(
  set: readonly NaturalQuestion[],
  pagesFor: (q: string) => string[],
): Scored[] {
  return set.map((x) => {
    const got = pagesFor(x.q);
    return {
      ...x,
      got,
      top1: x.pages.includes(got[0] ?? ""),
      top3: got.slice(0, 3).some((p) => x.pages.includes(p)),
    };
  });
}

export function bands(rows: readonly Scored[]): Band[] {
  const all = [{ name: "all", min: 0, max: Number.POSITIVE_INFINITY }, ...BANDS];
  return all.map((b) => {
    const r = rows.filter((x) => wordCount(x.q) >= b.min && wordCount(x.q) <= b.max);
    const share = (f: (x: Scored) => boolean) => (r.length ? r.filter(f).length / r.length : 1);
    return { name: b.name, n: r.length, top1: share((x) => x.top1), top3: share((x) => x.top3) };
  });
}

export function report(title: string, rows: readonly Scored[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = bands(rows).map(
    (b) =>
      `  ${b.name.padEnd(11)} n=${String(b.n).padStart(3)}  top-1 ${pct(b.top1).padStart(6)}  top-3 ${pct(b.top3).padStart(6)}`,
  );
  return `${title}\n${lines.join("\n")}`;
}

export function misses(rows: readonly Scored[], which: "top1" | "top3"): string[] {
  return rows
    .filter((r) => !r[which])
    .map((r) => `${r.q} -> ${r.got.slice(0, 3).join(", ")} (want ${r.pages.join("|")})`);
}
