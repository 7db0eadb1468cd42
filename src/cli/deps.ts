/**
 * What a command may touch, handed in by main.ts (the real process) or by a test (captured
 * output, content from memory). Commands never reach for `process` themselves.
 */
import type { SearchFiles } from "../core/search.js";
import type { BuiltDiscs, BuiltPage, Catalog } from "../core/types.js";
import type { Env } from "./env.js";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: Env;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  columns: number | undefined;
  rows: number | undefined;
  /** Show text through a pager command; false if it could not run, so the caller prints it. */
  page(command: string, text: string): boolean;
  readStdin(): Promise<string>;
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
  search(): SearchFiles;
}

export interface Deps {
  io: Io;
  store: Store;
  /** `0.1.0` */
  version: string;
}
