import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Two cores here: run files in parallel, keep each file's tests in order.
    pool: "forks",
    testTimeout: 20_000,
  },
});
