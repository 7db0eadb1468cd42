/**
 * The one definition of what a data file may hold. Unknown fields are errors, so a typo in a
 * field name cannot silently drop content. The `satisfies` lines tie the schema to core's types.
 */
import { z } from "zod";
import type { BodyMap } from "../core/bodymap.js";
import type { Vocabulary } from "../core/check/types.js";
import type { DiscNotes, Glance, Page, Section, Source } from "../core/types.js";
import {
  AREA_IDS,
  FEATURE_IDS,
  MOVEMENT_IDS,
  RED_FLAG_IDS,
  REFLEX_IDS,
} from "../core/vocabulary-ids.js";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are lower-case words joined by '-'");
const text = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s, "no leading or trailing spaces");
const sourceIds = z.array(id).min(1, "every claim needs at least one source id");

export const sourceSchema = z.strictObject({
  id,
  title: text,
  authors: text.optional(),
  publisher: text,
  year: z.number().int().min(1900).max(2100).nullable(),
  url: z.string().regex(/^https:\/\/\S+$/, "a canonical https URL"),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, "a DOI like 10.1056/NEJMoa064039")
    .optional(),
  pmid: z
    .string()
    .regex(/^\d{5,9}$/, "digits only")
    .optional(),
  note: text.optional(),
});
export const sourcesFileSchema = z.array(sourceSchema).min(1);

export const sectionSchema = z.strictObject({
  id,
  title: text,
  text: z.array(text).min(1, "a section needs at least one paragraph"),
  sources: sourceIds,
  areas: z.array(z.enum(AREA_IDS)).optional(),
});

export const glanceSchema = z.strictObject({
  dermatome: text,
  keySensoryPoint: text,
  keyMuscle: text,
  weakness: text,
  reflex: text,
  level: text,
  selfCheck: text,
  mimics: text,
  sources: sourceIds,
});

export const pageSchema = z.strictObject({
  id,
  kind: z.enum(["root", "topic"]),
  title: text,
  aliases: z.array(text),
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date like 2026-11-25"),
  glance: glanceSchema.optional(),
  sections: z.array(sectionSchema).min(3, "a page needs at least three sections"),
  see: z.array(id),
  keywords: z.array(text).optional(),
});

export const discNoteSchema = z.strictObject({ text: z.array(text).min(1), sources: sourceIds });
export const discsFileSchema = z.strictObject({
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  regions: z.strictObject({
    cervical: discNoteSchema,
    thoracic: discNoteSchema,
    lumbar: discNoteSchema,
  }),
});

export const synonymsFileSchema = z.strictObject({
  groups: z
    .array(
      z.strictObject({
        id,
        terms: z.array(text).min(2, "a synonym group needs at least two terms"),
        sources: z.array(id).min(1).optional(),
        /** Pages a query using the group lifts (a warning sign -> the emergency pages). */
        pages: z.array(id).min(1).optional(),
      }),
    )
    .min(1),
  /**
   * Lay descriptions of a syndrome: when a query holds one word or phrase of every list in
   * `all`, it also counts as group `group` ("walk" + "sit" + "legs" -> neurogenic claudication).
   */
  patterns: z
    .array(
      z.strictObject({
        group: id,
        all: z.array(z.array(text).min(1)).min(2),
        /** Pages the description lifts. */
        pages: z.array(id).min(1).optional(),
        sources: z.array(id).min(1),
      }),
    )
    .optional(),
});
export type SynonymsFile = z.infer<typeof synonymsFileSchema>;

const weights = z.record(
  z.string().regex(/^[ctls]\d{1,2}$/, "a root id such as s1"),
  z.number().gt(0).max(1),
);
const region = z.enum(["neck-arm", "trunk", "back-leg"]);
/** A record with exactly these keys (zod 4 records over an enum are exhaustive). */
const exactKeys = <K extends string, T extends z.ZodType>(ids: readonly [K, ...K[]], value: T) =>
  z.record(z.enum(ids), value);
const advice = z.strictObject({ text, sources: sourceIds });

