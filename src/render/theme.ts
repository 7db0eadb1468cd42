/**
 * The one place that knows about chalk. Renderers name a style ("heading", "urgent"); the theme
 * decides what it looks like. Level 0 paints nothing, so plain output is the same structure.
 */
import { Chalk } from "chalk";

export type Style =
  | "plain"
  | "title"
  | "heading"
  | "label"
  | "muted"
  | "strong"
  | "code"
  | "mark"
  | "ok"
  | "warn"
  | "urgent"
  | "emergency"
  | "mapMain"
  | "mapPartial"
  | "mapMark"
  | "tone0"
  | "tone1"
  | "tone2"
  | "tone3"
  | "tone4"
  | "tone5";

export type Theme = Record<Style, (text: string) => string>;
export type ColorLevel = 0 | 1 | 2 | 3;

export function createTheme(level: ColorLevel): Theme {
  const c = new Chalk({ level });
  return {
    plain: (s) => s,
    title: c.bold.cyan,
    heading: c.bold.yellow,
    label: c.cyan,
    muted: c.dim,
    strong: c.bold,
    code: c.green,
    mark: c.bold.magenta,
    ok: c.green,
    warn: c.yellow,
    urgent: c.bold.black.bgYellow,
    emergency: c.bold.white.bgRed,
    // Body maps: a root's own area, the areas it shares, what the person marked. The glyphs
    // differ too (█ ▒ ×), so a map reads the same without colour.
    mapMain: c.red,
    mapPartial: c.yellow,
    mapMark: c.bold.white.bgBlue,
    // Neighbouring roots on the all-roots chart: six background colours in turn, letters on top.
    tone0: c.black.bgRed,
    tone1: c.black.bgYellow,
    tone2: c.black.bgGreen,
    tone3: c.black.bgCyan,
    tone4: c.white.bgBlue,
    tone5: c.white.bgMagenta,
  };
}
