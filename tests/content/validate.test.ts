import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent, validateContent } from "../../src/content/index.js";
import { ROOT_IDS } from "../../src/core/roots.js";
import { TOPIC_IDS } from "../../src/core/topics.js";
import { content, DATA } from "../helpers.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Copy data/, let `edit` change one file's JSON (or its text), and return every error. */
function errorsAfter(
  file: string,
  edit: (json: any) => unknown,
  asText = false,
  draft = false,
  remove: string[] = [],
): string[] {
  const dir = mkdtempSync(join(tmpdir(), "radic-data-"));
  dirs.push(dir);
  cpSync(DATA, dir, { recursive: true });
  for (const f of remove) rmSync(join(dir, f));
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const result = edit(asText ? text : JSON.parse(text));
  writeFileSync(path, typeof result === "string" ? result : JSON.stringify(result, null, 2));
  const loaded = loadContent(dir);
  return loaded.errors.length > 0 ? loaded.errors : validateContent(loaded.raw, { draft }).errors;
}

const sourceCount = JSON.parse(readFileSync(join(DATA, "sources.json"), "utf8")).length;

describe("the real content", () => {
  it("validates with no errors", () => {
    const loaded = loadContent(DATA);
    expect(loaded.errors).toEqual([]);
    expect(validateContent(loaded.raw).errors).toEqual([]);
  });

  it("has a page for every id of the contract, each with at least three sourced sections", () => {
    const { catalog, pages } = content();
    expect(catalog.entries.map((e) => e.id).sort()).toEqual([...ROOT_IDS, ...TOPIC_IDS].sort());
    const known = new Set(content().sources.map((s) => s.id));
    for (const page of pages) {
      expect(page.sections.length, page.id).toBeGreaterThanOrEqual(3);
      for (const section of page.sections) {
        expect(section.sources.length, `${page.id} ${section.id}`).toBeGreaterThan(0);
        for (const id of section.sources) expect(known.has(id), `${page.id}: ${id}`).toBe(true);
      }
    }
  });
});

