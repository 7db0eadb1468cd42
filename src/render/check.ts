/**
 * The result of `radic check`, for people: the triage banner first when it is not routine,
 * then the likely roots with the findings for and against, what else it could be, what to do,
 * and the disclaimer once. Also the same result as Markdown, for a clinician.
 */
import type { Answers, Candidate, Result, Vocabulary } from "../core/check/types.js";
import { rootLabel } from "../core/roots.js";
import type { Source } from "../core/types.js";
import { drawMap, GLYPH, type Picture } from "./bodymap.js";
import { blank, type Line, parseInline, wrap } from "./doc.js";
import { citation, sourcesLine } from "./page.js";

export const DISCLAIMER =
  "radic is a reference and a teaching aid, not a diagnosis: it cannot examine you or rule anything out.";

const PATTERN_TEXT: Record<Result["pattern"], string> = {
  "single-root": "Your answers point most to one nerve root:",
  "two-roots": "Your answers fit two neighbouring roots, one or both:",
  "multi-root": "Your answers fit several roots, or a level they cannot narrow down further:",
  "non-radicular": "Your answers fit something other than one nerve root better.",
  insufficient: "There is not enough in your answers to point to a nerve root.",
};

/** `numbness:outer-foot` -> `numb: outer edge of the foot`, and so on for every finding kind. */
export function findingText(label: string, v: Vocabulary): string {
  const [kind = "", rest = ""] = label.split(":");
  const [id = "", value] = rest.split("=");
  const lookup = (table: Record<string, { label: string }>) => table[id]?.label ?? id;
  switch (kind) {
    case "numbness":
      return `numb: ${lookup(v.areas)}`;
    case "pain":
      return `pain: ${lookup(v.areas)}`;
    case "sensationNormal":
      return `normal feeling: ${lookup(v.areas)}`;
    case "strength":
      return `${value === "weak" ? "weak" : "strong"}: ${lookup(v.movements)}`;
    case "reflexes":
      return `${value}: ${lookup(v.reflexes)}`;
    case "features":
      return lookup(v.features);
    case "side":
      return id === "both" ? "on both sides" : `on one side only (${id})`;
    case "redFlags":
      return lookup(v.redFlags);
    default:
      return label;
  }
}

/**
 * A probability in words a patient reads at a glance: "about 97 in 100". The model's numbers,
 * not a measured risk; the result says so once.
 */
export function chance(p: number): string {
  if (p >= 0.99) return "99 or more in 100";
  if (p < 0.01) return "less than 1 in 100";
  return `about ${Math.round(p * 100)} in 100`;
}

/** How many times more (or less) likely an answer is with one explanation than another: "4×". */
export function ratioText(ratio: number): string {
  const n = ratio >= 1 ? ratio : 1 / ratio;
  const times = n >= 50 ? "50×+" : `${n >= 10 ? Math.round(n) : n.toFixed(1).replace(/\.0$/, "")}×`;
  return ratio >= 1 ? times : `${times} less likely`;
}

/** "Most likely" only for a clear leader; roots about as likely as the first are "about equally likely". */
function rankLabel(result: Result, i: number): string {
  const top = result.candidates[0]?.score ?? 0;
  const tied = result.candidates.filter((c) => c.score >= top * 0.9);
  if (tied.length > 1 && i < tied.length) return "About equally likely";
  return i === 0 ? "Most likely" : "Also possible";
}

/** The answers for (or against) a root, each with how much it moved it where that is known. */
function reasons(ids: readonly string[], c: Candidate, v: Vocabulary): string {
  return ids
    .map((id) => {
      const e = c.explain.find((x) => x.finding === id);
      return e ? `${findingText(id, v)} (${ratioText(e.ratio)})` : findingText(id, v);
    })
    .join("; ");
}

export function banner(result: Result, width: number): Line[] {
  if (result.triage === "routine") return [];
  const emergency = result.triage === "emergency";
  const title = emergency
    ? " EMERGENCY — go to an emergency department now "
    : " URGENT — see a doctor promptly (today or within days) ";
  const style = emergency ? ("emergency" as const) : ("urgent" as const);
  const rule = (emergency ? "=" : "-").repeat(Math.min(width, Math.max(title.length, 40)));
  return [
    [{ text: rule, style }],
    ...wrap([{ text: title.trim(), style }], width, [{ text: " ", style }], " "),
    [{ text: rule, style }],
    ...result.triageReasons.flatMap((r) => wrap(parseInline(r), width, "  • ", "    ")),
  ];
}

