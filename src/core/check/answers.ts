/**
 * Answers checked at the boundary (../shared/contracts/check.md): every field optional, nothing
 * guessed. A wrong key, id, value or type is a usage error that names the field and the value
 * and lists what is valid.
 */
import { RadicError } from "../errors.js";
import { displayInput } from "../text.js";
import {
  AREA_IDS,
  FEATURE_IDS,
  MOVEMENT_IDS,
  RED_FLAG_IDS,
  REFLEX_IDS,
} from "../vocabulary-ids.js";
import type { Answers } from "./types.js";

const KEYS = [
  "side",
  "pain",
  "numbness",
  "sensationNormal",
  "strength",
  "reflexes",
  "redFlags",
  "features",
] as const;
const SIDES = ["left", "right", "both"] as const;
const STRENGTHS = ["weak", "normal"] as const;
const REFLEX_VALUES = ["normal", "reduced", "absent", "brisk"] as const;

const bad = (field: string, message: string, valid: readonly string[]) =>
  new RadicError("usage", `answers: ${field}: ${message}`, `Valid: ${valid.join(", ")}.`);

const shown = (v: unknown) =>
  typeof v === "string" ? `'${displayInput(v)}'` : displayInput(JSON.stringify(v) ?? String(v));
const typeName = (v: unknown) =>
  v === null
    ? "null"
    : Array.isArray(v)
      ? "a list"
      : typeof v === "object"
        ? "an object"
        : `a ${typeof v}`;

function idList<T extends string>(
  raw: unknown,
  field: string,
  ids: readonly T[],
  what: string,
): T[] {
  if (!Array.isArray(raw))
    throw bad(field, `expected a list of ${what} ids (got ${typeName(raw)})`, ids);
  return raw.map((v, i) => {
    if (typeof v !== "string" || !(ids as readonly string[]).includes(v)) {
      throw bad(`${field}[${i}]`, `unknown ${what} ${shown(v)}`, ids);
    }
    return v as T;
  });
}

function idMap<K extends string, V extends string>(
  raw: unknown,
  field: string,
  keys: readonly K[],
  what: string,
  values: readonly V[],
): Partial<Record<K, V>> {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw bad(
      field,
      `expected an object of ${what} id -> ${values.join(" | ")} (got ${typeName(raw)})`,
      keys,
    );
  }
  const out: Partial<Record<K, V>> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (!(keys as readonly string[]).includes(k))
      throw bad(`${field}`, `unknown ${what} ${shown(k)}`, keys);
    if (typeof v !== "string" || !(values as readonly string[]).includes(v)) {
      throw bad(`${field}.${k}`, `${shown(v)} is not one of ${values.join(", ")}`, values);
    }
    out[k as K] = v as V;
  }
  return out;
}

/** Check parsed JSON and return typed answers, or throw a usage error. */
export function parseAnswers(raw: unknown): Answers {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new RadicError(
      "usage",
      `answers: expected a JSON object (got ${typeName(raw)})`,
      "An empty object {} is valid.",
    );
  }
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) {
    if (!(KEYS as readonly string[]).includes(k)) throw bad(shown(k), "unknown key", KEYS);
  }
  const a: Answers = {};
  if (r["side"] !== undefined) {
    if (typeof r["side"] !== "string" || !(SIDES as readonly string[]).includes(r["side"])) {
      throw bad("side", `${shown(r["side"])} is not one of ${SIDES.join(", ")}`, SIDES);
    }
    a.side = r["side"] as Answers["side"];
  }
  if (r["pain"] !== undefined) a.pain = idList(r["pain"], "pain", AREA_IDS, "area");
  if (r["numbness"] !== undefined) a.numbness = idList(r["numbness"], "numbness", AREA_IDS, "area");
  if (r["sensationNormal"] !== undefined) {
    a.sensationNormal = idList(r["sensationNormal"], "sensationNormal", AREA_IDS, "area");
  }
  if (r["strength"] !== undefined)
    a.strength = idMap(r["strength"], "strength", MOVEMENT_IDS, "movement", STRENGTHS);
  if (r["reflexes"] !== undefined)
    a.reflexes = idMap(r["reflexes"], "reflexes", REFLEX_IDS, "reflex", REFLEX_VALUES);
  if (r["redFlags"] !== undefined)
    a.redFlags = idList(r["redFlags"], "redFlags", RED_FLAG_IDS, "red flag");
  if (r["features"] !== undefined)
    a.features = idList(r["features"], "features", FEATURE_IDS, "feature");
  const both = (a.numbness ?? []).filter((x) => (a.sensationNormal ?? []).includes(x));
  if (both.length > 0) {
    throw new RadicError(
      "usage",
      `answers: numbness and sensationNormal both list '${both[0]}'`,
      "An area cannot be numb and normal: remove it from one of them.",
    );
  }
  return a;
}