describe("broken copies are refused with the file, the field and the fix", () => {
  it("an unknown source id, with the nearest known ones", () => {
    const errors = errorsAfter("roots/s1.json", (p) => {
      p.sections[3].sources[0] = "nice-ng59x";
      return p;
    });
    expect(errors).toContain(
      "data/roots/s1.json: sections[3].sources[0]: unknown source 'nice-ng59x' (known: nice-ng59, nice-ng234, nice-cg95, …)",
    );
  });

  it("a see-also that leads nowhere", () => {
    const errors = errorsAfter("roots/s1.json", (p) => {
      p.see.push("treatmnt");
      return p;
    });
    expect(errors).toEqual([
      `data/roots/s1.json: see[${4}]: no page 'treatmnt' (known: treatment, …)`,
    ]);
  });

  it("a page pointing at itself", () => {
    const errors = errorsAfter("topics/overview.json", (p) => {
      p.see = ["overview"];
      return p;
    });
    expect(errors).toEqual(["data/topics/overview.json: see[0]: a page cannot point to itself"]);
  });

  it("an alias used twice, or naming another root", () => {
    expect(
      errorsAfter("roots/l5.json", (p) => {
        p.aliases.push("Warning Signs");
        return p;
      }),
    ).toEqual([
      "data/topics/red-flags.json: aliases[1]: 'warning signs' cannot be an alias: it is also an alias of 'l5'",
    ]);
    expect(
      errorsAfter("roots/s1.json", (p) => {
        p.aliases.push("fifth lumbar");
        return p;
      }),
    ).toEqual([
      "data/roots/s1.json: aliases[1]: 'fifth lumbar' cannot be an alias: it names the root l5",
    ]);
    expect(
      errorsAfter("topics/overview.json", (p) => {
        p.aliases.push("list");
        return p;
      }),
    ).toEqual([
      "data/topics/overview.json: aliases[5]: 'list' cannot be an alias: it is a command name",
    ]);
  });

  it("a source nobody cites", () => {
    let n = 0;
    const errors = errorsAfter("sources.json", (list) => {
      n = list.length;
      const orphan = {
        id: "orphan-2020",
        title: "Orphan",
        publisher: "Nobody",
        year: 2020,
        url: "https://example.org/x",
      };
      return [...list, orphan];
    });
    expect(errors).toEqual([
      `data/sources.json: [${n}]: source 'orphan-2020' is never cited (cite it or remove it)`,
    ]);
  });

  it("a source id used twice", () => {
    let n = 0;
    const errors = errorsAfter("sources.json", (list) => {
      n = list.length;
      return [...list, { ...list[0] }];
    });
    expect(errors).toEqual([
      `data/sources.json: [${n}].id: 'arden-2005' appears twice (ids must be unique)`,
    ]);
  });

  it("a missing or misspelt field", () => {
    expect(
      errorsAfter("topics/treatment.json", (p) => {
        delete p.title;
        return p;
      }),
    ).toEqual([
      "data/topics/treatment.json: title: Invalid input: expected string, received undefined",
    ]);
    expect(
      errorsAfter("roots/l5.json", (p) => {
        p.sections[2].sorces = p.sections[2].sources;
        return p;
      }),
    ).toEqual(['data/roots/l5.json: sections[2]: Unrecognized key: "sorces"']);
  });

  it("a section with no sources", () => {
    const errors = errorsAfter("roots/s1.json", (p) => {
      p.sections[5].sources = [];
      return p;
    });
    expect(errors).toEqual([
      "data/roots/s1.json: sections[5].sources: every claim needs at least one source id",
    ]);
  });

  it("root sections out of order", () => {
    const errors = errorsAfter("roots/s1.json", (p) => {
      [p.sections[2], p.sections[3]] = [p.sections[3], p.sections[2]];
      return p;
    });
    expect(errors).toEqual([
      "data/roots/s1.json: sections: root pages have the sections summary, anatomy, dermatome, myotome, reflex, causes, symptoms, exam, mimics, treatment, prognosis, red-flags in that order (found: summary, anatomy, myotome, dermatome, reflex, causes, symptoms, exam, mimics, treatment, prognosis, red-flags)",
    ]);
  });

  it("a file whose id does not match its name, or a topic outside the contract", () => {
    expect(
      errorsAfter("topics/overview.json", (p) => {
        p.id = "overveiw";
        return p;
      }),
    ).toContain(
      "data/topics/overview.json: id: 'overveiw' must match the file name (rename one to 'overview')",
    );
  });

  it("a `radic …` reference that leads nowhere, and an unclosed mark", () => {
    expect(
      errorsAfter("roots/s1.json", (p) => {
        p.sections[1].text[0] += " See `radic s9`.";
        return p;
      }),
    ).toEqual(["data/roots/s1.json: sections[1].text[0]: `radic s9` leads nowhere (no such page)"]);
    expect(
      errorsAfter("roots/s1.json", (p) => {
        p.sections[1].text[0] += " **oops";
        return p;
      }),
    ).toEqual(["data/roots/s1.json: sections[1].text[0]: a ** is not closed"]);
  });

  it("text that is not JSON, with line and column", () => {
    const errors = errorsAfter(
      "topics/red-flags.json",
      (text: string) => text.replace('"kind": "topic",', '"kind": "topic"'),
      true,
    );
    expect(errors).toEqual([
      "data/topics/red-flags.json: not valid JSON: Expected ',' or '}' after property value (line 4, column 3)",
    ]);
  });

  it("one work has one source id: a second record of the same DOI is refused", () => {
    expect(
      errorsAfter("sources.json", (list) => {
        const copy = {
          ...list.find((x: { id: string }) => x.id === "peul-2007"),
          id: "peul-2007b",
        };
        return [...list, copy];
      }),
    ).toEqual([
      `data/sources.json: [${sourceCount}]: 'peul-2007b' is the same work as 'peul-2007' (DOI 10.1056/nejmoa064039); keep one id`,
      `data/sources.json: [${sourceCount}]: 'peul-2007b' is the same work as 'peul-2007' (https://doi.org/10.1056/NEJMoa064039); keep one id`,
      `data/sources.json: [${sourceCount}]: source 'peul-2007b' is never cited (cite it or remove it)`,
    ]);
  });

  it("a body chart must draw every area, in views of one size, with known characters", () => {
    expect(
      errorsAfter("bodymap.json", (m) => {
        for (const view of m.charts.small.views)
          view.rows = view.rows.map((r: string) => r.replaceAll("J", "Z"));
        return m;
      }),
    ).toEqual(["data/bodymap.json: charts.small: areas not drawn: heel (give each some cells)"]);
    expect(
      errorsAfter("bodymap.json", (m) => {
        m.charts.large.views[1].rows[3] = `${m.charts.large.views[1].rows[3].slice(0, -1)}%`;
        m.charts.large.views[0].rows.pop();
        return m;
      }),
    ).toEqual([
      "data/bodymap.json: charts.large.views[1].rows: 53 rows, the first view has 52",
      "data/bodymap.json: charts.large.views[1].rows[3]: '%' is neither a cell code nor an outline character",
    ]);
    expect(
      errorsAfter("bodymap.json", (m) => {
        m.charts.small.cells["#"] = "elbow";
        return m;
      }),
    ).toEqual(["data/bodymap.json: charts.small.cells.#: an area id of data/vocabulary.json"]);
  });

  it("areas only on a root's dermatome section, and always there", () => {
    expect(
      errorsAfter("topics/overview.json", (p) => {
        p.sections[0].areas = ["calf"];
        return p;
      }),
    ).toEqual([
      "data/topics/overview.json: sections[0].areas: only the dermatome section of a root page lists areas",
    ]);
    expect(
      errorsAfter("roots/s1.json", (p) => {
        delete p.sections[2].areas;
        return p;
      }),
    ).toEqual([
      "data/roots/s1.json: sections[2].areas: list the body areas this root mainly supplies ([] if none)",
    ]);
    expect(
      errorsAfter("roots/s1.json", (p) => {
        p.sections[2].areas = ["elbow"];
        return p;
      }),
    ).toHaveLength(1);
  });
});

