import { describe, expect, it } from "vitest";
import { type Ask, checkCommand } from "../../src/cli/commands/check.js";
import type { Deps } from "../../src/cli/deps.js";
import { memoryStore } from "../../src/cli/store.js";
import type { Question } from "../../src/core/check/walkthrough.js";
import { content, fakeIo, run } from "../helpers.js";

const S1 = JSON.stringify({
  side: "left",
  pain: ["back-of-thigh", "calf", "sole"],
  numbness: ["outer-foot", "little-toe"],
  sensationNormal: ["inner-shin"],
  strength: { "ankle-plantarflexion": "weak", "big-toe-extension": "normal" },
  reflexes: { ankle: "reduced", knee: "normal" },
  redFlags: [],
  features: ["cough-sneeze-worse", "straight-leg-raise-positive"],
});

const check = (answers: string, ...extra: string[]) =>
  run(["check", "--answers", "a.json", ...extra], { files: { "a.json": answers } });

describe("radic check --answers", () => {
  it("gives the result for a file of answers, with the disclaimer once", async () => {
    const r = await check(S1);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toMatch(
      /^What your answers point to\n {2}Your answers point most to one nerve root:\n {2}Most likely: S1 — the first sacral nerve root {2}(about \d\d in 100|99 or more in 100)\n/,
    );
    expect(r.out).toContain("for S1 over L5: numb: little toe (50×+);");
    expect(r.out).toContain("The chances are radic's model reasoning from your answers alone");
    expect(r.out.split("not a diagnosis").length - 1).toBe(1);
    expect(r.out).toContain("Read more: radic s1");
  });

  it("reads the answers from stdin with -", async () => {
    const r = await run(["check", "--answers", "-", "--json"], { stdin: S1 });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).candidates[0].root).toBe("s1");
  });

  it("gives JSON in the contract's shape", async () => {
    const r = await check(S1, "--json");
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual([
      "triage",
      "triageReasons",
      "pattern",
      "candidates",
      "alternatives",
      "nextQuestions",
      "advice",
      "sources",
    ]);
    expect(out).toMatchObject({ triage: "routine", triageReasons: [], pattern: "single-root" });
    expect(Object.keys(out.candidates[0])).toEqual([
      "root",
      "score",
      "supports",
      "against",
      "explain",
      "versus",
    ]);
    expect(out.candidates[0].supports).toContain("strength:ankle-plantarflexion=weak");
    expect(out.candidates[0].against).toEqual([]);
    expect(out.candidates[0].versus).toBe("L5");
    const total =
      out.candidates.reduce((s: number, c: { score: number }) => s + c.score, 0) +
      out.alternatives.reduce((s: number, a: { score: number }) => s + a.score, 0);
    expect(total).toBeLessThanOrEqual(1);
  });

  it("counts normal findings against the roots that would have changed them, weakly", async () => {
    const score = async (a: object) =>
      JSON.parse((await check(JSON.stringify(a), "--json")).out).candidates.find(
        (c: { root: string }) => c.root === "s1",
      );
    const numb = { numbness: ["outer-foot", "heel"] };
    const alone = await score(numb);
    const normal = await score({
      ...numb,
      strength: { "ankle-plantarflexion": "normal" },
      reflexes: { ankle: "normal" },
    });
    expect(normal.score).toBeLessThan(alone.score);
    // Weakly: the root that explains the numbness still leads.
    expect(normal.score).toBeGreaterThan(0.5);
    expect(normal.against).toContain("strength:ankle-plantarflexion=normal");
    const human = await check(
      JSON.stringify({ ...numb, strength: { "ankle-plantarflexion": "normal" } }),
    );
    expect(human.out).toMatch(
      /against: strong: pushing off with the toes \(rising onto tiptoe\) \([\d.]+× less\s+likely\)/,
    );
  });

  it("when something else leads, still names the roots in the running, with their chances", async () => {
    const answers = JSON.stringify({
      side: "left",
      pain: ["thumb", "index-finger"],
      numbness: ["index-finger"],
      strength: { "elbow-flexion": "normal", "wrist-extension": "normal" },
    });
    const json = JSON.parse((await check(answers, "--json")).out);
    expect(json.pattern).toBe("non-radicular");
    expect(json.candidates).toEqual([]);
    expect(json.alternatives[0].id).toBe("carpal-tunnel");
    expect(json.otherRoots[0].root).toBe("c6");
    expect(json.otherRoots[0].score).toBeGreaterThan(0.05);
    const text = (await check(answers)).out;
    expect(text).toMatch(
      /A nerve root is still possible: C6 — the sixth cervical nerve root {2}about \d+/,
    );
    // No root is listed with its ratios, so the note on ratios is left out.
    expect(text.replace(/\s+/g, " ")).toContain("alone, not a measured risk. ");
    expect(text).not.toContain("4× means");
  });

  it("an empty object is valid and insufficient", async () => {
    const r = await check("{}", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      triage: "routine",
      pattern: "insufficient",
      candidates: [],
    });
  });

  it("exits 3 when urgent and 4 in an emergency, with the banner first", async () => {
    const urgent = await check(JSON.stringify({ redFlags: ["unexplained-weight-loss"] }));
    expect(urgent.code).toBe(3);
    expect(urgent.out.split("\n")[1]).toBe(
      " URGENT — see a doctor promptly (today or within days)",
    );
    const emergency = await check(
      JSON.stringify({ redFlags: ["saddle-numbness"], numbness: ["outer-foot"] }),
    );
    expect(emergency.code).toBe(4);
    expect(emergency.out.split("\n").slice(0, 3)).toEqual([
      "=".repeat(47),
      " EMERGENCY — go to an emergency department now",
      "=".repeat(47),
    ]);
    expect(emergency.out.indexOf("EMERGENCY")).toBeLessThan(
      emergency.out.indexOf("What your answers point to"),
    );
  });

  it.each([
    [
      "{",
      "radic: answers: not valid JSON: Expected property name or '}' (line 1, column 2). An empty object {} is valid.\n",
    ],
    [
      '{"sid": "left"}',
      "radic: answers: 'sid': unknown key. Valid: side, pain, numbness, sensationNormal, strength, reflexes, redFlags, features.\n",
    ],
    [
      '{"side": "up"}',
      "radic: answers: side: 'up' is not one of left, right, both. Valid: left, right, both.\n",
    ],
    [
      '{"pain": "calf"}',
      expect.stringMatching(
        /^radic: answers: pain: expected a list of area ids \(got a string\)\. Valid: back-of-head, neck, .*, saddle\.\n$/,
      ),
    ],
    [
      '{"pain": ["calf", "foot"]}',
      expect.stringMatching(
        /^radic: answers: pain\[1\]: unknown area 'foot'\. Valid: back-of-head, .*, outer-foot, .*\.\n$/,
      ),
    ],
    [
      '{"strength": {"ankle-plantarflexion": "weakish"}}',
      "radic: answers: strength.ankle-plantarflexion: 'weakish' is not one of weak, normal. Valid: weak, normal.\n",
    ],
    [
      '{"reflexes": {"elbow": "reduced"}}',
      expect.stringMatching(
        /^radic: answers: reflexes: unknown reflex 'elbow'\. Valid: biceps, brachioradialis, triceps, finger-flexor, knee, medial-hamstring, ankle\.\n$/,
      ),
    ],
    [
      '{"redFlags": ["numb-bum"]}',
      expect.stringMatching(
        /^radic: answers: redFlags\[0\]: unknown red flag 'numb-bum'\. Valid: saddle-numbness, .*\.\n$/,
      ),
    ],
    [
      '{"features": [1]}',
      expect.stringMatching(
        /^radic: answers: features\[0\]: unknown feature 1\. Valid: cough-sneeze-worse, /,
      ),
    ],
    [
      '["calf"]',
      "radic: answers: expected a JSON object (got a list). An empty object {} is valid.\n",
    ],
    [
      '{"numbness": ["calf"], "sensationNormal": ["calf"]}',
      "radic: answers: numbness and sensationNormal both list 'calf'. An area cannot be numb and normal: remove it from one of them.\n",
    ],
  ])("bad answers %s: exit 2 naming the field", async (text, err) => {
    const r = await check(text);
    expect(r.code).toBe(2);
    expect(r.err).toEqual(err);
    expect(r.out).toBe("");
  });

  it("refuses answers over 1 MiB before parsing, from a file or stdin", async () => {
    const big = `{"pain": [${'"calf",'.repeat(200_000)}"calf"]}`;
    const msg =
      "radic: answers: more than 1 MiB. A file of answers is a few hundred bytes; check you gave the right file.\n";
    expect(await check(big)).toMatchObject({ code: 2, err: msg });
    expect(await run(["check", "--answers", "-"], { stdin: big })).toMatchObject({
      code: 2,
      err: msg,
    });
  });

  it("says so when the answers file cannot be read", async () => {
    const r = await run(["check", "--answers", "nope.json"]);
    expect(r).toMatchObject({
      code: 2,
      err: "radic: cannot read the answers file 'nope.json'. Check the path, or use `--answers -` for stdin.\n",
    });
  });

  it("fails at once without a terminal and without --answers", async () => {
    const r = await run(["check"], { stdinIsTTY: false, stdoutIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "radic: check asks its questions in a terminal, and there is none here. Give the answers as JSON instead: `radic check --answers answers.json`, or `--answers -` to read them from stdin.\n",
    );
  });
});

