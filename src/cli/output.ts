import type { Command } from "commander";
import { toAscii } from "../core/text.js";
import type { Line } from "../render/doc.js";
import { finalText } from "../render/prerender.js";
import { type ColorLevel, createTheme } from "../render/theme.js";
import type { Deps } from "./deps.js";
import { type ColorWhen, decideCharset, decideColor, decidePager, decideWidth } from "./env.js";

/** The program options that every subcommand reads too (see `outputOptions`). */
export const OUTPUT_FLAGS: readonly string[] = ["--color", "--no-color", "--no-pager", "--json"];

/** The options every command shares, wherever they were given on the command line. */
export interface OutputOptions {
  color: ColorWhen;
  pager: boolean;
  json: boolean;
}

export function outputOptions(cmd: Command): OutputOptions {
  const o = cmd.optsWithGlobals<{ color?: ColorWhen | false; pager?: boolean; json?: boolean }>();
  // --no-color sets color to false.
  const color = o.color === false ? "never" : (o.color ?? "auto");
  return { color, pager: o.pager ?? true, json: o.json ?? false };
}

export function textWidth(deps: Deps): number {
  return decideWidth(deps.io.stdoutIsTTY ? deps.io.columns : undefined, deps.io.env);
}

/** The whole width of the terminal (or COLUMNS, or 80), for pictures that use it all. */
export function screenWidth(deps: Deps): number {
  return decideWidth(deps.io.stdoutIsTTY ? deps.io.columns : undefined, deps.io.env, 1000);
}

export function colorLevel(deps: Deps, opts: OutputOptions): ColorLevel {
  return decideColor(opts.color, deps.io.env, deps.io.stdoutIsTTY);
}

/** Paint lines for the terminal (or not) and show them. */
export function show(deps: Deps, lines: readonly Line[], opts: OutputOptions): void {
  showText(deps, finalText(lines, createTheme(colorLevel(deps, opts))), opts);
}

/** Show finished text, through the pager when it is taller than the screen. */
export function showText(deps: Deps, text: string, opts: OutputOptions): void {
  const { io } = deps;
  let lineCount = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineCount++;
  const pager = decidePager(
    { pager: opts.pager, stdoutIsTTY: io.stdoutIsTTY, rows: io.rows, lineCount },
    io.env,
  );
  const shown = decideCharset(io.env) === "ascii" ? toAscii(text) : text;
  if (pager && io.page(pager, shown)) return;
  io.out(shown);
}
