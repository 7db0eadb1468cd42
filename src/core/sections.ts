import { keyOf } from "./text.js";

/** Every root page has these sections, in this order, so pages can be compared. */
export const ROOT_SECTIONS = [
  "summary",
  "anatomy",
  "dermatome",
  "myotome",
  "reflex",
  "causes",
  "symptoms",
  "exam",
  "mimics",
  "treatment",
  "prognosis",
  "red-flags",
] as const;

/** The pseudo-section that lists a page's sources in full. */
export const SOURCES_SECTION = "sources";

/** Other words people use for a section (`radic s1 numbness` shows the dermatome). */
export const SECTION_ALIASES: Record<string, string[]> = {
  summary: ["short", "inshort", "about", "what", "whatisit", "intro", "introduction"],
  anatomy: ["where", "supplies", "structure"],
  dermatome: ["dermatomes", "sensation", "sensory", "numbness", "tingling", "skin", "felt"],
  myotome: ["myotomes", "muscles", "muscle", "weakness", "weak", "strength", "motor", "power"],
  reflex: ["reflexes", "jerk", "jerks"],
  causes: ["cause", "why", "epidemiology", "levels"],
  symptoms: ["symptom", "signs", "feel", "feels"],
  exam: ["examination", "tests", "test", "examtests", "clinical"],
  mimics: ["mimic", "differential", "differentials", "differentialdiagnosis", "lookalikes"],
  treatment: ["treatments", "treat", "management", "manage", "therapy"],
  prognosis: ["outlook", "recovery", "course", "naturalhistory"],
  "red-flags": ["redflag", "redflags", "emergency", "danger", "warning", "warnings"],
  sources: ["references", "refs", "citations", "bibliography", "source"],
};

/**
 * Find a section of a page from what the user typed: its id, its title, or a common alias.
 * `sections` are the page's own sections; `sources` is always available.
 */
export function matchSection(
  input: string,
  sections: readonly { id: string; title: string }[],
): string | undefined {
  const key = keyOf(input);
  if (key === "") return undefined;
  const ids = [...sections.map((s) => s.id), SOURCES_SECTION];
  const exact = ids.find((id) => keyOf(id) === key);
  if (exact) return exact;
  const byTitle = sections.find((s) => keyOf(s.title) === key);
  if (byTitle) return byTitle.id;
  return ids.find((id) => SECTION_ALIASES[id]?.includes(key));
}

/** The keys a section can be reached by, for suggestions. */
export function sectionKeys(section: { id: string; title: string }): string[] {
  return [keyOf(section.id), keyOf(section.title), ...(SECTION_ALIASES[section.id] ?? [])];
}
