/**
 * Alert lists rank by level, then by how serious within it; 本期新发现 filters by the day a
 * finding was first found (the as-of date of the detection that found it). On SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../../test/helpers/db.js";
import type { Actor } from "../../domain/auth/index.js";
import { listAlerts } from "./list-alerts.js";

const OFFICE: Actor = { username: "analyst", role: "office" };

async function insert(
  db: TestDb,
  n: number,
  severity: string,
  weight: number,
  foundOn: string,
): Promise<void> {
  const firstSeen = `${foundOn}T09:00:00.000Z`;
  await db.db
    .insertInto("alerts")
    .values({
      key: `k|${n}`,
      rule_id: "time-limit.overdue",
      family: "time-limit",
      severity,
      case_id: null,
      case_number: `（2026）内0602民初${n}号`,
      division: "民一庭",
      judge: "王法官",
      as_of: "2026-12-01",
      reason: "已超审限",
      facts_json: "{}",
      state: "new",
      weight,
      note: null,
      acknowledged_by: null,
      acknowledged_at: null,
      first_seen: firstSeen,
      last_seen: firstSeen,
      resolved_at: null,
      found_on: foundOn,
    })
    .execute();
}

describe.each(TEST_DIALECTS)("listAlerts (%s)", (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(dialect);
    await insert(db, 1, "critical", 3, "2026-11-30");
    await insert(db, 2, "critical", 128, "2026-12-01");
    await insert(db, 3, "warning", 900, "2026-12-31");
    await insert(db, 4, "critical", 40, "2027-01-01");
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("ranks by level, then by how serious within it", async () => {
    const r = await listAlerts(OFFICE, db, {});
    // critical 128, 40, 3; then the warning, however large its measure.
    expect(r.rows.map((x) => x.caseNumber)).toEqual([2, 4, 1, 3].map((n) => `（2026）内0602民初${n}号`));
  });

  it("本期新发现: first found by a detection as of a day in December 2026", async () => {
    const r = await listAlerts(OFFICE, db, { foundFrom: "2026-12-01", foundTo: "2026-12-31" });
    expect(r.rows.map((x) => x.caseNumber).sort()).toEqual([2, 3].map((n) => `（2026）内0602民初${n}号`));
  });
});
