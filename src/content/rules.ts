/**
 * Rules that span files: ids and aliases unique, every reference resolves, every source used and
 * citable (source-rules.ts).
 */
import { COMMAND_NAMES } from "../core/commands.js";
import { resolve } from "../core/lookup.js";
import { isRootId, parseRootKey } from "../core/roots.js";
import { ROOT_SECTIONS } from "../core/sections.js";
import { suggest } from "../core/suggest.js";
import { keyOf } from "../core/text.js";
import { ALL_PAGE_IDS, TOPIC_IDS } from "../core/topics.js";
import type { Catalog, Page } from "../core/types.js";
import { catalogOf } from "./compile.js";
import { citableErrors } from "./source-rules.js";
import type { Content } from "./validate.js";

const fileOf = (content: Content, page: Page) => content.files.get(page.id) ?? page.id;

/**
 * `draft`: pages of the contract that are not written yet may be linked to (while several
 * people write pages in parallel); the finished content is always checked without it.
 */
export function crossFileErrors(content: Content, draft = false): string[] {
  const unwritten = (id: string) => draft && ALL_PAGE_IDS.includes(id) && !content.files.has(id);
  return [
    ...content.pages.flatMap((page) => [
      ...idRules(page, fileOf(content, page)),
      ...seeRules(page, content, unwritten),
    ]),
    ...aliasErrors(content),
    ...synonymErrors(content),
    ...vocabularyErrors(content),
    ...bodymapErrors(content),
    ...sourceErrors(content),
    ...citableErrors(content.sources),
    ...referenceErrors(content, unwritten),
  ];
}

/**
 * The body chart: views of one size, every character a cell code or outline, every area of the
 * vocabulary drawn on each chart (so every root with an area has a picture).
 */
function bodymapErrors(content: Content): string[] {
  const errors: string[] = [];
  const file = "data/bodymap.json";
  for (const [size, chart] of Object.entries(content.bodymap.charts)) {
    const at = `${file}: charts.${size}`;
    const height = chart.views[0]?.rows.length ?? 0;
    const drawn = new Set<string>();
    for (const [code] of Object.entries(chart.cells)) {
      if (chart.outline.includes(code) || code === " ")
        errors.push(`${at}.cells: '${code}' is also an outline character (pick another code)`);
    }
    chart.views.forEach((view, v) => {
      if (view.rows.length !== height)
        errors.push(
          `${at}.views[${v}].rows: ${view.rows.length} rows, the first view has ${height}`,
        );
      view.rows.forEach((row, r) => {
        if ([...row].length !== chart.width)
          errors.push(
            `${at}.views[${v}].rows[${r}]: ${[...row].length} characters wide, the chart is ${chart.width}`,
          );
        for (const ch of row) {
          if (ch === " " || chart.outline.includes(ch)) continue;
          const area = chart.cells[ch];
          if (area) drawn.add(area);
          else
            errors.push(
              `${at}.views[${v}].rows[${r}]: '${ch}' is neither a cell code nor an outline character`,
            );
        }
      });
    });
    const missing = Object.keys(content.vocabulary.areas).filter((id) => !drawn.has(id));
    if (missing.length > 0)
      errors.push(`${at}: areas not drawn: ${missing.join(", ")} (give each some cells)`);
  }
  for (const [id, covers] of Object.entries(content.bodymap.umbrella)) {
    if (covers?.includes(id as never))
      errors.push(`${file}: umbrella.${id}: an area cannot stand for itself`);
  }
  return errors;
}

/** Source ids unique; every cited id known; every known source cited. */
function sourceErrors(content: Content): string[] {
  const errors: string[] = [];
  const known = new Set<string>();
  const byLocator = new Map<string, string>();
  content.sources.forEach((s, i) => {
    if (known.has(s.id))
      errors.push(`data/sources.json: [${i}].id: '${s.id}' appears twice (ids must be unique)`);
    known.add(s.id);
    // One work, one record: two ids for the same DOI or address split its citations.
    for (const locator of [s.doi ? `doi:${s.doi.toLowerCase()}` : undefined, s.url]) {
      if (!locator) continue;
      const other = byLocator.get(locator);
      if (other && other !== s.id)
        errors.push(
          `data/sources.json: [${i}]: '${s.id}' is the same work as '${other}' (${locator.replace(/^doi:/, "DOI ")}); keep one id`,
        );
      byLocator.set(locator, s.id);
    }
  });
  const used = new Set<string>();
  const cite = (where: string, ids: readonly string[]) => {
    ids.forEach((id, j) => {
      used.add(id);
      if (!known.has(id))
        errors.push(`${where}[${j}]: unknown source '${id}' (known: ${nearest(id, known)})`);
    });
  };
  for (const page of content.pages) {
    const file = fileOf(content, page);
    page.sections.forEach((s, i) => {
      cite(`${file}: sections[${i}].sources`, s.sources);
    });
    if (page.glance) cite(`${file}: glance.sources`, page.glance.sources);
  }
  for (const [region, note] of Object.entries(content.discs.regions)) {
    cite(`data/discs.json: regions.${region}.sources`, note.sources);
  }
  content.synonyms.groups.forEach((g, i) => {
    cite(`data/synonyms.json: groups[${i}].sources`, g.sources ?? []);
  });
  (content.synonyms.patterns ?? []).forEach((p, i) => {
    cite(`data/synonyms.json: patterns[${i}].sources`, p.sources);
  });
  // Every `sources` list anywhere in the vocabulary, the model's parameters included.
  const walk = (path: string, node: unknown) => {
    if (typeof node !== "object" || node === null || Array.isArray(node)) return;
    for (const [k, x] of Object.entries(node)) {
      if (k === "sources" && Array.isArray(x)) cite(`data/vocabulary.json: ${path}.sources`, x);
      else walk(path ? `${path}.${k}` : k, x);
    }
  };
  walk("", content.vocabulary);
  content.sources.forEach((s, i) => {
    if (!used.has(s.id))
      errors.push(
        `data/sources.json: [${i}]: source '${s.id}' is never cited (cite it or remove it)`,
      );
  });
  return errors;
}

