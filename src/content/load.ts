/**
 * Reads the data directory into raw JSON values, naming each file as a contributor sees it
 * (`data/roots/s1.json`). Nothing here judges the content: that is validate.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { jsonProblem } from "../core/text.js";

export interface RawFile {
  /** Path shown in messages, e.g. `data/roots/s1.json`. */
  path: string;
  /** File name without `.json`. */
  name: string;
  json: unknown;
}

export interface RawContent {
  sources: RawFile | undefined;
  discs: RawFile | undefined;
  synonyms: RawFile | undefined;
  vocabulary: RawFile | undefined;
  bodymap: RawFile | undefined;
  roots: RawFile[];
  topics: RawFile[];
}

export interface Loaded {
  raw: RawContent;
  errors: string[];
}

/** Load every content file under `dir`; `label` is how the directory is named in messages. */
export function loadContent(dir: string, label = "data"): Loaded {
  const errors: string[] = [];
  const one = (file: string): RawFile | undefined => {
    const shown = `${label}/${file}`;
    if (!existsSync(join(dir, file))) {
      errors.push(`${shown}: file is missing`);
      return undefined;
    }
    return readJson(
      join(dir, file),
      shown,
      file.replace(/^.*\//, "").replace(/\.json$/, ""),
      errors,
    );
  };
  const many = (sub: string): RawFile[] => {
    const folder = join(dir, sub);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .flatMap(
        (f) => readJson(join(folder, f), `${label}/${sub}/${f}`, f.slice(0, -5), errors) ?? [],
      );
  };
  const raw: RawContent = {
    sources: one("sources.json"),
    discs: one("discs.json"),
    synonyms: one("synonyms.json"),
    vocabulary: one("vocabulary.json"),
    bodymap: one("bodymap.json"),
    roots: many("roots"),
    topics: many("topics"),
  };
  return { raw, errors };
}

function readJson(
  file: string,
  shown: string,
  name: string,
  errors: string[],
): RawFile | undefined {
  const text = readFileSync(file, "utf8");
  try {
    return { path: shown, name, json: JSON.parse(text) };
  } catch (e) {
    errors.push(`${shown}: not valid JSON: ${jsonProblem(e, text)}`);
    return undefined;
  }
}
