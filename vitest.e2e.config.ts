import { defineConfig } from "vitest/config";

// Browser journeys: one server and one Chromium for the whole run (see tests/setup/e2e-global.ts).
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/setup/e2e-global.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
