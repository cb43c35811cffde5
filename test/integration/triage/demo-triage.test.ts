/**
 * The demo court's 繁简分流 (seedDemoCourt → seedDemoWorkflows → seedDemoTriage), on SQLite: the demo
 * wage table is stored (marked 演示数据) through the office's two changes, and the pending cases have
 * suggestions of every track and mismatches of both kinds.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCourt } from "../../../src/app/demo/seed-demo-court.js";
import { getTriageSettings } from "../../../src/app/triage/get-triage-settings.js";
import { listMismatches } from "../../../src/app/triage/list-mismatches.js";
import { listSuggestions } from "../../../src/app/triage/list-suggestions.js";
import { triageSettingsHistory } from "../../../src/app/triage/triage-settings-history.js";
import { freshDb, type TestDb } from "../../helpers/db.js";

const AS_OF = "2026-11-27";
const office = { username: "office", role: "office" as const };

describe("demo 繁简分流", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb("sqlite");
    // Without the report archive (seedDemoJobs, seconds of rendering): its own test is demo-jobs.
    await seedDemoCourt(db, { asOf: AS_OF, years: 2, cases: 4000, archiveReports: false });
  }, 180_000);
  afterAll(async () => {
    await db?.drop();
  });

  it("stores the demo wage table, marked as demo data, through two audited changes", async () => {
    const v = await getTriageSettings(office, db);
    expect(v.isDefault).toBe(false);
    // The figure applying on the as-of day: the demo applies each year's figure from 1 January of
    // the next (src/demo/triage.ts), so wage year 2025 from 2026-01-01; none after the as-of day.
    const last = v.settings.averageWages.at(-1);
    expect(last).toMatchObject({ appliesFrom: "2026-01-01", wageYear: 2025, demo: true });
    expect(last?.source).toContain("演示数据");
    const h = await triageSettingsHistory(office, db, {});
    expect(h.total).toBe(2);
    expect(h.rows[0]?.changes).toEqual([
      { field: "fastTrack.maxAmountYuan", label: "速裁标的额上限", before: "300000", after: "500000" },
    ]);
  });

  it("has suggestions of every track and mismatches of both kinds", async () => {
    const s = await listSuggestions(office, db, {}, AS_OF);
    for (const c of s.counts) expect(c.count, c.track).toBeGreaterThan(0);
    const m = await listMismatches(office, db, {}, AS_OF);
    for (const c of m.counts) expect(c.count, c.kind).toBeGreaterThan(0);
  });
});