describe("draft checking, for pages written in parallel", () => {
  // A copy of the content without the sciatica and cauda-equina pages, as while they are written.
  const unwritten = ["topics/sciatica.json", "topics/cauda-equina.json"];
  const unlink = (p: any) => {
    p.see = p.see.filter((id: string) => !["sciatica", "cauda-equina"].includes(id));
    for (const s of p.sections)
      s.text = s.text.map((b: string) =>
        b.replace(/ ?\(?`radic (sciatica|cauda-equina)[^`]*`\)?/g, ""),
      );
    return p;
  };
  const linkToUnwritten = (p: any) => {
    unlink(p).see.push("sciatica");
    p.sections[0].text[0] += " See `radic cauda-equina`.";
    return p;
  };
  const others = (errors: string[]) => errors.filter((e) => e.startsWith("data/roots/s1.json"));

  it("lets a page link to contract pages not written yet", () => {
    expect(others(errorsAfter("roots/s1.json", linkToUnwritten, false, true, unwritten))).toEqual(
      [],
    );
  });

  it("refuses the same links in the finished content", () => {
    expect(others(errorsAfter("roots/s1.json", linkToUnwritten, false, false, unwritten))).toEqual([
      expect.stringMatching(/^data\/roots\/s1\.json: see\[\d+\]: no page 'sciatica'/),
      "data/roots/s1.json: sections[0].text[0]: `radic cauda-equina` leads nowhere (no such page)",
    ]);
  });

  it("still refuses links to ids outside the contract", () => {
    expect(
      errorsAfter(
        "roots/s1.json",
        (p) => {
          p.see.push("sciatika");
          return p;
        },
        false,
        true,
      ),
    ).toHaveLength(1);
  });
});

describe("a source radic cannot cite is refused with its entry and the fix", () => {
  /** Change one entry of sources.json; return its index and every error. */
  function withSource(id: string, change: (s: any) => void): { i: number; errors: string[] } {
    let i = -1;
    const errors = errorsAfter("sources.json", (list) => {
      i = list.findIndex((s: { id: string }) => s.id === id);
      change(list[i]);
      return list;
    });
    return { i, errors };
  }

  it("every source in the real content has a year", () => {
    const list = JSON.parse(readFileSync(join(DATA, "sources.json"), "utf8"));
    expect(list.filter((s: { year: unknown }) => typeof s.year !== "number")).toEqual([]);
  });

  it("a source without a year", () => {
    const { i, errors } = withSource("nice-ng59", (s) => {
      s.year = null;
    });
    expect(errors).toEqual([
      `data/sources.json: [${i}].year: 'nice-ng59' has no year (give the year of publication; for a living page, the year of the version read, and say so in note)`,
    ]);
  });

  it.each([
    [
      "https://fpnotebook.com/Neuro/Exam/BlbcvrnsRflx.htm",
      "Family Practice Notebook, a personal notebook (fpnotebook.com)",
    ],
    [
      "https://new.wheelessonline.com/bones/spine/bulbocavernosus-reflex/",
      "Wheeless' Textbook of Orthopaedics, an unreviewed wiki (new.wheelessonline.com)",
    ],
    [
      "https://sportsmedicine.mayoclinic.org/condition/carpal-tunnel/",
      "a Mayo Clinic sports-medicine page (sportsmedicine.mayoclinic.org)",
    ],
    [
      "https://www.elsevier.com/resources/anatomy/nervous-system/peripheral-nervous-system/tibial-nerve/21337",
      "an Elsevier product page (elsevier.com)",
    ],
    [
      "https://www.medscape.com/answers/94118-63594/what-are-the-sensory-exam-findings",
      "a Medscape Q&A page (medscape.com)",
    ],
    [
      "https://accesspharmacy.mhmedical.com/data/interactiveguide/physexam/neuro/reflexesanatomy.html",
      "the AccessPharmacy guide (accesspharmacy.mhmedical.com)",
    ],
    [
      "https://www.nidirect.gov.uk/conditions/giant-cell-arteritis-temporal-arteritis",
      "a syndicated copy of an NHS page (nidirect.gov.uk)",
    ],
  ])("a source on a disallowed host: %s", (url, what) => {
    const { i, errors } = withSource("eubanks-2010", (s) => {
      s.url = url;
    });
    expect(errors).toEqual([
      `data/sources.json: [${i}].url: 'eubanks-2010' is on ${what}, which radic does not cite (cite a primary study, a guideline or a textbook instead)`,
    ]);
  });

  it("a StatPearls chapter on StatPearls' own site, or not by its Bookshelf address", () => {
    const own = withSource("statpearls-cervical", (s) => {
      s.url = "https://www.statpearls.com/point-of-care/30581";
    });
    expect(own.errors).toEqual([
      `data/sources.json: [${own.i}].url: 'statpearls-cervical' is on StatPearls' own site (cite the NCBI Bookshelf chapter) (statpearls.com), which radic does not cite (cite a primary study, a guideline or a textbook instead)`,
    ]);
    const shelf = withSource("statpearls-cervical", (s) => {
      s.url = "https://www.ncbi.nlm.nih.gov/books/n/statpearls/article-19468/";
    });
    expect(shelf.errors).toEqual([
      `data/sources.json: [${shelf.i}].url: 'statpearls-cervical' is a StatPearls chapter: give its NCBI Bookshelf address (https://www.ncbi.nlm.nih.gov/books/NBK…/) or its pmid`,
    ]);
  });

  it("a home page or a search instead of the work", () => {
    const home = withSource("eubanks-2010", (s) => {
      s.url = "https://www.tg.org.au/";
    });
    expect(home.errors).toEqual([
      `data/sources.json: [${home.i}].url: 'eubanks-2010' points at a home page, not the work (give the DOI, the PMID or the work's own page)`,
    ]);
    const search = withSource("eubanks-2010", (s) => {
      s.url = "https://pubmed.ncbi.nlm.nih.gov/?term=cervical+radiculopathy";
    });
    expect(search.errors).toEqual([
      `data/sources.json: [${search.i}].url: 'eubanks-2010' is a search, not the work (give the DOI, the PMID or the work's own page)`,
    ]);
  });

  it("refuses PubMed looked up even by the work's exact title: a search is not a locator", () => {
    const exact = withSource("eubanks-2010", (s) => {
      s.url = `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(s.title)}`;
    });
    expect(exact.errors).toEqual([
      `data/sources.json: [${exact.i}].url: 'eubanks-2010' is a search, not the work (give the DOI, the PMID or the work's own page)`,
    ]);
  });
});
