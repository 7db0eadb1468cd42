// JSON Schemas (draft 2020-12) for every `--json` output and for the answers file of
// `radic check`, written to docs/schema/. `npm run schema` writes them; tests/schema.test.ts
// checks they are up to date and that real outputs validate against them. The answers' ids
// come from src/core/vocabulary-ids.ts, the contract's lists, so they cannot drift apart.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { importTs, root } from "./ts.mjs";

const DRAFT = "https://json-schema.org/draft/2020-12/schema";
const ID = "^[a-z0-9][a-z0-9-]*$";
const ROOT = "^(c[1-8]|t([1-9]|1[0-2])|l[1-5]|s[1-5])$";
const MARKDOWN =
  "Markdown, a small subset: one block per line, a line starting `- ` is a bullet (`  - ` one level deeper), inline `code` (often a radic command) and **strong**.";
const INLINE = "One paragraph of plain text that may hold inline Markdown: `code` and **strong**.";
const PLAIN = "Plain text.";

const str = (description, extra = {}) => ({ type: "string", description, ...extra });
const list = (items, description) => ({
  type: "array",
  items,
  ...(description ? { description } : {}),
});
const object = (properties, description, optional = []) => ({
  type: "object",
  ...(description ? { description } : {}),
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  additionalProperties: false,
  properties,
});

/** A citation: the one form `sources` takes at the top of every output except check's. */
const source = object(
  {
    id: str("The source key, as in a section's `sources` and on `Sources:` lines.", {
      pattern: ID,
    }),
    title: str(PLAIN),
    authors: str(PLAIN),
    publisher: str(PLAIN),
    year: { type: ["integer", "null"], description: "null: no date (n.d.)" },
    url: str("A link to the source.", { format: "uri" }),
  },
  "One citation in full (`radic source KEY` shows it).",
  ["authors"],
);
const citations = list(
  { $ref: "#/$defs/source" },
  "The full citations of every source cited above, in the order the terminal lists them.",
);
const sourceIds = list(
  str("A source key", { pattern: ID }),
  "Keys of the sources behind this item.",
);

const schema = (name, title, description, body, defs = {}) => ({
  $schema: DRAFT,
  $id: `https://radic.invalid/schema/${name}`,
  title,
  description,
  ...body,
  $defs: { source, ...defs },
});