const prob = z.number().min(0).max(1);
/** How often a kind of finding is present when a root's own territory is hit, and otherwise. */
const kindParam = z.strictObject({
  involvement: prob.optional(),
  reported: prob.optional(),
  sensitivity: prob,
  leak: prob,
  note: text,
  sources: sourceIds,
});
const valued = z.strictObject({ value: prob, note: text.optional(), sources: sourceIds });
const rootId = z.string().regex(/^[ctls]\d{1,2}$/);
/** The probabilistic model of `radic check` (docs/decisions/007-check-model.md). */
const modelSchema = z.strictObject({
  kinds: z.strictObject({
    numbness: kindParam,
    pain: kindParam,
    weak: kindParam,
    reflex: kindParam,
    brisk: kindParam,
    feature: kindParam,
    redFlag: kindParam,
    bothSides: kindParam,
  }),
  reflexLeak: z.partialRecord(z.enum(REFLEX_IDS), valued),
  reflexSensitivity: z.partialRecord(z.enum(REFLEX_IDS), valued),
  featureSensitivity: z.partialRecord(z.enum(FEATURE_IDS), valued),
  featureLeak: z.partialRecord(z.enum(FEATURE_IDS), valued),
  roots: z.strictObject({
    priors: z.record(rootId, z.number().positive()),
    pairShare: prob,
    note: text,
    sources: sourceIds,
  }),
  hypotheses: z.record(
    id,
    z.strictObject({
      name: text,
      region: z.enum(["neck-arm", "trunk", "back-leg", "any"]),
      prior: z.number().positive(),
      numbness: z.partialRecord(z.enum(AREA_IDS), prob).optional(),
      pain: z.partialRecord(z.enum(AREA_IDS), prob).optional(),
      otherAreas: z.strictObject({ pain: prob, numbness: prob }).optional(),
      weak: z.partialRecord(z.enum(MOVEMENT_IDS), prob).optional(),
      reflexes: z.partialRecord(z.enum(REFLEX_IDS), prob).optional(),
      brisk: prob.optional(),
      features: z.partialRecord(z.enum(FEATURE_IDS), prob).optional(),
      redFlags: z.partialRecord(z.enum(RED_FLAG_IDS), prob).optional(),
      bothSides: prob,
      requires: z.array(z.enum(FEATURE_IDS)).optional(),
      sources: sourceIds,
    }),
  ),
});

export const vocabularyFileSchema = z.strictObject({
  areas: exactKeys(
    AREA_IDS,
    z.strictObject({
      label: text,
      region,
      roots: weights,
      painRoots: weights.optional(),
      sources: sourceIds,
    }),
  ),
  movements: exactKeys(
    MOVEMENT_IDS,
    z.strictObject({
      label: text,
      region,
      selfCheck: text,
      clinician: text,
      roots: weights,
      sources: sourceIds,
    }),
  ),
  reflexes: exactKeys(
    REFLEX_IDS,
    z.strictObject({ label: text, region, roots: weights, sources: sourceIds }),
  ),
  redFlags: exactKeys(
    RED_FLAG_IDS,
    z.strictObject({
      label: text,
      question: text,
      level: z.enum(["emergency", "urgent"]),
      reason: text,
      sources: sourceIds,
    }),
  ),
  features: exactKeys(
    FEATURE_IDS,
    z.strictObject({
      label: text,
      question: text,
      region: z.enum(["neck-arm", "trunk", "back-leg", "any"]),
      roots: z.record(z.string().regex(/^[ctls]\d{1,2}$/), z.number().gt(0).max(1)),
      clinician: z.boolean(),
      radicular: z.boolean().optional(),
      alternative: id.optional(),
      sources: sourceIds,
    }),
  ),
  alternatives: z.record(id, z.strictObject({ label: text, why: text, sources: sourceIds })),
  advice: z.strictObject({
    emergency: advice,
    urgent: advice,
    routine: advice,
    nonRadicular: advice,
    insufficient: advice,
  }),
  triage: z.strictObject({
    traumaWithDeficit: advice,
    infection: advice,
    infectionWithDeficit: advice,
    cancerWithDeficit: advice,
    briskReflex: advice,
    cordSign: advice,
    horner: advice,
    hornerNeckPain: advice,
    shingles: advice,
    bothLegs: advice,
    bothLegsWeak: advice,
    bothArms: advice,
    bothArmsWeak: advice,
    cordPattern: advice,
    armAndLegWeak: advice,
    chestPain: advice,
    multiLevelWeak: advice,
    saddlePainBothLegs: advice,
    withDeficit: advice,
    saddlePain: advice,
  }),
  model: modelSchema,
});

const chartSchema = z.strictObject({
  width: z.number().int().positive(),
  views: z
    .array(
      z.strictObject({
        name: text,
        rightSide: z.enum(["left-of-centre", "right-of-centre"]),
        rows: z.array(z.string()).min(1),
      }),
    )
    .length(2, "a chart has two views, front and back"),
  cells: z.record(
    z.string().length(1, "a cell code is one character"),
    z.enum(AREA_IDS, { error: "an area id of data/vocabulary.json" }),
  ),
  outline: z.string().min(1),
});

export const bodymapFileSchema = z.strictObject({
  umbrella: z.partialRecord(z.enum(AREA_IDS), z.array(z.enum(AREA_IDS)).min(1)),
  charts: z.strictObject({ small: chartSchema, large: chartSchema }),
});

// Compile-time checks that what the schema accepts is what the core expects.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _source: Same<Omit<z.infer<typeof sourceSchema>, "doi" | "pmid" | "note">, Source> = true;
const _section: Same<z.infer<typeof sectionSchema>, Section> = true;
const _glance: Same<z.infer<typeof glanceSchema>, Glance> = true;
const _page: Same<z.infer<typeof pageSchema>, Page> = true;
const _discs: Same<z.infer<typeof discsFileSchema>, DiscNotes> = true;
const _vocabulary: Same<z.infer<typeof vocabularyFileSchema>, Vocabulary> = true;
const _bodymap: Same<z.infer<typeof bodymapFileSchema>, BodyMap> = true;
export const schemaMatchesCore =
  _source && _section && _glance && _page && _discs && _vocabulary && _bodymap;
