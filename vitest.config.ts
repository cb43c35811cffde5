import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["node_modules", "dist", "web/**"],
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
  },
});
