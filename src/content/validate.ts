/**
 * Content validated at one boundary: each file against its schema, then the rules that span
 * files. Every message names the file, the field and what to do; the build stops on any.
 */
import type { z } from "zod";
import type { BodyMap } from "../core/bodymap.js";
import type { Vocabulary } from "../core/check/types.js";
import type { DiscNotes, Page } from "../core/types.js";
import type { RawContent, RawFile } from "./load.js";
import { crossFileErrors } from "./rules.js";
import {
  bodymapFileSchema,
  discsFileSchema,
  pageSchema,
  type SynonymsFile,
  sourcesFileSchema,
  synonymsFileSchema,
  vocabularyFileSchema,
} from "./schema.js";

export type FullSource = z.infer<typeof sourcesFileSchema>[number];

export interface Content {
  sources: FullSource[];
  discs: DiscNotes;
  synonyms: SynonymsFile;
  vocabulary: Vocabulary;
  bodymap: BodyMap;
  pages: Page[];
  /** Where each page came from, for messages: id -> `data/roots/s1.json`. */
  files: Map<string, string>;
}

export interface Validated {
  content: Content | undefined;
  errors: string[];
}

/** Check raw content; returns the typed content only when there are no errors at all. */
export function validateContent(raw: RawContent, options: { draft?: boolean } = {}): Validated {
  const errors: string[] = [];
  const sources = parse(raw.sources, sourcesFileSchema, errors);
  const discs = parse(raw.discs, discsFileSchema, errors);
  const synonyms = parse(raw.synonyms, synonymsFileSchema, errors);
  const vocabulary = parse(raw.vocabulary, vocabularyFileSchema, errors);
  const bodymap = parse(raw.bodymap, bodymapFileSchema, errors);
  const files = new Map<string, string>();
  const pages: Page[] = [];
  for (const [dir, kind, list] of [
    ["roots", "root", raw.roots],
    ["topics", "topic", raw.topics],
  ] as const) {
    for (const file of list) {
      const page = parse(file, pageSchema, errors);
      if (!page) continue;
      if (page.id !== file.name) {
        errors.push(
          `${file.path}: id: '${page.id}' must match the file name (rename one to '${file.name}')`,
        );
      }
      if (page.kind !== kind) {
        errors.push(
          `${file.path}: kind: '${page.kind}' in ${dir}/ (pages in ${dir}/ have kind '${kind}')`,
        );
      }
      if (files.has(page.id)) {
        errors.push(
          `${file.path}: id: '${page.id}' is also ${files.get(page.id)} (ids must be unique)`,
        );
        continue;
      }
      files.set(page.id, file.path);
      pages.push(page);
    }
  }
  if (!sources || !discs || !synonyms || !vocabulary || !bodymap || errors.length > 0)
    return { content: undefined, errors };
  const content: Content = { sources, discs, synonyms, vocabulary, bodymap, pages, files };
  errors.push(...crossFileErrors(content, options.draft ?? false));
  return { content: errors.length === 0 ? content : undefined, errors };
}

function parse<T>(
  file: RawFile | undefined,
  schema: z.ZodType<T>,
  errors: string[],
): T | undefined {
  if (!file) return undefined;
  const result = schema.safeParse(file.json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const where = formatPath(issue.path);
    errors.push(`${file.path}: ${where || "(top level)"}: ${issue.message}`);
  }
  return undefined;
}

/** `["sections", 3, "sources"]` -> `sections[3].sources` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
}
