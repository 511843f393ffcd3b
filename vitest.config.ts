import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generator tests start the CLI in a child process; hey-api and prettier take a moment to load.
    testTimeout: 60_000,
    // The JSON report is what .ci/run reads to print its closing `N passed, N failed` line.
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
