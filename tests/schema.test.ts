/**
 * docs/schema/: a JSON Schema for every `--json` output and for the answers file, up to date
 * with scripts/schema.mjs, and true of real outputs (validated with zod's JSON Schema reader).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { schemas } from "../scripts/schema.mjs";
import { allDiscLevels } from "../src/core/disc.js";
import * as ids from "../src/core/vocabulary-ids.js";
import { content, ROOT, run } from "./helpers.js";

const DIR = join(ROOT, "docs", "schema");
const file = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.schema.json`), "utf8"));
const validator = (name: string) => z.fromJSONSchema(file(name));

/** Run radic with --json and check the output against a schema; returns the output. */
async function valid(name: string, args: string[], files: Record<string, string> = {}) {
  const r = await run([...args, "--json"], { files });
  const value = JSON.parse(r.out);
  const parsed = validator(name).safeParse(value);
  expect(parsed.success, `${args.join(" ")}: ${parsed.error?.message}`).toBe(true);
  return value;
}

describe("docs/schema is what scripts/schema.mjs makes (npm run schema)", () => {
  it("has every schema, each up to date", async () => {
    const made = await schemas();
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(made).sort());
    for (const [name, schema] of Object.entries(made)) {
      expect(JSON.parse(readFileSync(join(DIR, name), "utf8")), name).toEqual(schema);
    }
  });

  it("the validator is not a rubber stamp: an unknown field or a wrong type fails", () => {
    const v = validator("sources");
    const source = { id: "a", title: "t", publisher: "p", year: 2020, url: "https://x.org" };
    expect(v.safeParse({ sources: [source] }).success).toBe(true);
    expect(v.safeParse({ sources: [{ ...source, extra: 1 }] }).success).toBe(false);
    expect(v.safeParse({ sources: [{ ...source, year: "2020" }] }).success).toBe(false);
    expect(validator("check-result").safeParse({ triage: "soon" }).success).toBe(false);
  });
});

describe("real outputs validate", () => {
  it("every page, disc level and some sections (page.schema.json)", async () => {
    for (const e of content().catalog.entries) await valid("page", [e.id]);
    for (const d of allDiscLevels()) await valid("page", [d.id]);
    for (const args of [
      ["s1", "treatment"],
      ["s1", "sources"],
      ["l5-s1", "why"],
    ]) {
      await valid("page", args);
    }
  });

  it("list, search (hits and none), compare, maps, sources", async () => {
    await valid("list", ["list"]);
    await valid("search", ["search", "numbness foot"]);
    expect((await valid("search", ["search", "xyzzyq"])).results).toEqual([]);
    await valid("compare", ["compare", "l5", "s1"]);
    await valid("compare", ["compare", "c6", "c7", "c8"]);
    for (const root of ["c6", "t10", "l5", "s1"]) await valid("root-map", [root, "--map"]);
    await valid("dermatomes-map", ["dermatomes", "--map"]);
    for (const region of ["arm", "trunk", "leg"]) {
      await valid("dermatomes-map", ["dermatomes", "--region", region]);
    }
    await valid("sources", ["source", "harrisons-19"]);
    await valid("sources", ["source"]);
  });

  it("the check result for every vignette (check-result.schema.json)", async () => {
    const dir = join(ROOT, "tests", "vignettes");
    const names = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "expected.json");
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) {
      const text = readFileSync(join(dir, name), "utf8");
      await valid("check-result", ["check", "--answers", "a.json"], { "a.json": text });
    }
  });
});

describe("answers.schema.json", () => {
  const schema = validator("answers");

  it("accepts every vignette and the template", async () => {
    const dir = join(ROOT, "tests", "vignettes");
    for (const name of readdirSync(dir).filter((f) => f !== "expected.json")) {
      const answers = JSON.parse(readFileSync(join(dir, name), "utf8"));
      expect(schema.safeParse(answers).success, name).toBe(true);
    }
    const template = JSON.parse((await run(["check", "--template"])).out);
    expect(schema.safeParse(template).success).toBe(true);
  });

  it("agrees with radic on random answers: valid for the schema <=> radic gives a result", async () => {
    const pick = <T>(xs: readonly T[]) => fc.subarray([...xs], { maxLength: 3 });
    const wrong = fc.constantFrom<unknown>("x", 1, null, ["foot"], { a: 1 }, true);
    const field = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: good }, wrong);
    const answers = fc.record(
      {
        side: field(fc.constantFrom("left", "right", "both")),
        pain: field(pick(ids.AREA_IDS)),
        numbness: field(pick(ids.AREA_IDS)),
        strength: field(
          fc.dictionary(fc.constantFrom(...ids.MOVEMENT_IDS), fc.constantFrom("weak", "normal"), {
            maxKeys: 3,
          }),
        ),
        reflexes: field(
          fc.dictionary(fc.constantFrom(...ids.REFLEX_IDS), fc.constantFrom("reduced", "brisk"), {
            maxKeys: 2,
          }),
        ),
        redFlags: field(pick(ids.RED_FLAG_IDS)),
        features: field(pick(ids.FEATURE_IDS)),
        sid: fc.constant("left"),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(answers, async (a) => {
        const r = await run(["check", "--answers", "a.json", "--json"], {
          files: { "a.json": JSON.stringify(a) },
        });
        expect([0, 2, 3, 4]).toContain(r.code);
        expect(r.code !== 2, JSON.stringify(a)).toBe(schema.safeParse(a).success);
      }),
      { numRuns: 150 },
    );
  });
});
