/**
 * A page for people: title, summary, an at-a-glance table for roots, each section with its
 * sources, then the full source list and where to read next.
 */

import { GLANCE_ROWS } from "../core/glance.js";
import { SOURCES_SECTION } from "../core/sections.js";
import type { BuiltPage, Glance, Section, Source } from "../core/types.js";
import { blockLines } from "./blocks.js";
import { blank, type Line, parseInline, type Span, wrap } from "./doc.js";

const LABEL_WIDTH = 13;

export function renderPage(page: BuiltPage, width: number): Line[] {
  const [summary, ...rest] = page.sections;
  const lines: Line[] = [...header(page, width)];
  if (summary?.id === "summary") {
    lines.push(blank(), ...blockLines(summary.text, width), ...sourcesLine(summary.sources, width));
  }
  if (page.glance) lines.push(blank(), ...glance(page.glance, width));
  for (const section of summary?.id === "summary" ? rest : page.sections) {
    lines.push(blank(), ...sectionLines(section, width));
  }
  lines.push(
    blank(),
    [{ text: "Sources", style: "heading" }],
    ...sourceList(page.sourceList, width),
  );
  lines.push(...seeAlso(page, width));
  return lines;
}

/** One section of a page, with its sources in full and the way back to the whole page. */
export function renderSection(page: BuiltPage, sectionId: string, width: number): Line[] {
  if (sectionId === SOURCES_SECTION) {
    return [...header(page, width, "Sources"), blank(), ...sourceList(page.sourceList, width)];
  }
  const section = page.sections.find((s) => s.id === sectionId);
  if (!section) return header(page, width);
  const cited = page.sourceList.filter((s) => section.sources.includes(s.id));
  return [
    ...header(page, width, section.title),
    blank(),
    ...blockLines(section.text, width),
    blank(),
    [{ text: "Sources", style: "heading" }],
    ...sourceList(cited, width),
    blank(),
    ...wrap(
      [
        { text: "Whole page:", style: "muted" },
        { text: ` radic ${page.id}`, style: "code" },
      ],
      width,
    ),
  ];
}

function header(page: BuiltPage, width: number, part?: string): Line[] {
  const title = part ? `${page.title} › ${part}` : page.title;
  return [
    ...wrap([{ text: title, style: "title" }], width),
    ...wrap([{ text: `Reviewed ${page.reviewed}`, style: "muted" }], width),
  ];
}

function sectionLines(section: Section, width: number): Line[] {
  return [
    ...wrap([{ text: section.title, style: "heading" }], width),
    ...blockLines(section.text, width),
    ...sourcesLine(section.sources, width),
  ];
}

/** `Sources: a, b, c`, muted, continued with a hanging indent. */
export function sourcesLine(ids: readonly string[], width: number, indent = "  "): Line[] {
  return wrap(
    [{ text: `Sources: ${ids.join(", ")}`, style: "muted" }],
    width,
    indent,
    `${indent}  `,
  );
}

function glance(g: Glance, width: number): Line[] {
  const lines: Line[] = [[{ text: "At a glance", style: "heading" }]];
  const pad = " ".repeat(2 + LABEL_WIDTH);
  for (const [key, label] of GLANCE_ROWS) {
    const head: Span[] = [
      { text: "  ", style: "plain" },
      { text: label.padEnd(LABEL_WIDTH), style: "label" },
    ];
    lines.push(...wrap(parseInline(g[key]), width, head, pad));
  }
  lines.push(...sourcesLine(g.sources, width));
  return lines;
}

/** `[id] Authors. Title. Publisher, year.` then the URL on its own line. */
export function sourceList(sources: readonly Source[], width: number): Line[] {
  return sources.flatMap((s) => [
    ...wrap(
      [
        { text: `[${s.id}]`, style: "label" },
        {
          text: ` ${citation(s)}`,
          style: "plain",
        },
      ],
      width,
      "  ",
      "    ",
    ),
    [
      { text: "    ", style: "plain" },
      { text: s.url, style: "muted" },
    ],
  ]);
}

/** `Authors. Title. Publisher, year.` — with no doubled full stops after "et al." or "n.d.". */
export function citation(s: Source): string {
  const end = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
  return [s.authors, s.title, `${s.publisher}, ${s.year ?? "n.d."}`]
    .filter((part): part is string => Boolean(part))
    .map(end)
    .join(" ");
}

function seeAlso(page: BuiltPage, width: number): Line[] {
  if (page.see.length === 0) return [];
  const spans = page.see.flatMap((id, i) => [
    ...(i > 0 ? [{ text: " · ", style: "muted" as const }] : []),
    { text: `radic ${id}`, style: "code" as const },
  ]);
  return [
    blank(),
    ...wrap(
      [{ text: "See also:", style: "heading" }, { text: " ", style: "plain" }, ...spans],
      width,
    ),
  ];
}
