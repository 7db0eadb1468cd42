/**
 * What a command may touch, handed in by main.ts (the real process) or by a test (captured
 * output, content from memory). Commands never reach for `process` themselves.
 */
import type { BodyMap } from "../core/bodymap.js";
import type { Vocabulary } from "../core/check/types.js";
import type { SearchSource } from "../core/search.js";
import type { BuiltDiscs, BuiltPage, Catalog, Source } from "../core/types.js";
import type { Env } from "./env.js";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Why standard output could not be written (a full disk, a closed descriptor), if it could not. */
  outputFailure(): string | undefined;
  env: Env;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  columns: number | undefined;
  rows: number | undefined;
  /** Call `listener` whenever the terminal is resized; returns the function that stops it. */
  onResize?(listener: () => void): () => void;
  /** Show text through a pager command; false if it could not run, so the caller prints it. */
  page(command: string, text: string): boolean;
  /**
   * Read a file, a device or a FIFO (`-`: standard input), at most `limit + 1` bytes of it, so
   * the caller can refuse anything longer without ever holding more. Throws the system's error
   * (ENOENT, EISDIR …) for the caller to word.
   */
  readInput(path: string, limit: number): Promise<Buffer>;
  /**
   * Write a file whole: to a temporary name first, then renamed, so no half-written report.
   * Refuses (RadicError) what `save.ts` says it may not replace; returns the absolute path.
   */
  writeFileAtomic(path: string, text: string, overwrite: boolean): string;
}

export interface Store {
  catalog(): Catalog;
  page(id: string): BuiltPage;
  discs(): BuiltDiscs;
  /**
   * A whole page as the build already rendered it for this width and colour (plain, or any
   * colour level: the theme uses only the 16 basic colours), or undefined if it was not.
   */
  rendered(id: string, width: number, color: boolean): string | undefined;
  /** The split search index (read only by `radic search`). */
  search(): SearchSource;
  /** The findings of `radic check` (read only by `radic check`). */
  vocabulary(): Vocabulary;
  /** The body chart, for maps (read only by --map, dermatomes and check results). */
  bodymap(): BodyMap;
  /** Every source, for the check's report. */
  sources(): Source[];
}

export interface Deps {
  io: Io;
  store: Store;
  /** `0.1.0` */
  version: string;
}
