import { type DiscLevel, parseDiscLevel } from "./disc.js";
import { DISC_SECTIONS, discEntry } from "./disc-page.js";
import { RadicError } from "./errors.js";
import { nearestRoots, parseRootKey } from "./roots.js";
import { matchSection, SOURCES_SECTION, sectionKeys } from "./sections.js";
import { type Candidate, suggest } from "./suggest.js";
import { keyOf, tidy } from "./text.js";
import type { Catalog, CatalogEntry } from "./types.js";

export type Resolution =
  | { kind: "page"; entry: CatalogEntry; section?: string }
  | { kind: "disc"; disc: DiscLevel; section?: string }
  | { kind: "unknown-topic"; input: string; suggestions: string[] }
  | { kind: "unknown-section"; entry: CatalogEntry; input: string; suggestions: string[] };

/** Find the page a piece of text names: an id, an alias, a root in any spelling. */
export function findEntry(text: string, catalog: Catalog): CatalogEntry | undefined {
  const key = keyOf(text);
  if (key === "") return undefined;
  const byKey = catalog.entries.find(
    (e) => keyOf(e.id) === key || e.aliases.some((a) => keyOf(a) === key),
  );
  if (byKey) return byKey;
  const root = parseRootKey(key);
  return root ? catalog.entries.find((e) => e.id === root) : undefined;
}

/**
 * Resolve the words after `radic` to a page, a section of a page, or a disc level. The longest
 * run of leading words that names a topic wins, and the rest names a section, so `radic sacral 1
 * treatment` and `radic "s1 red flags"` both work. `commands` are offered as suggestions too.
 */
export function resolve(
  words: readonly string[],
  catalog: Catalog,
  commands: readonly string[],
): Resolution {
  const text = tidy(words.join(" "));
  // Only nothing at all is "no topic given"; an emoji or a stray symbol is a topic not found.
  if (text === "") {
    throw new RadicError(
      "usage",
      "no topic given",
      "Name a root or topic, e.g. `radic s1`; `radic list` shows them all.",
    );
  }
  const tokens = text.split(" ");
  let badSection: Resolution | undefined;
  for (let k = tokens.length; k >= 1; k--) {
    const topic = tokens.slice(0, k).join(" ");
    const rest = tokens.slice(k).join(" ");
    const entry = findEntry(topic, catalog);
    if (entry) {
      if (rest === "") return { kind: "page", entry };
      const section = matchSection(rest, entry.sections);
      if (section) return { kind: "page", entry, section };
      badSection ??= {
        kind: "unknown-section",
        entry,
        input: rest,
        suggestions: suggestSection(rest, entry),
      };
      continue;
    }
    const disc = parseDiscLevel(topic);
    if (disc) {
      if (rest === "") return { kind: "disc", disc };
      const sections = DISC_SECTIONS.map((x) => ({ ...x }));
      const section = matchSection(rest, sections);
      if (section) return { kind: "disc", disc, section };
      const entry = discEntry(disc);
      badSection ??= {
        kind: "unknown-section",
        entry,
        input: rest,
        suggestions: suggestSection(rest, entry),
      };
    }
  }
  if (badSection) return badSection;
  return {
    kind: "unknown-topic",
    input: text,
    suggestions: suggestTopic(text, tokens[0] ?? "", catalog, commands),
  };
}

function suggestTopic(
  text: string,
  first: string,
  catalog: Catalog,
  commands: readonly string[],
): string[] {
  const candidates: Candidate[] = [
    ...catalog.entries.map((e) => ({ name: e.id, keys: [keyOf(e.id), ...e.aliases.map(keyOf)] })),
    ...commands.map((c) => ({ name: c, keys: [c] })),
  ];
  // `l6`, `c9`: the nearest roots that exist, not the ones a letter away (l1, c1).
  const near = nearestRoots(keyOf(text));
  if (near.length > 0) return near;
  const whole = suggest(keyOf(text), candidates);
  const head = first === text ? [] : suggest(keyOf(first), candidates);
  return [...new Set([...whole, ...head])].slice(0, 3);
}

function suggestSection(input: string, entry: CatalogEntry): string[] {
  const candidates: Candidate[] = [
    ...entry.sections.map((s) => ({ name: s.id, keys: sectionKeys(s) })),
    { name: SOURCES_SECTION, keys: [SOURCES_SECTION] },
  ];
  return suggest(keyOf(input), candidates);
}