function seeRules(page: Page, content: Content, unwritten: (id: string) => boolean): string[] {
  const file = fileOf(content, page);
  const ids = new Set(content.pages.map((p) => p.id));
  return page.see.flatMap((see, i) => {
    if (see === page.id) return [`${file}: see[${i}]: a page cannot point to itself`];
    return ids.has(see) || unwritten(see)
      ? []
      : [`${file}: see[${i}]: no page '${see}' (known: ${nearest(see, ids)})`];
  });
}

/** An alias must be unique, and must not be a page id, a command or another root's name. */
function aliasErrors(content: Content): string[] {
  const errors: string[] = [];
  const pageKeys = new Set(content.pages.map((p) => keyOf(p.id)));
  const owner = new Map<string, string>();
  for (const page of content.pages) {
    page.aliases.forEach((alias, i) => {
      const key = keyOf(alias);
      const root = parseRootKey(key);
      let clash: string | undefined;
      if (key === "") clash = "it has no letters or digits";
      else if (owner.has(key)) clash = `it is also an alias of '${owner.get(key)}'`;
      else if (pageKeys.has(key)) clash = "it is a page id";
      else if ((COMMAND_NAMES as readonly string[]).includes(key)) clash = "it is a command name";
      else if (root && root !== page.id) clash = `it names the root ${root}`;
      if (clash)
        errors.push(
          `${fileOf(content, page)}: aliases[${i}]: '${alias}' cannot be an alias: ${clash}`,
        );
      else owner.set(key, page.id);
    });
  }
  return errors;
}

/** Every hypothesis of the check's model can be shown, and its priors name real roots. */
function modelErrors(v: Content["vocabulary"]): string[] {
  const errors: string[] = [];
  for (const id of Object.keys(v.model.hypotheses)) {
    if (!(id in v.alternatives))
      errors.push(`data/vocabulary.json: model.hypotheses.${id}: no alternatives.${id} to show it`);
  }
  for (const root of Object.keys(v.model.roots.priors)) {
    if (!isRootId(root))
      errors.push(`data/vocabulary.json: model.roots.priors: '${root}' is not a nerve root`);
  }
  return errors;
}

/**
 * The vocabulary points only at real roots and alternatives, and agrees with the pages: the
 * areas a root's dermatome section lists are exactly those the vocabulary gives weight 1 for it.
 */
function vocabularyErrors(content: Content): string[] {
  const errors: string[] = [];
  const v = content.vocabulary;
  for (const kind of ["areas", "movements", "reflexes", "features"] as const) {
    for (const [id, entry] of Object.entries(
      v[kind] as Record<string, { roots: Record<string, number> }>,
    )) {
      for (const root of Object.keys(entry.roots)) {
        if (!isRootId(root))
          errors.push(`data/vocabulary.json: ${kind}.${id}.roots: '${root}' is not a nerve root`);
      }
    }
  }
  for (const [id, f] of Object.entries(v.features)) {
    if (f.alternative && !(f.alternative in v.alternatives)) {
      errors.push(
        `data/vocabulary.json: features.${id}.alternative: no alternative '${f.alternative}'`,
      );
    }
  }
  errors.push(...modelErrors(v));
  for (const page of content.pages.filter((p) => p.kind === "root")) {
    const areas = page.sections.find((s) => s.id === "dermatome")?.areas;
    if (!areas) continue; // already reported by the page rules
    const listed = [...areas].sort();
    const full = Object.entries(v.areas)
      .filter(([, a]) => a.roots[page.id] === 1)
      .map(([id]) => id)
      .sort();
    if (listed.join() !== full.join()) {
      errors.push(
        `data/vocabulary.json: areas: weight 1 for ${page.id} on [${full.join(", ")}], but ${fileOf(content, page)} lists [${listed.join(", ")}] (make them the same)`,
      );
    }
  }
  return errors;
}

