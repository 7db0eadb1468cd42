/** The textbook cases of tests/check/cases/*.json (written apart from the engine, from sources). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers.js";

export interface Case {
  name: string;
  kind: string;
  source: string;
  answers: unknown;
  expect: {
    roots?: string[];
    triage: string;
    pattern?: string | string[];
    alternative?: string;
  };
}

const dir = join(ROOT, "tests", "check", "cases");
export const CASES: Case[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Case[]);
