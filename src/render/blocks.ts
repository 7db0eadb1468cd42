import { blank, type Line, parseInline, wrap } from "./doc.js";

/**
 * Lay out a section's text blocks: paragraphs, and bullets (`- ` at the start; `  - ` for a
 * second level). Paragraphs are separated by a blank line; a run of bullets is not.
 */
export function blockLines(blocks: readonly string[], width: number, indent = "  "): Line[] {
  const lines: Line[] = [];
  blocks.forEach((block, i) => {
    const bullet = /^( *)- (.*)$/s.exec(block);
    if (bullet) {
      const depth = Math.min(Math.floor((bullet[1] ?? "").length / 2), 1);
      const pad = indent + "  ".repeat(depth);
      const mark = depth === 0 ? "• " : "◦ ";
      lines.push(...wrap(parseInline(bullet[2] ?? ""), width, pad + mark, `${pad}  `));
      return;
    }
    if (i > 0) lines.push(blank());
    lines.push(...wrap(parseInline(block), width, indent));
  });
  return lines;
}

/** The text a block list stands for, as `--json` gives it: one block per line. */
export function blocksText(blocks: readonly string[]): string {
  return blocks.join("\n");
}
