import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Two groups, one after the other, each with the number of files at a time that suits it on the
 * two cores the tests get:
 * - the unit and integration tests, two at a time: they keep a core busy each (generating,
 *   importing, refreshing; PostgreSQL's share on top), so a third only slows the others;
 * - the browser tests, three at a time: most of their time is spent waiting on chromium and the
 *   page (a browser test file keeps a core about a third busy).
 */
const BROWSER = ["test/e2e/**/*.test.ts"];

export default defineConfig({
  test: {
    // The demo courts the app tests start on: seeded once per run, copied for each test.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The browser tests poll the page for what a click changes; under a full parallel run a refetch
    // can take longer than vitest's default second.
    expect: { poll: { timeout: 10_000 } },
    // 阅核 drafts uploaded by tests on PostgreSQL (which have no database file to keep them beside)
    // go to a temporary folder, not into the checkout's ./data.
    env: { SHENGUAN_FILES_DIR: join(tmpdir(), "shenguan-test-files") },
    projects: [
      {
        extends: true,
        test: {
          name: "unit-integration",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["node_modules", "dist", "web/**", ...BROWSER],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: BROWSER,
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
