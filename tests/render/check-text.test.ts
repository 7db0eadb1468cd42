/** The words of the check result: findings, chances and ratios, one row each. */
import { describe, expect, it } from "vitest";
import { chance, findingText, ratioText } from "../../src/render/check.js";
import { content } from "../helpers.js";

const v = content().vocabulary;

describe("the words of a check result", () => {
  it.each([
    ["numbness:outer-foot", "numb: outer edge of the foot"],
    ["sensationNormal:heel", `normal feeling: ${v.areas.heel.label}`],
    ["strength:ankle-plantarflexion=weak", `weak: ${v.movements["ankle-plantarflexion"].label}`],
    ["strength:big-toe-extension=normal", `strong: ${v.movements["big-toe-extension"].label}`],
    ["reflexes:ankle=absent", `absent: ${v.reflexes.ankle.label}`],
    ["side:right", "on one side only (right)"],
    ["side:both", "on both sides"],
    ["redFlags:hand-clumsiness", v.redFlags["hand-clumsiness"].label],
  ])("%s reads %j", (finding, text) => {
    expect(findingText(finding, v)).toBe(text);
  });

  it.each([
    [0.999, "99 or more in 100"],
    [0.72, "about 72 in 100"],
    [0.004, "less than 1 in 100"],
  ])("chance %d reads %j", (p, text) => {
    expect(chance(p)).toBe(text);
  });

  it.each([
    [4, "4×"],
    [3.94, "3.9×"],
    [120, "50×+"],
    [0.5, "2× less likely"],
    [0.01, "50×+ less likely"],
  ])("ratio %d reads %j", (r, text) => {
    expect(ratioText(r)).toBe(text);
  });
});