describe("radic check --save", () => {
  it("writes the result as Markdown for a clinician", async () => {
    const r = await run(["check", "--answers", "a.json", "--save", "report.md"], {
      files: { "a.json": S1 },
    });
    expect(r.code).toBe(0);
    const md = r.written["report.md"] ?? "";
    expect(md).toMatch(/^# radic check — report \(\d{4}-\d\d-\d\d\)\n/);
    expect(md).toContain("## Triage: ROUTINE");
    expect(md).toContain("| S1 — the first sacral nerve root | 0.");
    expect(md).toContain("- Numbness or tingling: outer edge of the foot; little toe");
    expect(md).toMatch(/## Sources\n\n- \[/);
    expect(md.split("not a diagnosis").length - 1).toBe(1);
  });

  it("never overwrites without --force (the result is shown all the same)", async () => {
    const files = { "a.json": S1, "report.md": "old" };
    const r = await run(["check", "--answers", "a.json", "--save", "report.md"], { files });
    expect(r).toMatchObject({
      code: 0,
      err: "radic: report not saved: report.md already exists. Use --force to replace it, or choose another name.\n",
    });
    expect(r.out).toContain("What your answers point to");
    expect(r.written).toEqual({});
    const forced = await run(["check", "--answers", "a.json", "--save", "report.md", "--force"], {
      files,
    });
    expect(forced.code).toBe(0);
    expect(forced.written["report.md"]).toContain("# radic check");
  });
});

describe("radic check, interactive (answers given through the prompt layer)", () => {
  const deps = (): { deps: Deps; result: ReturnType<typeof fakeIo>["result"] } => {
    const { io, result } = fakeIo({
      stdinIsTTY: true,
      stdoutIsTTY: true,
      columns: 80,
      env: { NO_COLOR: "1" },
    });
    return { deps: { io, store: memoryStore(content()), version: "1" }, result };
  };
  const scripted =
    (answers: Record<string, unknown>, seen: Question[] = []): Ask =>
    async (q) => {
      seen.push(q);
      if (q.kind === "select" && (q.step === "strength" || q.step === "reflexes")) {
        return answers[`${q.step}:${q.key}`] ?? "unsure";
      }
      return answers[q.step];
    };

  it("runs a whole session to a result", async () => {
    const { deps: d, result } = deps();
    const code = await checkCommand(
      d,
      {},
      { color: "never", pager: false, json: false },
      scripted({
        redFlags: [],
        urgentFlags: [],
        region: "back-leg",
        side: "right",
        pain: ["outer-shin"],
        numbness: ["top-of-foot", "big-toe"],
        examined: false,
        "strength:big-toe-extension": "weak",
        features: [],
        review: "result",
      }),
    );
    expect(code).toBe(0);
    expect(result.out).toMatch(/^radic check asks about your symptoms/);
    expect(result.out).toContain("Most likely: L5 — the fifth lumbar nerve root");
  });

  it("shows the emergency banner the moment an emergency answer is given", async () => {
    const { deps: d, result } = deps();
    const seen: Question[] = [];
    const code = await checkCommand(
      d,
      {},
      { color: "never", pager: false, json: false },
      scripted({ redFlags: ["bladder-dysfunction"], emergencyNotice: false }, seen),
    );
    expect(code).toBe(4);
    expect(seen.map((q) => q.step)).toEqual(["redFlags", "emergencyNotice"]);
    const banner = result.out.indexOf("EMERGENCY — go to an emergency department now");
    expect(banner).toBeGreaterThan(0);
    expect(banner).toBeLessThan(result.out.indexOf("What your answers point to"));
  });
});
