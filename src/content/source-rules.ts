/**
 * What makes a source citable: a year, a locator that leads to the work itself (a DOI, a PMID or
 * the work's own page; StatPearls by its NCBI Bookshelf address), and a host radic trusts.
 */
import type { FullSource } from "./validate.js";

/** Hosts (and, where only part of a site is meant, paths) that radic does not cite. */
const DISALLOWED: readonly { host: string; path?: RegExp; what: string }[] = [
  { host: "fpnotebook.com", what: "Family Practice Notebook, a personal notebook" },
  { host: "wheelessonline.com", what: "Wheeless' Textbook of Orthopaedics, an unreviewed wiki" },
  { host: "sportsmedicine.mayoclinic.org", what: "a Mayo Clinic sports-medicine page" },
  { host: "mayoclinic.org", path: /sports-medicine/i, what: "a Mayo Clinic sports-medicine page" },
  { host: "elsevier.com", path: /^\/resources\/anatomy\//i, what: "an Elsevier product page" },
  { host: "medscape.com", path: /^\/answers\//i, what: "a Medscape Q&A page" },
  { host: "accesspharmacy.mhmedical.com", what: "the AccessPharmacy guide" },
  { host: "statpearls.com", what: "StatPearls' own site (cite the NCBI Bookshelf chapter)" },
  { host: "nidirect.gov.uk", path: /^\/conditions\//i, what: "a syndicated copy of an NHS page" },
  { host: "scribd.com", what: "a document-sharing site" },
  { host: "docslib.org", what: "a document-sharing site" },
  { host: "studylib.net", what: "a document-sharing site" },
  { host: "coursehero.com", what: "a document-sharing site" },
];

const SEARCH_PARAMS = ["term", "q", "query", "search"];
const BOOKSHELF = /^https:\/\/www\.ncbi\.nlm\.nih\.gov\/books\/NBK\d+\/?$/;

/** One message per problem, naming the file, the entry and the field, as the other rules do. */
export function citableErrors(sources: readonly FullSource[]): string[] {
  const errors: string[] = [];
  sources.forEach((s, i) => {
    const at = `data/sources.json: [${i}]`;
    if (s.year === null)
      errors.push(
        `${at}.year: '${s.id}' has no year (give the year of publication; for a living page, the year of the version read, and say so in note)`,
      );
    const problem = urlProblem(s);
    if (problem) errors.push(`${at}.url: '${s.id}' ${problem}`);
  });
  return errors;
}

function urlProblem(s: FullSource): string | undefined {
  let url: URL;
  try {
    url = new URL(s.url);
  } catch {
    return "is not a web address (give https://doi.org/…, a PubMed or NCBI Bookshelf address, or the publisher's page)";
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const banned = DISALLOWED.find(
    (d) =>
      (host === d.host || host.endsWith(`.${d.host}`)) && (!d.path || d.path.test(url.pathname)),
  );
  if (banned)
    return `is on ${banned.what} (${host}), which radic does not cite (cite a primary study, a guideline or a textbook instead)`;
  if (/statpearls/i.test(`${s.publisher} ${s.title}`) && !BOOKSHELF.test(s.url) && !s.pmid)
    return "is a StatPearls chapter: give its NCBI Bookshelf address (https://www.ncbi.nlm.nih.gov/books/NBK…/) or its pmid";
  if ((url.pathname === "/" || url.pathname === "") && !url.search)
    return "points at a home page, not the work (give the DOI, the PMID or the work's own page)";
  const term = SEARCH_PARAMS.map((p) => url.searchParams.get(p)).find((v) => v !== null);
  const search = term !== undefined || /\/search\b/i.test(url.pathname);
  if (search) return "is a search, not the work (give the DOI, the PMID or the work's own page)";
  return undefined;
}
