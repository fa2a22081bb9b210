import { defineConfig } from "vitest/config";

// End-to-end: real Chromium against the real server and a fresh embedded database per run.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: "forks",
    fileParallelism: false,
  },
});