function outputs() {
  const page = schema(
    "page.schema.json",
    "radic <topic> [section] --json",
    "A page (a root, a topic or a disc level), or one section of it: `sections` then holds just that one and `sources` just its own; for the `sources` section, `sections` is empty.",
    object({
      id: str("The page id (`s1`, `sciatica`, `l5-s1`).", { pattern: ID }),
      title: str(PLAIN),
      kind: { enum: ["root", "topic"], description: "A disc level is a topic." },
      summary: str(MARKDOWN),
      sections: list(
        object({
          id: str("The section id (`radic <page> <id>` shows it).", { pattern: ID }),
          title: str(PLAIN),
          text: str(MARKDOWN),
          sources: sourceIds,
        }),
      ),
      see: list(str("A page id to read next.", { pattern: ID })),
      sources: citations,
    }),
  );
  const listSchema = schema(
    "list.schema.json",
    "radic list --json",
    "Every page, then every disc level; each `id` opens with `radic <id>`.",
    object({
      contentVersion: str("The content's review date and hash: `2026-11-25+a7b39b4`.", {
        pattern: "^\\d{4}-\\d\\d-\\d\\d\\+[0-9a-f]+$",
      }),
      pages: list(
        object({
          id: str("The page id.", { pattern: ID }),
          title: str(PLAIN),
          kind: { enum: ["root", "topic"] },
          group: { enum: ["cervical", "thoracic", "lumbar", "sacral", "topics", "discs"] },
          sections: list(str("A section id.", { pattern: ID })),
        }),
      ),
    }),
  );
  const search = schema(
    "search.schema.json",
    "radic search QUERY --json",
    "The best sections for a query, best first; no hit: `results: []` (and exit 1).",
    object({
      query: str("The query as radic read it (whitespace collapsed)."),
      results: list(
        object({
          topic: str("The page id.", { pattern: ID }),
          section: str("The section id.", { pattern: ID }),
          title: str(`${PLAIN} \`Page title › Section title\`.`),
          score: { type: "number", minimum: 0, description: "Relevance; higher is better." },
          snippet: str(`${PLAIN} A passage around the matched words, cut with \`…\`.`),
        }),
      ),
      pages: list(
        object({
          topic: str("The page id.", { pattern: ID }),
          title: str(PLAIN),
          score: { type: "number", minimum: 0, description: "The page's best section's score." },
          sections: list(
            str("A section id.", { pattern: ID }),
            "The page's matching sections, best first (the first is shown, the rest listed under it).",
          ),
        }),
        "The results grouped by page, best page first: what the terminal shows.",
      ),
    }),
  );
  const finding = str(
    "A finding: `kind:id` or `kind:id=value` (`strength:ankle-plantarflexion=weak`).",
    {
      pattern:
        "^(pain|numbness|sensationNormal|strength|reflexes|redFlags|features|side):[a-z0-9-]+(=[a-z]+)?$",
    },
  );
  const check = schema(
    "check-result.schema.json",
    "radic check --json",
    "The result of `radic check`, in the shape of the project's contract (check.md). `sources` here are source keys (the contract fixes them so); `radic source KEY --json` gives each citation. Tools must ignore fields they do not know.",
    object(
      {
        triage: { enum: ["emergency", "urgent", "routine"] },
        triageReasons: list(
          str(INLINE),
          "Each trigger of the triage, in a plain sentence that says how fast.",
        ),
        pattern: {
          enum: ["single-root", "two-roots", "multi-root", "non-radicular", "insufficient"],
        },
        candidates: list(
          object({
            root: str("A root id, lower case.", { pattern: ROOT }),
            score: {
              type: "number",
              minimum: 0,
              maximum: 1,
              description: "The probability under radic's model.",
            },
            supports: list(finding, "The answers that speak for this root over `versus`."),
            against: list(finding, "The answers that speak against it."),
            explain: list(
              object({
                finding,
                ratio: {
                  type: "number",
                  exclusiveMinimum: 0,
                  description:
                    "How many times more likely the answer is with this root than with `versus` (below 1: less likely).",
                },
              }),
            ),
            versus: str(
              "The strongest explanation that does not involve this root (a root such as `L5`, or a name such as `polyneuropathy`); empty when there is none.",
            ),
          }),
        ),
        alternatives: list(
          object(
            {
              id: str("A non-root explanation (`carpal-tunnel`, `hip-joint` …).", { pattern: ID }),
              why: str(INLINE),
              score: { type: "number", minimum: 0, maximum: 1 },
            },
            undefined,
            ["score"],
          ),
        ),
        advice: str(INLINE),
        nextQuestions: list(
          object({
            finding: str("The finding to ask about (`kind:id`)."),
            ask: str(PLAIN),
            why: str(PLAIN),
          }),
          "The unasked findings that would best separate the leading explanations, most informative first.",
        ),
        otherRoots: list(
          object({
            root: str("A root id, lower case.", { pattern: ROOT }),
            score: { type: "number", minimum: 0, maximum: 1 },
          }),
          "Only with `non-radicular`: the roots still in the running, with their probability.",
        ),
        sources: list(str("A source key.", { pattern: ID })),
      },
      undefined,
      ["nextQuestions", "otherRoots"],
    ),
  );
  const compare = schema(
    "compare.schema.json",
    "radic compare ROOT ROOT [ROOT] --json",
    "Two or three roots side by side: one row per field, each root's value (null where a root has none).",
    object({
      roots: list(object({ id: str("A root id.", { pattern: ROOT }), title: str(PLAIN) })),
      rows: list(
        object({
          field: str("The field id (`dermatome`, `keyMuscle` …)."),
          label: str(PLAIN),
          values: {
            type: "object",
            description: `Root id -> value. ${INLINE}`,
            propertyNames: { pattern: ROOT },
            additionalProperties: { type: ["string", "null"] },
          },
        }),
      ),
      sources: citations,
    }),
  );
  const rootMap = schema(
    "root-map.schema.json",
    "radic ROOT --map --json",
    "The body areas a root supplies on radic's chart: `own` its own skin, else skin it shares with a neighbour.",
    object({
      id: str("The root id.", { pattern: ROOT }),
      areas: list(
        object({
          id: str("An area id (check.md).", { pattern: ID }),
          label: str(PLAIN),
          own: { type: "boolean" },
        }),
      ),
      sources: citations,
    }),
  );
  const allRoots = schema(
    "dermatomes-map.schema.json",
    "radic dermatomes --map --json, radic dermatomes --region REGION --json",
    "Every root's areas on the chart (or one region's): roots that share a letter on the chart are one group.",
    object({
      region: { enum: ["all", "arm", "trunk", "leg"] },
      roots: list(
        object({
          label: str(PLAIN),
          roots: list(str("A root id.", { pattern: ROOT })),
          areas: list(str("An area id.", { pattern: ID })),
        }),
      ),
      mixed: list(str("An area id."), "Areas supplied by more than one group."),
      sources: citations,
    }),
  );
  const sources = schema(
    "sources.schema.json",
    "radic source [KEY] --json",
    "One citation (with a key) or every one (without).",
    object({ sources: citations }),
  );
  return {
    page,
    list: listSchema,
    search,
    "check-result": check,
    compare,
    "root-map": rootMap,
    "dermatomes-map": allRoots,
    sources,
  };
}

