// One `vitest run` covers both kinds of test:
//   unit    – everything under test/ except test/browser, in Node (the core, adapters with office-addin-mock, CLI)
//   browser – test/browser/**: Chromium (playwright-core) against the production build in dist/,
//             served over plain http on 127.0.0.1 by test/browser/support/global-setup.ts.
// `npx vitest run test/core` runs only unit tests and skips the build.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
          exclude: ["test/browser/**", "**/node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/browser/support/global-setup.ts"],
          // The CI box has 2 cores: one browser test file at a time, generous timeouts.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
