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
  | "emergency";

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
  };
}
