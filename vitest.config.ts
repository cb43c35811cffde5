import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Two groups, one after the other, each with the number of files at a time that suits it on the
 * two cores the tests get:
 * - the unit and integration tests, two at a time: they keep a core busy each (generating,
 *   importing, refreshing; PostgreSQL's share on top), so a third only slows the others;
 * - the browser tests, three at a time: most of their time is spent waiting on chromium and the
 *   page (a browser test file keeps a core about a third busy).
 */
const BROWSER = ["test/e2e/**/*.test.ts"];

/**
 * The files that take longest (seconds, measured on this machine in a full run): each group starts
 * them first, so that no long file is left running alone at the end while the other workers idle.
 * A clean checkout has no timings of an earlier run for vitest to order by.
 */
const LONG_FILES: Record<string, number> = {
  "test/integration/imports/crash.test.ts": 80,
  "test/integration/http/permissions.test.ts": 60,
  "test/integration/db/kill-at-random.test.ts": 35,
  "test/integration/backup/backup-restore.test.ts": 25,
  "test/security/exports-load.test.ts": 20,
  "test/security/exports-rows.test.ts": 20,
  "test/integration/cli/import-bad-files.test.ts": 18,
  "test/integration/jobs/demo-jobs.test.ts": 15,
  "test/security/scope.test.ts": 15,
  "test/integration/demo/multi-court.test.ts": 14,
  "test/e2e/auth.e2e.test.ts": 44,
  "test/e2e/supervision-orders.e2e.test.ts": 37,
  "test/e2e/dashboard.e2e.test.ts": 26,
  "test/e2e/review.e2e.test.ts": 24,
  "test/e2e/meetings.e2e.test.ts": 23,
  "test/e2e/sign-off.e2e.test.ts": 22,
  "test/e2e/lists.e2e.test.ts": 22,
  "test/e2e/supervision.e2e.test.ts": 19,
  "test/e2e/alerts.e2e.test.ts": 18,
  "test/e2e/reports.e2e.test.ts": 17,
};

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const root = this.ctx.config.root;
    const order = new Map(base.map((f, i) => [f, i]));
    const weight = (f: TestSpecification) => LONG_FILES[relative(root, f.moduleId)] ?? 0;
    const group = (f: TestSpecification) => f.project.config.sequence.groupOrder;
    return [...base].sort(
      (a, b) =>
        group(a) - group(b) ||
        (a.project.name === b.project.name ? 0 : a.project.name < b.project.name ? -1 : 1) ||
        weight(b) - weight(a) ||
        (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
  }
}

export default defineConfig({
  test: {
    // The demo courts the app tests start on: seeded once per run, copied for each test.
    globalSetup: ["test/global-setup.ts"],
    sequence: { sequencer: LongestFirst },
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
