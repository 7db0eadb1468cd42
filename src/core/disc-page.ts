import type { DiscLevel } from "./disc.js";
import { rootLabel } from "./roots.js";
import type { BuiltDiscs, BuiltPage, CatalogEntry, Section } from "./types.js";

/** The sections every disc-level page has, in order. */
export const DISC_SECTIONS = [
  { id: "summary", title: "In short" },
  { id: "why", title: "Why these roots" },
] as const;

/** A disc level as `radic list` and a lookup see it, like a catalog entry. */
export function discEntry(disc: DiscLevel): CatalogEntry {
  return {
    id: disc.id,
    kind: "topic",
    group: "topics",
    title: `${disc.label} disc level`,
    aliases: [],
    sections: DISC_SECTIONS.map((s) => ({ ...s })),
  };
}

/**
 * A page for a disc level, built from the disc rules and the region's sourced note. Every
 * sentence here restates the region note, so the page cites the note's sources.
 */
export function discPage(
  disc: DiscLevel,
  notes: BuiltDiscs,
  exists: (id: string) => boolean,
): BuiltPage {
  const note = notes.regions[disc.region];
  // Point to a page only where it exists, so no `radic …` in the text leads nowhere.
  const see = (id: string) => (exists(id) ? ` (\`radic ${id}\`)` : "");
  const ref = (id: string) => `**${rootLabel(id)}**${see(id)}`;
  const usual = disc.usual.map(ref).join(" and ");
  const summary: string[] = [];
  if (disc.region === "lumbar") {
    summary.push(
      `A herniated disc at ${disc.label} usually presses on ${usual}: the common posterolateral herniation meets the root that crosses the back of this disc on its way to leave the spine one level lower.`,
      `A far-lateral (foraminal) herniation at the same level presses on ${disc.farLateral.map(ref).join(" and ")} instead, the root that leaves the spine at ${disc.label}.`,
      `A large central herniation can squeeze the cauda equina, several roots on both sides at once: that is an emergency${see("cauda-equina")}.`,
    );
  } else if (disc.region === "cervical") {
    summary.push(
      `A herniated disc at ${disc.label} usually presses on ${usual}, the root that leaves the spine at this level.`,
      `A large central herniation can press on the spinal cord instead, which gives a different, more serious picture${see("myelopathy")}.`,
    );
  } else {
    summary.push(
      `A disc at ${disc.label} that herniates to the side can press on ${usual}, the root that leaves the spine at this level.`,
      `A central herniation can press on the ${disc.central} instead${see("myelopathy")}.`,
    );
  }
  const [inShort, why] = DISC_SECTIONS;
  const sections: Section[] = [
    { ...inShort, text: summary, sources: note.sources },
    { ...why, text: note.text, sources: note.sources },
  ];
  const related = [
    ...disc.usual,
    ...disc.farLateral,
    "disc-herniation",
    disc.region === "lumbar" ? "cauda-equina" : "myelopathy",
  ];
  return {
    id: disc.id,
    kind: "topic",
    group: "topics",
    title: discEntry(disc).title,
    aliases: [],
    reviewed: notes.reviewed,
    sections,
    see: [...new Set(related)].filter(exists),
    sourceList: notes.sourceList,
  };
}
