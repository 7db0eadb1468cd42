/**
 * Standard output that cannot be written, with the built binary and real descriptors: a full
 * disk (/dev/full), a closed descriptor (`>&-`), a reader that goes away (`| true`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const BIN = join(ROOT, "bin", "radic.js");
const tmp = mkdtempSync(join(tmpdir(), "radic-output-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const EMERGENCY = join(tmp, "emergency.json");
const ROUTINE = join(tmp, "routine.json");
writeFileSync(EMERGENCY, JSON.stringify({ redFlags: ["saddle-numbness"] }));
writeFileSync(ROUTINE, JSON.stringify({ numbness: ["outer-foot", "little-toe"] }));

/** `radic ARGS` run by bash with a redirection or a pipe after it; the exit code is radic's. */
function sh(args: string, after: string) {
  const r = spawnSync(
    "bash",
    ["-c", `"${process.execPath}" "${BIN}" ${args} ${after}; echo "rc=\${PIPESTATUS[0]}" >&2`],
    { env: { PATH: process.env["PATH"] ?? "", HOME: tmp }, encoding: "utf8" },
  );
  const m = /rc=(\d+)\n$/.exec(r.stderr);
  return { code: Number(m?.[1]), out: r.stdout, err: r.stderr.replace(/rc=\d+\n$/, "") };
}

const FULL = "radic: cannot write to standard output: no space left on device\n";
const CLOSED =
  "radic: cannot write to standard output: it is closed (to throw the output away, redirect it to /dev/null)\n";

describe("standard output that cannot be written: one line, exit 74", () => {
  it("radic s1 > /dev/full", () => {
    expect(sh("s1", "> /dev/full")).toEqual({ code: 74, out: "", err: FULL });
  });

  it("radic s1 >&- (a closed descriptor)", () => {
    expect(sh("s1", ">&-")).toEqual({ code: 74, out: "", err: CLOSED });
  });

  it("radic s1 > /dev/null is not an error", () => {
    expect(sh("s1", "> /dev/null")).toEqual({ code: 0, out: "", err: "" });
  });

  it("a reader that goes away is a normal end: radic s1 | true", () => {
    expect(sh("s1", "| true")).toEqual({ code: 0, out: "", err: "" });
  });
});

describe("check: the exit code is the triage, whatever happens to stdout", () => {
  it("a closed pipe keeps 4: radic check … | true", () => {
    expect(sh(`check --answers "${EMERGENCY}"`, "| true")).toEqual({ code: 4, out: "", err: "" });
    expect(sh(`check --answers "${EMERGENCY}" --json`, "| true").code).toBe(4);
  });

  it("a full disk keeps 4 and says so in one line", () => {
    expect(sh(`check --answers "${EMERGENCY}"`, "> /dev/full")).toEqual({
      code: 4,
      out: "",
      err: FULL,
    });
  });

  it("a routine result keeps 0, and a closed descriptor is one line", () => {
    expect(sh(`check --answers "${ROUTINE}"`, ">&-")).toEqual({ code: 0, out: "", err: CLOSED });
  });
});

describe("check --save with the real file system", () => {
  it("a missing directory: the emergency on stdout, one line on stderr, exit 4", () => {
    const r = sh(`check --answers "${EMERGENCY}" --save "${tmp}/missing/report.md"`, "");
    expect(r.code).toBe(4);
    expect(r.out).toContain("EMERGENCY — go to an emergency department now");
    expect(r.err).toBe(
      `radic: report not saved: cannot save the report to '${tmp}/missing/report.md': there is no directory '${tmp}/missing'\n`,
    );
  });

  it('--save "" the same way', () => {
    const r = sh(`check --answers "${EMERGENCY}" --save ""`, "");
    expect(r.code).toBe(4);
    expect(r.out).toContain("EMERGENCY");
    expect(r.err).toMatch(/^radic: report not saved: --save needs a file name\. [^\n]+\n$/);
  });
});
