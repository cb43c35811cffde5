/**
 * Stored alert state survives recomputation: an acknowledged finding stays acknowledged (with its
 * note) when the alerts are recomputed; a finding that is no longer found becomes resolved; the
 * audit log records who acknowledged what. On SQLite and PostgreSQL.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acknowledgeAlert } from "../../../src/app/alerts/acknowledge-alert.js";
import { listAlerts } from "../../../src/app/alerts/list-alerts.js";
import { recomputeAlerts } from "../../../src/app/alerts/recompute-alerts.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-alert-state-"));
const HEADER = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式";
// A: 简易 filed 2024-01-15 → deadline 2024-04-15 (Mon); pending on 2024-05-01: overdue.
// B: 普通 filed 2024-01-10 → deadline 2024-07-10; pending on 2024-05-01 (111 days left): no tier.
const V1 = [
  HEADER,
  "（2024）内0602民初1号,民间借贷纠纷,2024-01-15,简易程序,民事审判第一庭,张三,,",
  "（2024）内0602民初2号,买卖合同纠纷,2024-01-10,普通程序,民事审判第一庭,李四,,",
].join("\n");
// Later: A is closed (no longer overdue while pending).
const V2 = V1.replace(
  "2024-01-15,简易程序,民事审判第一庭,张三,,",
  "2024-01-15,简易程序,民事审判第一庭,张三,2024-05-06,判决",
);

const office: Actor = { username: "analyst", role: "office" };

for (const dialect of TEST_DIALECTS) {
  describe(`alert state on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      writeFileSync(join(dir, `v1-${dialect}.csv`), V1);
      const r = await importCases(systemActor(), db, [join(dir, `v1-${dialect}.csv`)], {
        today: "2024-05-01",
      });
      expect(r.errors).toEqual([]);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("keeps an acknowledgement through recomputation and resolves what is no longer found", async () => {
      const overdue = await listAlerts(office, db, { rule: "time-limit.overdue" });
      expect(overdue.rows.map((r) => r.caseNumber)).toEqual(["（2024）内0602民初1号"]);
      const id = overdue.rows[0]?.id as number;
      await acknowledgeAlert(office, db, id, "已督促承办人本周结案");

      // Recomputing as of a later day: still overdue, still acknowledged, note kept.
      await recomputeAlerts(db, { asOf: "2024-05-02" });
      const again = await listAlerts(office, db, { rule: "time-limit.overdue" });
      expect(again.rows).toHaveLength(1);
      expect(again.rows[0]).toMatchObject({
        id,
        state: "acknowledged",
        note: "已督促承办人本周结案",
        acknowledgedBy: "analyst",
      });

      // The case is closed: the overdue finding is resolved (and no longer listed by default).
      writeFileSync(join(dir, `v2-${dialect}.csv`), V2);
      const r = await importCases(systemActor(), db, [join(dir, `v2-${dialect}.csv`)], {
        today: "2024-05-07",
      });
      expect(r.cases.updated).toBe(1);
      expect((await listAlerts(office, db, { rule: "time-limit.overdue" })).total).toBe(0);
      const resolved = await listAlerts(office, db, { rule: "time-limit.overdue", state: "resolved" });
      expect(resolved.rows.map((x) => x.id)).toEqual([id]);

      const audit = await db.db
        .selectFrom("audit_log")
        .selectAll()
        .where("action", "=", "acknowledge")
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ user_name: "analyst", entity: "alerts" });
      expect(JSON.parse(audit[0]?.after_json ?? "{}")).toEqual({
        state: "acknowledged",
        note: "已督促承办人本周结案",
      });
    });
  });
}
