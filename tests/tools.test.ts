import { describe, expect, it } from "vitest";
import { hasTool, requireTool } from "./tools.js";

describe("tests that need a program say which one is missing", () => {
  it("names the program, what it is for and how to get it", () => {
    expect(() => requireTool("radic-no-such-tool", "this test runs it")).toThrow(
      'radic-no-such-tool is not installed, and this test runs it. Install it (Debian/Ubuntu: apt-get install radic-no-such-tool), or run .ci/run, which installs everything the tests need (README, "Development").',
    );
    expect(() => requireTool("sh", "it is the shell")).not.toThrow();
    expect(hasTool("radic-no-such-tool")).toBe(false);
  });
});
