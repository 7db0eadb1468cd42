/**
 * The man page from the real program definition, for the build (scripts/build.mjs): a program
 * is created around content that only answers for its catalog, and read as data.
 */
import { manPage } from "../core/manpage.js";
import type { Catalog } from "../core/types.js";
import type { Deps } from "./deps.js";
import { createProgram, DISCLAIMER_LINE, EXAMPLES, EXIT_CODES } from "./program.js";
import { programSpec } from "./spec.js";

export function manual(catalog: Catalog, version: string): string {
  const unused = () => {
    throw new Error("the man page reads only the catalog");
  };
  const deps = {
    io: { out: unused, err: unused, env: {}, stdoutIsTTY: false, stdinIsTTY: false },
    store: { catalog: () => catalog },
    version,
  } as unknown as Deps;
  const program = createProgram(deps, { exitCode: 0 });
  return manPage({
    spec: programSpec(program),
    version,
    date: catalog.contentVersion.slice(0, 10),
    examples: EXAMPLES,
    exitCodes: EXIT_CODES,
    disclaimer: DISCLAIMER_LINE,
  });
}