function answers(ids) {
  const ofIds = (values, what) => list({ enum: [...values] }, `A list of ${what} ids.`);
  const map = (keys, values, what) => ({
    type: "object",
    description: `${what} id -> ${values.join(" | ")}.`,
    additionalProperties: false,
    properties: Object.fromEntries(keys.map((k) => [k, { enum: values }])),
  });
  return {
    $schema: DRAFT,
    $id: "https://radic.invalid/schema/answers.schema.json",
    title: "radic check --answers FILE",
    description:
      "The answers of `radic check`, as JSON (UTF-8, a byte-order mark allowed; at most 1 MiB; no key given twice). Every field is optional; {} is valid. An unknown key, an unknown id or a wrong type is a usage error (exit 2) that names the field. `radic check --template` prints every field empty.",
    type: "object",
    additionalProperties: false,
    properties: {
      side: { enum: ["left", "right", "both"] },
      pain: ofIds(ids.AREA_IDS, "area"),
      numbness: ofIds(ids.AREA_IDS, "area"),
      sensationNormal: {
        ...ofIds(ids.AREA_IDS, "area"),
        description:
          "Areas where feeling was checked and found normal; none may also be in `numbness`.",
      },
      strength: map(ids.MOVEMENT_IDS, ["weak", "normal"], "Movement"),
      reflexes: map(ids.REFLEX_IDS, ["normal", "reduced", "absent", "brisk"], "Reflex"),
      redFlags: ofIds(ids.RED_FLAG_IDS, "red-flag"),
      features: ofIds(ids.FEATURE_IDS, "feature"),
    },
  };
}

/** Every schema: file name -> the schema. */
export async function schemas() {
  const ids = await importTs("src/core/vocabulary-ids.ts");
  const all = { ...outputs(), answers: answers(ids) };
  return Object.fromEntries(Object.entries(all).map(([name, s]) => [`${name}.schema.json`, s]));
}

if (process.argv[1] === import.meta.filename) {
  const dir = join(root, "docs", "schema");
  mkdirSync(dir, { recursive: true });
  for (const [file, s] of Object.entries(await schemas())) {
    writeFileSync(join(dir, file), `${JSON.stringify(s, null, 2)}\n`);
  }
  // In the repository's own JSON style (the test compares values, not text).
  execFileSync(join(root, "node_modules", ".bin", "biome"), ["format", "--write", dir], {
    stdio: "ignore",
  });
  console.log("wrote docs/schema/*.schema.json");
}
