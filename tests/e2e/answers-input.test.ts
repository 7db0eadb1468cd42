/**
 * `radic check --answers` from sources with no size: devices, FIFOs, a directory, stdin. The
 * built binary reads at most 1 MiB + 1 byte, in bounded time and memory, then refuses (exit 2).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const BIN = join(ROOT, "bin", "radic.js");
const RSS = join(ROOT, "tests", "e2e", "fixtures", "max-rss.cjs");
const tmp = mkdtempSync(join(tmpdir(), "radic-input-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TOO_BIG =
  "radic: answers: more than 1 MiB. A file of answers is a few hundred bytes; check you gave the right file.\n";

/** Run a bash command line in which `radic` is the built binary; time and peak memory too. */
function bash(line: string) {
  const rssFile = join(tmp, `rss-${Math.random().toString(36).slice(2)}`);
  const radic = `"${process.execPath}" -r "${RSS}" "${BIN}"`;
  const start = Date.now();
  const r = spawnSync("bash", ["-c", line.replaceAll("radic ", `${radic} `)], {
    env: { PATH: process.env["PATH"] ?? "", HOME: tmp, RADIC_TEST_MAXRSS: rssFile },
    encoding: "utf8",
    timeout: 20_000,
  });
  const ms = Date.now() - start;
  const rssMiB = Math.max(...readFileSync(rssFile, "utf8").trim().split("\n").map(Number)) / 1024;
  return { code: r.status, out: r.stdout, err: r.stderr, ms, rssMiB };
}

describe("answers from a source with no size, read at most 1 MiB + 1 byte", () => {
  it.each([
    ["a device with no end", "radic check --answers /dev/zero"],
    ["random bytes", "radic check --answers /dev/urandom"],
    ["stdin from a device", "radic check --answers - < /dev/zero"],
    ["stdin from an endless pipe", "yes '{}' | radic check --answers -"],
    ["a FIFO with no end", "radic check --answers <(yes '{}')"],
  ])("%s: exit 2 in bounded time and memory (%s)", (_what, line) => {
    const r = bash(line);
    expect(r).toMatchObject({ code: 2, out: "", err: TOO_BIG });
    expect(r.ms).toBeLessThan(10_000);
    expect(r.rssMiB).toBeLessThan(150);
  });

  it("a directory is a usage error naming it, from a path or stdin", () => {
    expect(bash("radic check --answers /")).toMatchObject({
      code: 2,
      out: "",
      err: "radic: cannot read the answers file '/': it is a directory. `radic check --template` prints an answers file to fill in.\n",
    });
    expect(bash("radic check --answers - < /")).toMatchObject({
      code: 2,
      err: "radic: answers: stdin is a directory\n",
    });
  });

  it("10,000 nested lists are a usage error naming the field, not a crash", () => {
    const nested = `{"pain": ${"[".repeat(10_000)}${"]".repeat(10_000)}}`;
    const r = spawnSync(process.execPath, [BIN, "check", "--answers", "-"], {
      input: nested,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "radic: answers: pain: nested more than 32 levels deep. Answers are lists of ids and objects of id -> value, two levels at most.\n",
    );
  });
});
