import type { Glance } from "./types.js";

export type GlanceField = keyof Omit<Glance, "sources">;

/** The rows of a root's at-a-glance table, in order, with their labels. */
export const GLANCE_ROWS: readonly [GlanceField, string][] = [
  ["dermatome", "Felt in"],
  ["keySensoryPoint", "Test point"],
  ["keyMuscle", "Key muscle"],
  ["weakness", "Weakness"],
  ["reflex", "Reflex"],
  ["level", "Usual cause"],
  ["selfCheck", "Self-check"],
  ["mimics", "Mimics"],
];

/**
 * What `radic compare` sets side by side: where it is felt, the key muscle and what a person
 * notices, the reflex, the usual disc level, the mimics and the self-check.
 */
export const COMPARE_FIELDS: readonly GlanceField[] = [
  "dermatome",
  "keyMuscle",
  "weakness",
  "reflex",
  "level",
  "mimics",
  "selfCheck",
];
