import { describe, expect, it } from "vitest";
import { decideColor, decidePager, decideWidth } from "../../src/cli/env.js";

describe("decideColor: --color, then NO_COLOR, then FORCE_COLOR, then the terminal", () => {
  it.each([
    ["auto", {}, true, 1],
    ["auto", {}, false, 0],
    ["auto", { NO_COLOR: "1" }, true, 0],
    ["auto", { NO_COLOR: "" }, true, 1],
    ["auto", { FORCE_COLOR: "1" }, false, 1],
    ["auto", { FORCE_COLOR: "" }, false, 1],
    ["auto", { FORCE_COLOR: "0" }, true, 0],
    ["auto", { FORCE_COLOR: "3" }, false, 3],
    ["auto", { NO_COLOR: "1", FORCE_COLOR: "1" }, true, 0],
    ["auto", { TERM: "dumb" }, true, 0],
    ["auto", { COLORTERM: "truecolor" }, true, 3],
    ["auto", { TERM: "xterm-256color" }, true, 2],
    ["always", { NO_COLOR: "1" }, false, 1],
    ["always", {}, false, 1],
    ["never", { FORCE_COLOR: "1" }, true, 0],
  ] as const)("%s %j tty=%s -> level %i", (when, env, tty, level) => {
    expect(decideColor(when, env, tty)).toBe(level);
  });
});

describe("decideWidth", () => {
  it.each([
    [120, {}, 100],
    [80, {}, 80],
    [30, {}, 40],
    [undefined, {}, 80],
    [undefined, { COLUMNS: "60" }, 60],
    [undefined, { COLUMNS: "abc" }, 80],
    [undefined, { COLUMNS: "-5" }, 80],
  ])("columns %s env %j -> %i", (columns, env, width) => {
    expect(decideWidth(columns, env)).toBe(width);
  });
});

describe("decidePager: only a terminal, only when taller than the screen", () => {
  const base = { pager: true, stdoutIsTTY: true, rows: 24, lineCount: 100 };
  it.each([
    [base, {}, "less -R"],
    [base, { PAGER: "more" }, "more"],
    [base, { PAGER: "more", RADIC_PAGER: "most" }, "most"],
    [base, { PAGER: "" }, undefined],
    [base, { PAGER: "cat" }, undefined],
    [{ ...base, pager: false }, {}, undefined],
    [{ ...base, stdoutIsTTY: false }, {}, undefined],
    [{ ...base, lineCount: 23 }, {}, undefined],
    [{ ...base, lineCount: 24 }, {}, "less -R"],
    [{ ...base, rows: undefined }, {}, undefined],
    // A dumb terminal (Emacs shell, some CI consoles) cannot run less: print instead.
    [base, { TERM: "dumb" }, undefined],
    [base, { TERM: "dumb", RADIC_PAGER: "less" }, undefined],
    [base, { TERM: "xterm-256color" }, "less -R"],
  ])("%j %j -> %s", (opts, env, pager) => {
    expect(decidePager(opts, env)).toBe(pager);
  });
});
