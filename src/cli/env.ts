/**
 * Pure decisions about the terminal — colour, width, paging — taken from plain values, so they
 * can be tested in a table. `src/cli/io.ts` feeds them the real environment.
 */
import type { ColorLevel } from "../render/theme.js";

export type ColorWhen = "auto" | "always" | "never";
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * `--color` wins; otherwise NO_COLOR (any non-empty value) turns colour off, FORCE_COLOR turns it
 * on (0 or false: off), and otherwise colour follows whether stdout is a terminal.
 */
export function decideColor(when: ColorWhen, env: Env, stdoutIsTTY: boolean): ColorLevel {
  if (when === "never") return 0;
  if (when === "always") return Math.max(1, forced(env) ?? detected(env)) as ColorLevel;
  if (env["NO_COLOR"]) return 0;
  const force = forced(env);
  if (force !== undefined) return force;
  return stdoutIsTTY ? detected(env) : 0;
}

function forced(env: Env): ColorLevel | undefined {
  const v = env["FORCE_COLOR"];
  if (v === undefined) return undefined;
  if (v === "0" || v === "false") return 0;
  if (v === "2" || v === "3") return Number(v) as ColorLevel;
  return 1;
}

function detected(env: Env): ColorLevel {
  if (env["TERM"] === "dumb") return 0;
  if (env["COLORTERM"] === "truecolor" || env["COLORTERM"] === "24bit") return 3;
  if (/256/.test(env["TERM"] ?? "")) return 2;
  return 1;
}

/** Text width: the terminal's columns (or COLUMNS when piped, else 80), kept between 40 and `cap`. */
export function decideWidth(columns: number | undefined, env: Env, cap = 100): number {
  const fromEnv = Number(env["COLUMNS"]);
  const raw = columns ?? (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80);
  return Math.min(cap, Math.max(40, raw));
}

/**
 * The pager command to run, or undefined to print directly: only for a terminal, only when the
 * text is taller than the screen, never when paging is turned off, on a dumb terminal
 * (TERM=dumb: no cursor movement for a pager), or when the pager is empty or `cat`.
 * RADIC_PAGER wins over PAGER, so radic can be given a pager of its own.
 */
export function decidePager(
  opts: { pager: boolean; stdoutIsTTY: boolean; rows: number | undefined; lineCount: number },
  env: Env,
): string | undefined {
  if (!opts.pager || !opts.stdoutIsTTY || env["TERM"] === "dumb") return undefined;
  if (opts.rows === undefined || opts.lineCount < opts.rows) return undefined;
  const pager = env["RADIC_PAGER"] ?? env["PAGER"] ?? "less -R";
  return pager.trim() === "" || pager.trim() === "cat" ? undefined : pager;
}

/**
 * Whether the terminal can show more than ASCII: the locale's character set, from the first of
 * LC_ALL, LC_CTYPE, LANG that is set (as setlocale reads them). `C`, `POSIX` or a non-UTF-8 set
 * (`en_US.ISO-8859-1`) means ASCII; nothing set at all is taken as UTF-8, as most terminals are.
 */
export function decideCharset(env: Env): "utf8" | "ascii" {
  const locale = env["LC_ALL"] || env["LC_CTYPE"] || env["LANG"];
  if (!locale) return "utf8";
  return /utf-?8/i.test(locale) ? "utf8" : "ascii";
}
