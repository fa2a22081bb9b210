import { defineConfig } from "vitest/config";

// One run covers every workspace. Server and shared tests run in Node; client component tests
// opt into jsdom with a `// @vitest-environment jsdom` line, so they stay next to their components.
export default defineConfig({
  resolve: {
    // The client loads mammoth's browser build (Vite follows its "browser" field); Node's build reads
    // only file paths and Buffers, so jsdom tests get the packaged browser bundle of the same version.
    alias: [{ find: /^mammoth$/, replacement: "mammoth/mammoth.browser.js" }],
  },
  test: {
    include: ["{server,shared,client}/src/**/*.test.{ts,tsx}", "tests/**/*.test.ts"],
    exclude: ["**/node_modules/**", "tests/e2e/**"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/fail-on-console-error.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