export function renderResult(
  result: Result,
  v: Vocabulary,
  titles: ReadonlyMap<string, string>,
  width: number,
  map?: { picture: Picture; width: number },
): Line[] {
  const lines: Line[] = [...banner(result, width)];
  const section = (title: string) => {
    if (lines.length > 0) lines.push(blank());
    lines.push(...wrap([{ text: title, style: "heading" }], width));
  };
  section("What your answers point to");
  lines.push(...wrap([{ text: PATTERN_TEXT[result.pattern], style: "plain" }], width, "  "));
  result.candidates.forEach((c, i) => {
    const name = titles.get(c.root) ?? rootLabel(c.root);
    lines.push(
      ...wrap(
        [
          { text: `${rankLabel(result, i)}: `, style: "label" },
          { text: name, style: "strong" },
          { text: `  ${chance(c.score)}`, style: "muted" },
        ],
        width,
        "  ",
        "    ",
      ),
    );
    const label = rootLabel(c.root);
    for (const [word, ids] of [
      [c.versus ? `for ${label} over ${c.versus}` : "for", c.supports],
      ["against", c.against],
    ] as const) {
      if (ids.length === 0) continue;
      lines.push(
        ...wrap(
          [{ text: `${word}: ${reasons(ids, c, v)}`, style: "plain" }],
          width,
          "    ",
          "      ",
        ),
      );
    }
  });
  for (const r of result.otherRoots ?? []) {
    lines.push(
      ...wrap(
        [
          { text: "A nerve root is still possible: ", style: "label" },
          { text: titles.get(r.root) ?? rootLabel(r.root), style: "strong" },
          { text: `  ${chance(r.score)}`, style: "muted" },
        ],
        width,
        "  ",
        "    ",
      ),
    );
  }
  if (result.candidates.length > 0 || result.alternatives.length > 0) {
    lines.push(
      ...wrap(
        [
          {
            // The "4×" ratios are printed only with the roots.
            text:
              result.candidates.length > 0
                ? "The chances are radic's model reasoning from your answers alone, not a measured risk; 4× means an answer is four times as likely with that root as with the other."
                : "The chances are radic's model reasoning from your answers alone, not a measured risk.",
            style: "muted",
          },
        ],
        width,
        "  ",
        "  ",
      ),
    );
  }
  const top = result.candidates[0];
  if (map && top) {
    const label = rootLabel(top.root);
    lines.push(blank());
    lines.push(
      ...wrap(
        [
          { text: `Where ${label} is felt (`, style: "plain" },
          { text: GLYPH.main, style: "mapMain" },
          { text: " its own skin, ", style: "plain" },
          { text: GLYPH.partial, style: "mapPartial" },
          { text: " shared), and where you are numb (", style: "plain" },
          { text: GLYPH.marked, style: "mapMark" },
          { text: "):", style: "plain" },
        ],
        width,
        "  ",
      ),
    );
    lines.push(...drawMap(map.picture, map.width));
  }
  if (result.alternatives.length > 0) {
    section("What else it could be");
    for (const a of result.alternatives) {
      const label = v.alternatives[a.id]?.label ?? a.id;
      lines.push(
        ...wrap(
          [
            { text: label, style: "strong" },
            { text: ` (${chance(a.score)})`, style: "muted" },
            { text: `: ${a.why}`, style: "plain" },
          ],
          width,
          "  • ",
          "    ",
        ),
      );
    }
  }
  if (result.nextQuestions.length > 0 && result.triage !== "emergency") {
    section("What would narrow it down");
    // One heading per pair of explanations, then the questions that tell them apart.
    const groups = new Map<string, string[]>();
    for (const q of result.nextQuestions) groups.set(q.why, [...(groups.get(q.why) ?? []), q.ask]);
    for (const [why, asks] of groups) {
      lines.push(
        ...wrap([{ text: `To ${why.replace(/^tells /, "tell ")}:`, style: "label" }], width, "  "),
      );
      for (const ask of asks)
        lines.push(...wrap([{ text: ask, style: "plain" }], width, "  • ", "    "));
    }
  }
  section("What to do");
  lines.push(...wrap(parseInline(result.advice), width, "  "));
  const read = [
    ...result.candidates.slice(0, 2).map((c) => c.root),
    ...(result.alternatives.length > 0 ? ["differential-diagnosis"] : []),
    ...(result.triage !== "routine" ? ["red-flags"] : ["treatment"]),
  ];
  lines.push(
    ...wrap(
      [
        { text: "Read more:", style: "muted" },
        ...read.flatMap((id, i) => [
          { text: i === 0 ? " " : " · ", style: "muted" as const },
          { text: `radic ${id}`, style: "code" as const },
        ]),
      ],
      width,
      "  ",
    ),
  );
  lines.push(blank(), ...wrap([{ text: DISCLAIMER, style: "muted" }], width));
  lines.push(...sourcesLine(result.sources, width, ""));
  return lines;
}

