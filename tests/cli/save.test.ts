/**
 * `radic check --save`: the result always comes first, a save that fails is one line on stderr
 * and the triage's exit code stands; `--save -` is the report on stdout; links, directories and
 * devices are never replaced by surprise.
 */
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeReport } from "../../src/cli/save.js";
import { content, run, type Terminal } from "../helpers.js";

const EMERGENCY = '{"redFlags": ["saddle-numbness"], "numbness": ["outer-foot"]}';
const S1 = JSON.stringify({
  pain: ["back-of-thigh", "calf"],
  numbness: ["outer-foot", "little-toe"],
  strength: { "ankle-plantarflexion": "weak" },
  reflexes: { ankle: "reduced" },
});
const save = (to: string, t: Terminal = {}, answers = EMERGENCY, ...extra: string[]) =>
  run(["check", "--answers", "a.json", "--save", to, ...extra], {
    ...t,
    files: { "a.json": answers, ...t.files },
  });
const errno = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("a save that fails never hides the result, and the triage's exit code stands", () => {
  it.each<[string, string, Terminal, string]>([
    [
      "a missing directory",
      "nowhere/report.md",
      { saveFails: errno("ENOENT", "ENOENT: no such file or directory, open 'x'") },
      "cannot save the report to 'nowhere/report.md': there is no directory 'nowhere'",
    ],
    [
      "a read-only directory",
      "/ro/report.md",
      { saveFails: errno("EACCES", "EACCES: permission denied, open '/ro/.report.md.1.tmp'") },
      "cannot save the report to '/ro/report.md': permission denied",
    ],
    [
      "a directory",
      "reports",
      { dirs: ["reports"] },
      "'reports' is a directory. Give a file name, e.g. `--save reports/report.md`.",
    ],
    [
      "an empty name",
      "",
      {},
      "--save needs a file name. Give one, e.g. `--save report.md`, or `--save -` for standard output.",
    ],
  ])("%s: the emergency first, exit 4, then one line", async (_what, to, t, why) => {
    const r = await save(to, t);
    expect(r.code).toBe(4);
    expect(r.out.split("\n")[1]).toBe(" EMERGENCY — go to an emergency department now");
    expect(r.err).toBe(`radic: report not saved: ${why}\n`);
    expect(r.written).toEqual({});
  });

  it("with --json too: the JSON result on stdout, exit 4", async () => {
    const r = await save("", {}, EMERGENCY, "--json");
    expect(r.code).toBe(4);
    expect(JSON.parse(r.out).triage).toBe("emergency");
  });
});

describe("--save - and a save that works", () => {
  it("--save - writes the report to stdout instead of the result", async () => {
    const r = await save("-");
    expect(r.code).toBe(4);
    expect(r.out).toMatch(/^# radic check — report \(\d{4}-\d\d-\d\d\)\n/);
    expect(r.out).toContain("## Triage: EMERGENCY");
    expect(r.err).toBe("");
  });

  it("--save - with --json is a usage error: both would write to stdout", async () => {
    const r = await save("-", {}, EMERGENCY, "--json");
    expect(r).toMatchObject({
      code: 2,
      out: "",
      err: "radic: --save - and --json both write to standard output. Use one of them, or save the report to a file: `--save report.md`.\n",
    });
  });

  it("says where it saved the report", async () => {
    const r = await save("report.md", {}, S1);
    expect(r.code).toBe(0);
    expect(r.err).toBe("radic: report saved to /home/me/report.md\n");
    expect(r.written["report.md"]).toContain("# radic check — report");
  });

  it("the report carries the radic and content versions, and sources in the terminal's order", async () => {
    const r = await save("report.md", {}, S1);
    const md = r.written["report.md"] ?? "";
    const version = content().catalog.contentVersion;
    expect(md.split("\n").slice(0, 3)).toEqual([
      expect.stringMatching(/^# radic check — report/),
      "",
      `_Made by radic 9.9.9 with content ${version}._`,
    ]);
    const terminal = await run(["check", "--answers", "a.json", "--json"], {
      files: { "a.json": S1 },
    });
    const ids = JSON.parse(terminal.out).sources as string[];
    const listed = [...md.matchAll(/^- \[([^\]]+)\] /gm)].map((m) => m[1]);
    expect(listed).toEqual(ids);
    const text = await run(["check", "--answers", "a.json"], { files: { "a.json": S1 } });
    const line = text.out.slice(text.out.lastIndexOf("Sources: ") + 9).replace(/\s+/g, " ");
    expect(line.trim().split(/, /)).toEqual(ids);
  });
});

describe("what --save never replaces by surprise (real files)", () => {
  const dir = mkdtempSync(join(tmpdir(), "radic-save-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a symbolic link: refused without --force, which replaces the link and not its target", () => {
    const target = join(dir, "target.md");
    const link = join(dir, "link.md");
    writeFileSync(target, "keep me");
    symlinkSync(target, link);
    expect(() => writeReport(link, "report", false)).toThrow(
      `'${link}' is a symbolic link (to '${target}')`,
    );
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(writeReport(link, "report", true)).toBe(link);
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link, "utf8")).toBe("report");
    expect(readFileSync(target, "utf8")).toBe("keep me");
  });

  it("a link that points nowhere is refused too", () => {
    const dangling = join(dir, "dangling.md");
    symlinkSync(join(dir, "nothing-here"), dangling);
    expect(() => writeReport(dangling, "report", false)).toThrow("is a symbolic link");
  });

  it("a directory, a device or a FIFO: never, even with --force", () => {
    mkdirSync(join(dir, "sub"));
    expect(() => writeReport(join(dir, "sub"), "r", true)).toThrow("is a directory");
    expect(() => writeReport("/dev/null", "r", true)).toThrow("is not a regular file");
  });

  it("a file: refused without --force, replaced whole with it; the path written is absolute", () => {
    const file = join(dir, "old.md");
    writeFileSync(file, "old");
    expect(() => writeReport(file, "new", false)).toThrow("already exists");
    expect(writeReport(file, "new", true)).toBe(file);
    expect(readFileSync(file, "utf8")).toBe("new");
    expect(() => writeReport(join(dir, "missing", "r.md"), "r", false)).toThrow(
      expect.objectContaining({ code: "ENOENT" }),
    );
  });
});
