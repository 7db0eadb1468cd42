import { describe, it } from "vitest";
import { golden, run } from "../helpers.js";

describe("golden output of radic s1 (80 columns)", () => {
  it("plain", async () => {
    const r = await run(["s1"]);
    golden("s1.plain.txt", r.out);
  });

  it("in colour", async () => {
    const r = await run(["s1", "--color", "always"]);
    golden("s1.color.txt", r.out);
  });

  it("one section, plain", async () => {
    golden("s1-treatment.plain.txt", (await run(["s1", "treatment"])).out);
  });

  it("a disc level, plain", async () => {
    golden("l5-s1.plain.txt", (await run(["l5-s1"])).out);
  });
});
