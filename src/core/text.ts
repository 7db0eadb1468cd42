/**
 * Text helpers with no I/O: making user input safe to show, and comparison keys.
 */

// C0 and C1 controls, DEL, and the invisible bidi/format characters that can reorder or hide text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Make a piece of user input safe to echo in a message: control and bidi characters become
 * visible escapes (`\x1b`), and long input is cut to `max` characters with its length noted.
 */
export function displayInput(input: string, max = 40): string {
  const chars = Array.from(input);
  const cut = chars.length > max ? `${chars.slice(0, max).join("")}…` : input;
  const safe = cut.replace(UNSAFE, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
  return chars.length > max ? `${safe} (${chars.length} characters)` : safe;
}

/** Remove every unsafe character: for text that is printed, not quoted back. */
export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE, "");
}

/** True if the text holds a control, escape or bidi character. */
export function hasUnsafe(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/**
 * A comparison key: lower case, accents folded, every character that is not a letter or a digit
 * dropped. `S-1`, `s 1` and ` s1 ` all become `s1`; `Red flags` and `red-flags` become `redflags`.
 */
export function keyOf(input: string): string {
  return input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Lower case, trimmed, inner whitespace collapsed, dashes unified: for display and splitting. */
export function tidy(input: string): string {
  return input
    .normalize("NFKC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** Turn JSON.parse's "at position N" into a line and column a person can find. */
export function jsonProblem(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (!at) return message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${message.replace(/ in JSON at position \d+.*$/, "")} (line ${line}, column ${column})`;
}

// What the pictures and the text use beyond ASCII, in ASCII, one character for one so that
// wrapped lines and the columns of a chart keep their widths: the map's fills first.
const ASCII: Record<string, string> = {
  "█": "#",
  "▓": "#",
  "▒": "+",
  "░": ".",
  "·": ".",
  "×": "x",
  "—": "-",
  "–": "-",
  "‐": "-",
  "−": "-",
  "‘": "'",
  "’": "'",
  "“": '"',
  "”": '"',
  "•": "*",
  "◦": "-",
  "…": ".",
  "›": ">",
  "→": ">",
  "←": "<",
  "≥": ">",
  "≤": "<",
  "±": "~",
  "°": "o",
  µ: "u",
  "\u00a0": " ",
};

/**
 * Text for a terminal that shows ASCII only (LC_ALL=C): the map's glyphs and typographic marks
 * replaced (`█` -> `#`, `▒` -> `+`, `—` -> `-`), accents dropped, anything else `?`.
 */
export function toAscii(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the range that stays.
  return text.replace(/[^\u0000-\u007f]/gu, (ch) => {
    const mapped = ASCII[ch];
    if (mapped !== undefined) return mapped;
    const bare = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
    return /^[\u0000-\u007f]+$/.test(bare) ? bare : "?";
  });
}

/** Plain code-point order, for ties: `localeCompare` loads the collation tables (ms, cold). */
export const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
