/**
 * 加权工作量, 业绩档案, 本庭与全院对比 and 分案建议 over a small court whose figures are worked out by
 * hand (default weights: 民初 普通 1.0, 简易 0.6, 小额 0.4; 执 0.4), on SQLite and PostgreSQL.
 *
 * Period 2024-01-01 … 2024-06-30:
 *   甲 received 民初1 (普通 1.0) + 民初2 (简易 0.6) = 1.6; closed 民初1 = 1.0;
 *      pending at 06-30 民初2 (0.6) + 民初3 (普通 1.0, filed 2023) = 1.6
 *   乙 received 民初4 (小额 0.4) = 0.4; closed 民初5 (简易 0.6, filed 2023) = 0.6;
 *      pending 民初4 (closed 07-15, after the period) = 0.4
 *   丙 (执行局) received 执6 = 0.4; pending 0.4
 *   民一庭 means: received (1.6 + 0.4) / 2 = 1.0, closed (1.0 + 0.6) / 2 = 0.8, pending 1.0
 *   court means: received (1.6 + 0.4 + 0.4) / 3 = 0.8, closed (1.0 + 0.6 + 0) / 3 = 0.53…, pending 0.8
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessUnits } from "../../../src/app/assessment/assess-units.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { addStaff } from "../../../src/app/people/add-staff.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { compareDivision } from "../../../src/app/workload/compare-division.js";
import { getJudgeRecord } from "../../../src/app/workload/get-judge-record.js";
import { getWorkload } from "../../../src/app/workload/get-workload.js";
import { listAssignmentDecisions } from "../../../src/app/workload/list-assignment-decisions.js";
import { listCasesToAssign } from "../../../src/app/workload/list-cases-to-assign.js";
import { recordAssignmentDecision } from "../../../src/app/workload/record-assignment-decision.js";
import { suggestAssignment } from "../../../src/app/workload/suggest-assignment.js";
import { updateWorkloadWeights } from "../../../src/app/workload/update-workload-weights.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const AS_OF = "2024-08-01";
const PERIOD = { from: "2024-01-01", to: "2024-06-30" };
const C1 = "民一庭";
const EX = "执行局";
const HEADER = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企,二审结果";
const n = (s: string) => `（2024）内0602${s}号`;
const old = (s: string) => `（2023）内0602${s}号`;
const CSV = [
  HEADER,
  `${n("民初1")},买卖合同纠纷,2024-02-01,普通程序,${C1},甲,2024-05-01,判决,1000,赵一,钱二,否,`,
  `${n("民初2")},买卖合同纠纷,2024-03-01,简易程序,${C1},甲,,,1000,赵三,钱四,否,`,
  `${old("民初3")},民间借贷纠纷,2023-10-01,普通程序,${C1},甲,,,1000,孙一,李二,否,`,
  `${n("民初4")},民间借贷纠纷,2024-04-01,小额诉讼程序,${C1},乙,2024-07-15,调解,1000,周一,吴二,否,`,
  `${old("民初5")},民间借贷纠纷,2023-11-01,简易程序,${C1},乙,2024-01-10,判决,1000,郑一,王二,否,`,
  `${n("执6")},,2024-05-01,执行实施,${EX},丙,,,1000,冯一,陈二,否,`,
  `${n("民初7")},买卖合同纠纷,2024-07-20,普通程序,${C1},甲,,,1000,褚一,卫二,否,`,
].join("\n");

const office: Actor = { username: "office", role: "office", name: "审管办" };
const chief: Actor = { username: "chief1", role: "chief", division: C1 };
const chiefEx: Actor = { username: "chief2", role: "chief", division: EX };
const judgeJia: Actor = { username: "jia", role: "judge", division: C1, judgeName: "甲" };
const judgeYi: Actor = { username: "yi", role: "judge", division: C1, judgeName: "乙" };

for (const dialect of TEST_DIALECTS) {
  describe(`workload on ${dialect}`, () => {
    let db: TestDb;
    const caseId = async (number: string) =>
      (
        await db.db
          .selectFrom("cases")
          .select("id")
          .where("case_number", "=", number)
          .executeTakeFirstOrThrow()
      ).id;

    beforeAll(async () => {
      db = await freshDb(dialect);
      const dir = mkdtempSync(join(tmpdir(), "shenguan-workload-"));
      const file = join(dir, "cases.csv");
      writeFileSync(file, CSV);
      const r = await importCases(systemActor(), db, [file], { today: AS_OF });
      expect(r.errors).toEqual([]);
    }, 60_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("weights each judge's received, closed and pending cases, with division and court means", async () => {
      const w = await getWorkload(office, db, PERIOD);
      const jia = w.judges.find((j) => j.judge === "甲");
      expect(jia?.counts).toEqual({ received: 2, closed: 1, pending: 2 });
      expect(jia?.weighted).toEqual({ received: 1.6, closed: 1, pending: 1.6 });
      // (1.6 − 1.0) / 1.0 = +60%; closed (1.0 − 0.8) / 0.8 = +25%
      expect(jia?.share).toEqual({ received: 60, closed: 25, pending: 60 });
      expect(w.judges.find((j) => j.judge === "乙")?.weighted).toEqual({
        received: 0.4,
        closed: 0.6,
        pending: 0.4,
      });
      expect(w.divisions.find((d) => d.unit === C1)?.mean).toEqual({ received: 1, closed: 0.8, pending: 1 });
      expect(w.court.mean).toEqual({ received: 0.8, closed: 0.53, pending: 0.8 });
      expect(w.weightsAreDefault).toBe(true);
      // A chief sees their division's judges, and the court's mean all the same.
      const c = await getWorkload(chiefEx, db, PERIOD);
      expect(c.judges.map((j) => j.judge)).toEqual(["丙"]);
      expect(c.court.mean).toEqual(w.court.mean);
      // A judge compares themselves in their record, not in the table of colleagues.
      await expect(getWorkload(judgeJia, db, PERIOD)).rejects.toMatchObject({ status: 403 });
    });

    it("a changed weight changes the figures; a bad row is refused by its number and nothing is stored", async () => {
      await expect(
        updateWorkloadWeights(office, db, {
          otherWeight: 1,
          rows: [
            { typeCode: "民初", procedure: "普通程序", weight: 2 },
            { typeCode: "民初", procedure: "简易程序", weight: -1 },
          ],
        }),
      ).rejects.toMatchObject({
        status: 400,
        field: "rows[1].weight",
        message: "第 2 行（民初 简易程序）：权重应大于 0 且不超过 10，当前为 -1",
      });
      expect((await getWorkload(office, db, PERIOD)).weightsAreDefault).toBe(true);
      await expect(updateWorkloadWeights(chief, db, { otherWeight: 1, rows: [] })).rejects.toMatchObject({
        status: 403,
      });
      // 民初 普通 2.0, anything else 1.0: 甲 received 2 + 1 = 3
      await updateWorkloadWeights(office, db, {
        otherWeight: 1,
        rows: [{ typeCode: "民初", procedure: "普通程序", weight: 2 }],
      });
      const w = await getWorkload(office, db, PERIOD);
      expect(w.weightsAreDefault).toBe(false);
      expect(w.judges.find((j) => j.judge === "甲")?.weighted.received).toBe(3);
      const audit = await db.db
        .selectFrom("audit_log")
        .select("entity_id")
        .where("entity", "=", "setting")
        .execute();
      expect(audit.map((a) => a.entity_id)).toContain("workload_weights");
      // Back to the defaults' figures for the other tests.
      await db.db.deleteFrom("settings").where("name", "=", "workload_weights").execute();
    });

    it("the judge's record: indicators against division and court, weighted workload, scope", async () => {
      const rec = await getJudgeRecord(judgeJia, db, { judge: "甲", ...PERIOD }, AS_OF);
      expect(rec.division).toBe(C1);
      const filed = rec.indicators.find((i) => i.id === "filed");
      // 甲 filed 2 in the period; 民一庭 3 (民初1, 2, 4); the court 4 (and 执6)
      expect([filed?.judge.value, filed?.division, filed?.court]).toEqual([2, 3, 4]);
      expect(rec.workload.weighted).toEqual({ received: 1.6, closed: 1, pending: 1.6 });
      expect(rec.workload.divisionMean).toEqual({ received: 1, closed: 0.8, pending: 1 });
      expect(rec.workload.courtMean.received).toBe(0.8);
      expect(rec.reversals).toMatchObject({ reversed: 0, remanded: 0 });
      // 考核得分: the scheme in force on 2024-06-30 (the 2024 example the migration stores), and the
      // same total the 考核 screen gives 甲 among every judge of the court.
      const scores = await assessUnits(office, db, { ...PERIOD, by: "judge" });
      const own = scores.units.find((u) => u.key === `${C1} / 甲`);
      expect(own?.total).toEqual(expect.any(Number));
      expect(rec.assessment?.schemeName).toBe(scores.scheme.name);
      expect(rec.assessment?.total).toBe(own?.total);
      expect(rec.assessment?.items.length).toBe(own?.items.filter((i) => i.scored).length);
      // Their chief and the office read it; a colleague does not.
      await expect(getJudgeRecord(chief, db, { judge: "甲", ...PERIOD }, AS_OF)).resolves.toMatchObject({
        judge: "甲",
      });
      await expect(getJudgeRecord(chiefEx, db, { judge: "甲", ...PERIOD }, AS_OF)).rejects.toMatchObject({
        status: 403,
      });
      await expect(getJudgeRecord(judgeYi, db, { judge: "甲", ...PERIOD }, AS_OF)).rejects.toMatchObject({
        status: 403,
      });
      await expect(getJudgeRecord(office, db, { judge: "无此人", ...PERIOD }, AS_OF)).rejects.toMatchObject({
        status: 404,
      });
    });

    it("the chief's comparison: counts against the court's mean per division, shares against the court", async () => {
      const c = await compareDivision(chief, db, PERIOD);
      expect(c.division).toBe(C1);
      const filed = c.rows.find((r) => r.id === "filed");
      // 民一庭 filed 3; the court 4 over 2 divisions with cases = 2 per division; difference +1
      expect(filed).toMatchObject({ basis: "per-division", value: 3, courtValue: 2, difference: 1 });
      expect(c.rows.length).toBeGreaterThan(20);
      await expect(compareDivision(chief, db, { ...PERIOD, division: EX })).rejects.toMatchObject({
        status: 403,
      });
      await expect(compareDivision(office, db, PERIOD)).rejects.toMatchObject({
        status: 400,
        field: "division",
      });
    });

    it("suggests the least weighted pending load, shows every candidate, and records the decision", async () => {
      const id = await caseId(n("民初7"));
      // As of 2024-08-01, 民初7 itself left out: 甲 pending 民初2 (0.6) + 民初3 (1.0) = 1.6; 乙 none.
      const s = await suggestAssignment(chief, db, id, AS_OF);
      expect(s.eligibility).toBe("cases");
      expect(s.weight).toBe(1);
      expect(s.candidates.map((c) => [c.judge, c.weightedPending, c.rank])).toEqual([
        ["乙", 0, 1],
        ["甲", 1.6, 2],
      ]);
      expect(s.suggested).toBe("乙");
      // Filed 2024-07-20, 12 days before 2024-08-01: a new case.
      expect(s.recentlyFiled).toBe(true);
      expect(s.actions).toEqual(["follow", "reassign"]);
      // The case's listed among the recent pending ones of the chief's division.
      const list = await listCasesToAssign(chief, db, {}, AS_OF);
      expect(list.rows.map((r) => r.caseNumber)).toContain(n("民初7"));
      // Another division's chief may not decide; a judge may not read it.
      await expect(
        recordAssignmentDecision(chiefEx, db, { caseId: id, followed: true }, AS_OF),
      ).rejects.toMatchObject({ status: 403 });
      await expect(suggestAssignment(judgeJia, db, id, AS_OF)).rejects.toMatchObject({ status: 403 });
      await expect(
        recordAssignmentDecision(chief, db, { caseId: id, followed: false, judge: "丙" }, AS_OF),
      ).rejects.toMatchObject({ status: 400, field: "judge" });

      const d = await recordAssignmentDecision(chief, db, { caseId: id, followed: true }, AS_OF);
      expect(d).toMatchObject({
        followed: true,
        suggestedJudge: "乙",
        assignedJudge: "乙",
        decidedBy: "chief1",
      });
      expect(d.candidates.map((c) => c.judge)).toEqual(["乙", "甲"]);
      // Recorded once; the imported case keeps its 承办人.
      await expect(
        recordAssignmentDecision(office, db, { caseId: id, followed: true }, AS_OF),
      ).rejects.toMatchObject({
        status: 403,
      });
      const c = await db.db
        .selectFrom("cases")
        .select("judge")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(c.judge).toBe("甲");
      const again = await suggestAssignment(chief, db, id, AS_OF);
      expect(again.decision?.assignedJudge).toBe("乙");
      expect(again.actions).toEqual([]);
      const decisions = await listAssignmentDecisions(office, db, {});
      expect(decisions).toMatchObject({ followed: 1, reassigned: 0 });
      expect((await listAssignmentDecisions(chiefEx, db, {})).rows).toEqual([]);
    });

    it("with a staff register, only the division's active 员额法官 are candidates", async () => {
      await addStaff(
        office,
        db,
        {
          staffNo: "S1",
          name: "甲",
          division: C1,
          positions: ["judge"],
          committeeMember: false,
          active: true,
        },
        AS_OF,
      );
      await addStaff(
        office,
        db,
        {
          staffNo: "S2",
          name: "乙",
          division: C1,
          positions: ["judge"],
          committeeMember: false,
          active: false,
        },
        AS_OF,
      );
      await addStaff(
        office,
        db,
        {
          staffNo: "S3",
          name: "丁",
          division: C1,
          positions: ["judge"],
          committeeMember: false,
          active: true,
        },
        AS_OF,
      );
      await addStaff(
        office,
        db,
        {
          staffNo: "S4",
          name: "戊",
          division: C1,
          positions: ["assistant"],
          committeeMember: false,
          active: true,
        },
        AS_OF,
      );
      const id = await caseId(n("民初2"));
      // 民初2 left out: 甲 pending 民初3 (1.0) and 民初7 (1.0) = 2.0; 丁 none. 乙 left, 戊 is no judge.
      const s = await suggestAssignment(office, db, id, AS_OF);
      expect(s.eligibility).toBe("staff");
      expect(s.candidates.map((c) => [c.judge, c.weightedPending])).toEqual([
        ["丁", 0],
        ["甲", 2],
      ]);
      const d = await recordAssignmentDecision(
        office,
        db,
        { caseId: id, followed: false, judge: "甲", note: "关联案件" },
        AS_OF,
      );
      expect(d).toMatchObject({
        followed: false,
        suggestedJudge: "丁",
        assignedJudge: "甲",
        note: "关联案件",
      });
      // The workload table lists 丁 at zero (in the register, no cases).
      const w = await getWorkload(office, db, PERIOD);
      expect(w.judges.find((j) => j.judge === "丁")?.weighted).toEqual({
        received: 0,
        closed: 0,
        pending: 0,
      });
    });
  });
}
