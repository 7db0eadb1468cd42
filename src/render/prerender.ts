/**
 * Whole pages rendered at build time for the widths most runs use: 80 columns (a pipe, or a
 * standard terminal) and 100 (any terminal at least that wide, since text is capped there).
 * Rendering a long page costs more than everything else a lookup does on a cold start
 * (docs/decisions/001-startup.md); a test checks these files equal a live render.
 */
import type { BuiltPage } from "../core/types.js";
import { type Line, paint } from "./doc.js";
import { renderPage } from "./page.js";
import { createTheme, type Theme } from "./theme.js";

export const PRERENDER_WIDTHS = [80, 100];

/** The exact text radic prints for these lines (what `show` writes). */
export function finalText(lines: readonly Line[], theme: Theme): string {
  return `${paint(lines, theme)}\n`;
}

export function prerender(page: BuiltPage, width: number, color: boolean): string {
  return finalText(renderPage(page, width), createTheme(color ? 1 : 0));
}
