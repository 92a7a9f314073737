import { defineConfig } from "vitest/config";

// Unit and integration tests live beside the code they prove. Browser journeys live in tests/e2e and run
// under vitest.e2e.config.ts, so this run never needs Chromium.
export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  test: {
    include: [
      "app/**/*.test.{ts,tsx}",
      "pipelines/**/*.test.ts",
      "bench/**/*.test.ts",
      "scripts/**/*.test.ts",
      "server/**/*.test.ts",
      "tests/integration/**/*.test.ts",
    ],
    environment: "node",
    testTimeout: 60_000,
    pool: "forks",
  },
});
