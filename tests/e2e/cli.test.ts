/**
 * The built binary, run the way a user runs it: bin/radic.js as a child process, with real
 * pipes, a real environment and (for paging) a real pseudo-terminal from `script`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { requireTool } from "../tools.js";

const BIN = join(ROOT, "bin", "radic.js");
const tmp = mkdtempSync(join(tmpdir(), "radic-e2e-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A clean environment: no colour hints from whoever runs the tests. */
function radic(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: process.env["PATH"] ?? "", HOME: tmp, ...env },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const golden = (name: string) => readFileSync(join(ROOT, "tests", "golden", name), "utf8");

/** `radic check --answers -` with stdin from a shell redirection. */
function checkFromStdin(redirect: string) {
  const r = spawnSync(
    "sh",
    ["-c", `"${process.execPath}" "${BIN}" check --answers - --json ${redirect}`],
    {
      env: { PATH: process.env["PATH"] ?? "", HOME: tmp },
      encoding: "utf8",
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("radic check --answers - (stdin read without a stream)", () => {
  it("reads a pipe and a file", () => {
    const file = join(ROOT, "tests", "vignettes", "s1-contract.json");
    const piped = checkFromStdin(`< "${file}"`);
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.out).candidates[0].root).toBe("s1");
    const viaPipe = spawnSync(
      "sh",
      ["-c", `cat "${file}" | "${process.execPath}" "${BIN}" check --answers - --json`],
      {
        encoding: "utf8",
      },
    );
    expect(viaPipe.status).toBe(0);
    expect(JSON.parse(viaPipe.stdout)).toEqual(JSON.parse(piped.out));
  });

  it("refuses a directory and a closed stdin with exit 2 and a plain message", () => {
    expect(checkFromStdin("< /")).toEqual({
      code: 2,
      out: "",
      err: "radic: answers: stdin is a directory\n",
    });
    const closed = checkFromStdin("<&-");
    expect(closed.code).toBe(2);
    expect(closed.err).toBe(
      "radic: answers: not valid JSON: Unexpected end of JSON input. An empty object {} is valid.\n",
    );
  });
});

describe("bin/radic.js", () => {
  it("prints the S1 page plain into a pipe, exactly as the golden file", () => {
    const r = radic(["s1"]);
    expect(r).toEqual({ code: 0, out: golden("s1.plain.txt"), err: "" });
  });

  it("prints it in colour with FORCE_COLOR or --color always, plain with NO_COLOR", () => {
    expect(radic(["s1"], { FORCE_COLOR: "1" }).out).toBe(golden("s1.color.txt"));
    expect(radic(["s1", "--color", "always"]).out).toBe(golden("s1.color.txt"));
    expect(radic(["s1"], { FORCE_COLOR: "1", NO_COLOR: "1" }).out).toBe(golden("s1.plain.txt"));
  });

  it("gives the documented exit codes with one line on stderr", () => {
    expect(radic(["s9"])).toMatchObject({ code: 1, out: "" });
    expect(radic([""])).toMatchObject({ code: 2, out: "" });
    expect(radic(["--color", "sometimes", "s1"])).toMatchObject({ code: 2, out: "" });
    for (const args of [["s9"], [""], ["--nope"]]) {
      const r = radic(args);
      expect(r.err).toMatch(/^radic: [^\n]+\n$/);
    }
  });

  it("prints the program and content versions", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(radic(["--version"]).out).toMatch(
      new RegExp(`^radic ${pkg.version}\\ncontent \\d{4}-\\d\\d-\\d\\d\\+[0-9a-f]{7}\\n$`),
    );
  });

  it("stops quietly when the reader of the pipe goes away", () => {
    const r = spawnSync(
      "bash",
      ["-c", `set -o pipefail; "${process.execPath}" "${BIN}" s1 | head -n 1`],
      { encoding: "utf8" },
    );
    expect(r.stdout).toBe("S1 — the first sacral nerve root\n");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("in a real terminal (script(1) gives a pseudo-terminal)", () => {
  const inPty = (command: string) => {
    requireTool("script", "it gives radic a pseudo-terminal");
    return execFileSync("script", ["-qec", `stty rows 24 cols 80; ${command}`, "/dev/null"], {
      encoding: "utf8",
      env: { PATH: process.env["PATH"] ?? "", HOME: tmp, TERM: "xterm" },
    });
  };

  it("pages a long page through $PAGER, in colour", () => {
    const paged = join(tmp, "paged.txt");
    const screen = inPty(`PAGER='cat > ${paged}' "${process.execPath}" "${BIN}" s1`);
    expect(screen).not.toContain("Anatomy");
    const text = readFileSync(paged, "utf8");
    expect(text).toBe(golden("s1.color.txt"));
  });

  it("prints straight to the terminal with --no-pager", () => {
    const screen = inPty(`PAGER=false "${process.execPath}" "${BIN}" s1 --no-pager`);
    expect(screen).toContain("Anatomy");
  });
});