/** The result as Markdown: what a clinician reads, with the answers that led to it. */
export function resultMarkdown(
  result: Result,
  answers: Answers,
  v: Vocabulary,
  titles: ReadonlyMap<string, string>,
  sources: readonly Source[],
  date: string,
): string {
  const out: string[] = [`# radic check — report (${date})`, "", `> ${DISCLAIMER}`, ""];
  out.push(`## Triage: ${result.triage.toUpperCase()}`, "");
  for (const r of result.triageReasons) out.push(`- ${r}`);
  if (result.triageReasons.length === 0) out.push("- No red flags were reported.");
  out.push("", "## Answers", "");
  const list = (
    name: string,
    ids: readonly string[] | undefined,
    table: Record<string, { label: string }>,
  ) => {
    if (ids && ids.length > 0)
      out.push(`- ${name}: ${ids.map((id) => table[id]?.label ?? id).join("; ")}`);
  };
  if (answers.side) out.push(`- Side: ${answers.side}`);
  list("Pain", answers.pain, v.areas);
  list("Numbness or tingling", answers.numbness, v.areas);
  list("Feeling normal", answers.sensationNormal, v.areas);
  for (const [id, s] of Object.entries(answers.strength ?? {}))
    out.push(`- ${v.movements[id as keyof Vocabulary["movements"]].clinician}: ${s}`);
  for (const [id, r] of Object.entries(answers.reflexes ?? {}))
    out.push(`- ${v.reflexes[id as keyof Vocabulary["reflexes"]].label}: ${r}`);
  list("Red flags", answers.redFlags, v.redFlags);
  list("Other findings", answers.features, v.features);
  out.push("", `## Pattern: ${result.pattern}`, "", PATTERN_TEXT[result.pattern], "");
  if (result.candidates.length > 0) {
    out.push("| Root | Probability (model) | For | Against |", "|---|---|---|---|");
    for (const c of result.candidates) {
      const cell = (xs: string[]) => reasons(xs, c, v) || "—";
      out.push(
        `| ${titles.get(c.root) ?? rootLabel(c.root)} | ${c.score.toFixed(2)} | ${cell(c.supports)} | ${cell(c.against)} |`,
      );
    }
    out.push("");
  }
  if (result.alternatives.length > 0) {
    out.push("## What else it could be", "");
    for (const a of result.alternatives)
      out.push(`- **${v.alternatives[a.id]?.label ?? a.id}** (${a.score.toFixed(2)}): ${a.why}`);
    out.push("");
  }
  if (result.nextQuestions.length > 0) {
    out.push("## What would narrow it down", "");
    for (const q of result.nextQuestions) out.push(`- ${q.why}: ${q.ask} (\`${q.finding}\`)`);
    out.push("");
  }
  out.push("## What to do", "", result.advice, "", "## Sources", "");
  for (const s of sources.filter((x) => result.sources.includes(x.id)))
    out.push(`- [${s.id}] ${citation(s)} ${s.url}`);
  return `${out.join("\n")}\n`;
}
