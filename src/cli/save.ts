/**
 * `radic check --save FILE`: the report as Markdown, written whole (a temporary file, then
 * renamed) and never over something it should not replace. The result is always shown before
 * the save is tried, and a save that fails is one line on stderr: the triage stands.
 */
import { lstatSync, readlinkSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { RadicError } from "../core/errors.js";
import { displayInput } from "../core/text.js";
import type { Deps } from "./deps.js";
import { errnoText } from "./fd.js";

/** What is at the path already. */
export type Existing =
  | { kind: "nothing" | "file" | "directory" | "other" }
  | { kind: "symlink"; target: string };

/** Why the report may not go to `path`, or undefined if it may. */
export function saveRefusal(
  path: string,
  existing: Existing,
  force: boolean,
): RadicError | undefined {
  const shown = `'${displayInput(path, 200)}'`;
  if (path === "") {
    return new RadicError(
      "usage",
      "--save needs a file name",
      "Give one, e.g. `--save report.md`, or `--save -` for standard output.",
    );
  }
  switch (existing.kind) {
    case "nothing":
      return undefined;
    case "directory":
      return new RadicError(
        "usage",
        `${shown} is a directory`,
        `Give a file name, e.g. \`--save ${displayInput(join(path, "report.md"), 200)}\`.`,
      );
    case "other":
      return new RadicError(
        "usage",
        `${shown} is not a regular file`,
        "radic saves to a regular file only (or `--save -` for standard output).",
      );
    case "symlink":
      return force
        ? undefined
        : new RadicError(
            "usage",
            `${shown} is a symbolic link (to '${displayInput(existing.target, 200)}')`,
            "--force replaces the link itself with the report; the file it points to is left as it is.",
          );
    case "file":
      return force
        ? undefined
        : new RadicError(
            "usage",
            `${displayInput(path, 200)} already exists`,
            "Use --force to replace it, or choose another name.",
          );
  }
}

function existing(path: string): Existing {
  try {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) return { kind: "symlink", target: readlinkSync(path) };
    if (st.isDirectory()) return { kind: "directory" };
    return { kind: st.isFile() ? "file" : "other" };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "nothing" };
    throw error;
  }
}

/** Write a file whole, or throw; returns the absolute path written. */
export function writeReport(path: string, text: string, force: boolean): string {
  const refusal = saveRefusal(path, path === "" ? { kind: "nothing" } : existing(path), force);
  if (refusal) throw refusal;
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: "wx" });
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  return resolve(path);
}

/** Save the report and say where, or say in one line why not. Never throws. */
export function saveReport(deps: Deps, path: string, text: string, force: boolean): void {
  try {
    const where = deps.io.writeFileAtomic(path, text, force);
    deps.io.err(`radic: report saved to ${displayInput(where, 300)}\n`);
  } catch (error) {
    deps.io.err(`radic: report not saved: ${saveProblem(path, error)}\n`);
  }
}

function saveProblem(path: string, error: unknown): string {
  if (error instanceof Error && error.name === "RadicError") {
    const hint = (error as RadicError).hint;
    return `${error.message}${hint ? `. ${hint}` : ""}`;
  }
  const why =
    (error as NodeJS.ErrnoException)?.code === "ENOENT"
      ? `there is no directory '${displayInput(dirname(path), 200)}'`
      : errnoText(error);
  return `cannot save the report to '${displayInput(path, 200)}': ${why}`;
}
