/**
 * Acknowledging an alert asks the policy about the alert as it stands: its division and judge
 * against the reader's scope, and its state. On SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../../test/helpers/db.js";
import type { Actor } from "../../domain/auth/index.js";
import { ForbiddenError, NotFoundError } from "../shared/errors.js";
import { acknowledgeAlert } from "./acknowledge-alert.js";
import { listAlerts } from "./list-alerts.js";

const JUDGE: Actor = { username: "wang", role: "judge", division: "民一庭", judgeName: "王法官" };
const CHIEF: Actor = { username: "sun", role: "chief", division: "民一庭" };
const CHIEF_ELSEWHERE: Actor = { username: "zhao", role: "chief", division: "刑事庭" };
const CLERK: Actor = { username: "li", role: "clerk" };

async function insertAlert(db: TestDb, key: string, state: string): Promise<number> {
  const row = await db.db
    .insertInto("alerts")
    .values({
      key,
      rule_id: "time-limit.overdue",
      family: "time-limit",
      severity: "critical",
      case_id: null,
      case_number: "（2025）内0602民初100号",
      division: "民一庭",
      judge: "王法官",
      as_of: "2026-11-27",
      reason: "已超审限 3 天",
      facts_json: "{}",
      state,
      note: null,
      acknowledged_by: null,
      acknowledged_at: null,
      first_seen: "2026-11-27T00:00:00.000Z",
      last_seen: "2026-11-27T00:00:00.000Z",
      resolved_at: state === "resolved" ? "2026-11-27T00:00:00.000Z" : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

describe.each(TEST_DIALECTS)("acknowledgeAlert (%s)", (dialect) => {
  let db: TestDb;
  let open: number;
  let resolved: number;
  beforeAll(async () => {
    db = await freshDb(dialect);
    open = await insertAlert(db, "a|1", "new");
    resolved = await insertAlert(db, "a|2", "resolved");
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("the judge of the case may not clear it: it offers them nothing, and they are refused with the reason", async () => {
    const mine = await listAlerts(JUDGE, db, {});
    expect(mine.rows.map((r) => [r.id, r.actions])).toEqual([[open, []]]);
    await expect(acknowledgeAlert(JUDGE, db, open, "本周开庭")).rejects.toThrow(/本人承办案件/);
  });

  it("the division's chief acknowledges it; then it offers nothing more, and a second time is refused", async () => {
    const before = await listAlerts(CHIEF, db, {});
    expect(before.rows.map((r) => [r.id, r.actions])).toEqual([[open, ["acknowledge"]]]);
    const row = await acknowledgeAlert(CHIEF, db, open, "本周开庭");
    expect(row).toMatchObject({ state: "acknowledged", note: "本周开庭", acknowledgedBy: "sun" });
    expect(row.actions).toEqual([]);
    await expect(acknowledgeAlert(CHIEF, db, open, "改")).rejects.toThrow(/已确认/);
  });

  it("refuses a chief of another division and a clerk, and changes nothing", async () => {
    await expect(acknowledgeAlert(CHIEF_ELSEWHERE, db, open, "x")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(acknowledgeAlert(CLERK, db, open, "x")).rejects.toBeInstanceOf(ForbiddenError);
    const list = await listAlerts(JUDGE, db, {});
    expect(list.rows[0]?.note).toBe("本周开庭");
  });

  it("refuses a resolved alert, with the reason", async () => {
    await expect(acknowledgeAlert(CHIEF, db, resolved, "x")).rejects.toThrow(/已消除/);
    const list = await listAlerts(JUDGE, db, { state: "resolved" });
    expect(list.rows.map((r) => [r.id, r.state, r.actions])).toEqual([[resolved, "resolved", []]]);
  });

  it("says when there is no such alert", async () => {
    await expect(acknowledgeAlert(JUDGE, db, 999_999, "x")).rejects.toBeInstanceOf(NotFoundError);
  });
});