/** A synonym group id is unique, and a term belongs to one group only. */
function synonymErrors(content: Content): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  const pages = new Set(content.pages.map((p) => p.id));
  content.synonyms.groups.forEach((g, i) => {
    if (ids.has(g.id)) errors.push(`data/synonyms.json: groups[${i}].id: '${g.id}' appears twice`);
    ids.add(g.id);
    g.terms.forEach((term, j) => {
      const key = term.toLowerCase();
      const other = owner.get(key);
      if (other && other !== g.id) {
        errors.push(
          `data/synonyms.json: groups[${i}].terms[${j}]: '${term}' is also in group '${other}'`,
        );
      }
      owner.set(key, g.id);
    });
    (g.pages ?? []).forEach((page, j) => {
      if (!pages.has(page))
        errors.push(`data/synonyms.json: groups[${i}].pages[${j}]: no page '${page}'`);
    });
  });
  (content.synonyms.patterns ?? []).forEach((p, i) => {
    if (!ids.has(p.group))
      errors.push(`data/synonyms.json: patterns[${i}].group: no synonym group '${p.group}'`);
    (p.pages ?? []).forEach((page, j) => {
      if (!pages.has(page))
        errors.push(`data/synonyms.json: patterns[${i}].pages[${j}]: no page '${page}'`);
    });
  });
  return errors;
}

function idRules(page: Page, file: string): string[] {
  const errors: string[] = [];
  if (page.kind === "root") {
    if (!isRootId(page.id))
      errors.push(
        `${file}: id: '${page.id}' is not a nerve root (c1 … c8, t1 … t12, l1 … l5, s1 … s5)`,
      );
    const ids = page.sections.map((s) => s.id).join(", ");
    if (ids !== ROOT_SECTIONS.join(", ")) {
      errors.push(
        `${file}: sections: root pages have the sections ${ROOT_SECTIONS.join(", ")} in that order (found: ${ids})`,
      );
    }
    if (!page.glance) errors.push(`${file}: glance: root pages need a glance table`);
    const dermatome = page.sections.findIndex((s) => s.id === "dermatome");
    if (dermatome >= 0 && !page.sections[dermatome]?.areas) {
      errors.push(
        `${file}: sections[${dermatome}].areas: list the body areas this root mainly supplies ([] if none)`,
      );
    }
  } else if (!(TOPIC_IDS as readonly string[]).includes(page.id)) {
    errors.push(
      `${file}: id: '${page.id}' is not a topic id of the contract (known: ${nearest(page.id, TOPIC_IDS)})`,
    );
  }
  const seen = new Set<string>();
  page.sections.forEach((s, i) => {
    if (s.areas && (page.kind !== "root" || s.id !== "dermatome")) {
      errors.push(
        `${file}: sections[${i}].areas: only the dermatome section of a root page lists areas`,
      );
    }
    if (seen.has(s.id))
      errors.push(`${file}: sections[${i}].id: '${s.id}' appears twice on this page`);
    seen.add(s.id);
    if (s.id === "sources")
      errors.push(`${file}: sections[${i}].id: 'sources' is reserved for the source list`);
  });
  return errors;
}

const REF = /`radic ([^`]+)`/g;

/** Every `radic …` written in the text must lead somewhere, and inline marks must be closed. */
function referenceErrors(content: Content, unwritten: (id: string) => boolean): string[] {
  const catalog = catalogOf(content);
  return content.pages.flatMap((page) =>
    page.sections.flatMap((s, i) =>
      s.text.flatMap((block, j) =>
        blockErrors(
          block,
          `${fileOf(content, page)}: sections[${i}].text[${j}]`,
          catalog,
          unwritten,
        ),
      ),
    ),
  );
}

function blockErrors(
  block: string,
  where: string,
  catalog: Catalog,
  unwritten: (id: string) => boolean,
): string[] {
  const errors: string[] = [];
  if ((block.match(/`/g) ?? []).length % 2 !== 0) errors.push(`${where}: a \` is not closed`);
  if ((block.match(/\*\*/g) ?? []).length % 2 !== 0) errors.push(`${where}: a ** is not closed`);
  for (const m of block.matchAll(REF)) {
    const words = (m[1] ?? "").split(" ");
    if ((COMMAND_NAMES as readonly string[]).includes(words[0] ?? "") || unwritten(words[0] ?? ""))
      continue;
    const r = resolve(words, catalog, COMMAND_NAMES);
    if (r.kind === "unknown-topic" || r.kind === "unknown-section") {
      errors.push(
        `${where}: \`radic ${m[1]}\` leads nowhere (no such ${r.kind === "unknown-topic" ? "page" : "section"})`,
      );
    }
  }
  return errors;
}

/** The three known ids closest to a wrong one, for "known: …" hints. */
function nearest(id: string, known: Iterable<string>): string {
  const all = [...known];
  const close = suggest(
    keyOf(id),
    all.map((k) => ({ name: k, keys: [keyOf(k)] })),
  );
  const shown = close.length > 0 ? close : all.slice(0, 3);
  return `${shown.join(", ")}${all.length > shown.length ? ", …" : ""}`;
}
