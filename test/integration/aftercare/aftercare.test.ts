/**
 * 判后释明 and 督促履行 on SQLite and PostgreSQL: the tasks derived from a hand-built court, the
 * records, the automatic closing of a 督促 task by a 执 case that arrives in a later import, and
 * the figures (释明记录率, 服判息诉率 with and without, 自动履行率) against hand counts.
 * Data date 2025-06-30; period 2025-01-01…2025-06-30; service 7 days (the setting).
 *
 * Cases (N = （2025）内0602…号), all 民事审判第一庭:
 *   B1 民初1 民间借贷纠纷 10,000 元 判决 closed Mon 03-03 (张) — effective estimated: served 03-10,
 *      15 days → Tue 03-25; 释明 recorded; outcome 全部履行 recorded, then 执9 (second import) names it
 *   B2 民初2 买卖合同纠纷 5,000 元 调解 closed 04-01 (王) — effective estimated 04-08; 全部履行
 *   B3 民初3 买卖合同纠纷 8,000 元 判决 closed 04-10 (张), 上诉 是, 维持 on 06-01 → effective 06-01;
 *      释明 recorded; outcome 部分履行 (3,000 元)
 *   B4 民初4 信用卡纠纷 2,000 元 判决 closed 05-06 (王), 生效日期 recorded 05-28, 申请执行 否
 *   B5 民初5 买卖合同纠纷 3,000 元 判决 closed Fri 06-20 (王) — served 06-27, 15 days → Sat 07-12
 *      → Mon 07-14: not effective by 06-30, no 督促 task
 *   B6 民初6 离婚纠纷 判决 closed 02-10 (张) — no money obligation: 释明 only
 *   B7 民初7 买卖合同纠纷 6,000 元 判决 closed Mon 05-12 (王), 申请执行 是 — served 05-19, 15 days
 *      → Tue 06-03, effective
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPerformance, listExplanations, listPerformance } from "../../../src/app/aftercare/list-tasks.js";
import { recordContact, recordExplanation, recordOutcome } from "../../../src/app/aftercare/record.js";
import { aftercareStatistics } from "../../../src/app/aftercare/statistics.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const office = systemActor("tester");
const CIVIL = "民事审判第一庭";
const zhang: Actor = { username: "zhang", role: "judge", division: CIVIL, judgeName: "张法官" };
const wang: Actor = { username: "wang", role: "judge", division: CIVIL, judgeName: "王法官" };
const TODAY = "2025-06-30";
const P = { from: "2025-01-01", to: "2025-06-30" };
const N = (t: string) => `（2025）内0602${t}号`;
const HEADER =
  "案号,案由,立案日期,承办部门,承办人,审理程序,结案日期,结案方式,标的额,上诉,二审结果,二审结案日期,申请执行,生效日期,原审案号";
const row = (...v: string[]) => v.join(",");
const FIRST = [
  HEADER,
  row(
    N("民初1"),
    "民间借贷纠纷",
    "2025-01-06",
    CIVIL,
    "张法官",
    "普通程序",
    "2025-03-03",
    "判决",
    "10000",
    "否",
    "",
    "",
    "",
    "",
    "",
  ),
  row(
    N("民初2"),
    "买卖合同纠纷",
    "2025-01-07",
    CIVIL,
    "王法官",
    "普通程序",
    "2025-04-01",
    "调解",
    "5000",
    "",
    "",
    "",
    "",
    "",
    "",
  ),
  row(
    N("民初3"),
    "买卖合同纠纷",
    "2025-01-08",
    CIVIL,
    "张法官",
    "普通程序",
    "2025-04-10",
    "判决",
    "8000",
    "是",
    "维持",
    "2025-06-01",
    "",
    "",
    "",
  ),
  row(
    N("民初4"),
    "信用卡纠纷",
    "2025-01-09",
    CIVIL,
    "王法官",
    "普通程序",
    "2025-05-06",
    "判决",
    "2000",
    "否",
    "",
    "",
    "否",
    "2025-05-28",
    "",
  ),
  row(
    N("民初5"),
    "买卖合同纠纷",
    "2025-01-10",
    CIVIL,
    "王法官",
    "普通程序",
    "2025-06-20",
    "判决",
    "3000",
    "",
    "",
    "",
    "",
    "",
    "",
  ),
  row(
    N("民初6"),
    "离婚纠纷",
    "2025-01-13",
    CIVIL,
    "张法官",
    "普通程序",
    "2025-02-10",
    "判决",
    "",
    "否",
    "",
    "",
    "",
    "",
    "",
  ),
  row(
    N("民初7"),
    "买卖合同纠纷",
    "2025-01-14",
    CIVIL,
    "王法官",
    "普通程序",
    "2025-05-12",
    "判决",
    "6000",
    "否",
    "",
    "",
    "是",
    "",
    "",
  ),
].join("\n");
const SECOND = [
  HEADER,
  row(
    N("执9"),
    "",
    "2025-06-10",
    "执行局",
    "李法官",
    "执行实施",
    "",
    "",
    "10000",
    "",
    "",
    "",
    "",
    "",
    N("民初1"),
  ),
].join("\n");

async function load(db: TestDb, csv: string, name: string) {
  const dir = mkdtempSync(join(tmpdir(), "shenguan-aftercare-"));
  writeFileSync(join(dir, name), csv);
  const r = await importCases(office, db, [join(dir, name)], { today: TODAY });
  expect(r.errors).toEqual([]);
  return r;
}

async function idOf(db: TestDb, caseNumber: string): Promise<number> {
  const r = await db.db
    .selectFrom("cases")
    .select("id")
    .where("case_number", "=", caseNumber)
    .executeTakeFirst();
  if (!r) throw new Error(`no case ${caseNumber}`);
  return Number(r.id);
}

for (const dialect of TEST_DIALECTS) {
  describe(`判后释明与督促履行 on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      await load(db, FIRST, "cases.csv");
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("a 释明 task for every judgment, a 督促 task for every effective money judgment or mediation", async () => {
      const ex = await listExplanations(office, db, { ...P, pageSize: 100 });
      // Judgments: 民初1, 3, 4, 5, 6, 7 (民初2 is a mediation).
      expect(ex.rows.map((r) => r.caseNumber).sort()).toEqual(
        ["民初1", "民初3", "民初4", "民初5", "民初6", "民初7"].map(N).sort(),
      );
      const pf = await listPerformance(office, db, { ...P, pageSize: 100 }, TODAY);
      const by = Object.fromEntries(pf.rows.map((r) => [r.caseNumber, r]));
      // 民初5 not yet effective (07-14), 民初6 no money obligation.
      expect(Object.keys(by).sort()).toEqual(["民初1", "民初2", "民初3", "民初4", "民初7"].map(N).sort());
      expect(by[N("民初1")]).toMatchObject({
        effectiveOn: "2025-03-25",
        effectEstimated: true,
        state: "pending",
      });
      expect(by[N("民初2")]).toMatchObject({ effectiveOn: "2025-04-08", effectEstimated: true });
      expect(by[N("民初3")]).toMatchObject({ effectiveOn: "2025-06-01", effectEstimated: true });
      expect(by[N("民初4")]).toMatchObject({ effectiveOn: "2025-05-28", effectEstimated: false });
      expect(by[N("民初7")]).toMatchObject({ effectiveOn: "2025-06-03", amountYuan: 6000 });
      // A judge sees only their own.
      const mine = await listPerformance(zhang, db, { pageSize: 100 }, TODAY);
      expect(mine.rows.map((r) => r.caseNumber).sort()).toEqual([N("民初1"), N("民初3")].sort());
    });

    it("records 释明 and 督促; wrong input names the field and writes nothing", async () => {
      const b1 = await idOf(db, N("民初1"));
      const b3 = await idOf(db, N("民初3"));
      await expect(
        recordExplanation(
          zhang,
          db,
          b1,
          {
            explainedOn: "2025-02-01",
            way: "当庭",
            riskPoints: ["上诉期限及上诉费用"],
            riskNote: "",
            guidance: "",
          },
          TODAY,
        ),
      ).rejects.toMatchObject({ status: 400, details: { field: "explainedOn" } });
      await expect(
        recordExplanation(
          wang,
          db,
          b1,
          {
            explainedOn: "2025-03-03",
            way: "当庭",
            riskPoints: ["上诉期限及上诉费用"],
            riskNote: "",
            guidance: "",
          },
          TODAY,
        ),
      ).rejects.toMatchObject({ status: 403 });
      const t = await recordExplanation(
        zhang,
        db,
        b1,
        {
          explainedOn: "2025-03-03",
          way: "当庭",
          riskPoints: ["上诉期限及上诉费用"],
          riskNote: "",
          guidance: "（2024）内0602民初88号",
        },
        TODAY,
      );
      expect(t).toMatchObject({
        state: "done",
        explanation: { way: "当庭", guidance: "（2024）内0602民初88号" },
      });
      await recordExplanation(
        zhang,
        db,
        b3,
        {
          explainedOn: "2025-04-11",
          way: "电话",
          riskPoints: [],
          riskNote: "讲明迟延履行利息",
          guidance: "",
        },
        TODAY,
      );

      await recordContact(
        zhang,
        db,
        b1,
        { contactedOn: "2025-04-01", way: "电话", note: "提醒被告按期还款" },
        TODAY,
      );
      const d1 = await recordOutcome(
        zhang,
        db,
        b1,
        { outcome: "全部履行", decidedOn: "2025-04-20", dueYuan: null, performedYuan: null, note: "" },
        TODAY,
      );
      expect(d1.task).toMatchObject({
        state: "done",
        outcome: "全部履行",
        recorded: { dueYuan: 10000, performedYuan: 10000 },
      });
      expect(d1.contacts).toHaveLength(1);
      await expect(
        recordOutcome(
          zhang,
          db,
          b3,
          { outcome: "部分履行", decidedOn: "2025-06-10", dueYuan: null, performedYuan: 9000, note: "" },
          TODAY,
        ),
      ).rejects.toMatchObject({ status: 400, details: { field: "performedYuan" } });
      await recordOutcome(
        zhang,
        db,
        b3,
        { outcome: "部分履行", decidedOn: "2025-06-10", dueYuan: null, performedYuan: 3000, note: "" },
        TODAY,
      );
      await recordOutcome(
        wang,
        db,
        await idOf(db, N("民初2")),
        { outcome: "全部履行", decidedOn: "2025-04-15", dueYuan: null, performedYuan: null, note: "" },
        TODAY,
      );
    });

    it("figures before the 执 case arrives", async () => {
      const s = await aftercareStatistics(office, db, { ...P, by: "division" }, TODAY);
      // 6 judgments, 2 explained (民初1, 3) → 1/3. With: 民初1 (not appealed), 民初3 (appealed) → 1/2.
      // Without: 民初4, 5, 6, 7, none appealed → 4/4.
      expect(s.explanations.total).toMatchObject({ judgments: 6, explained: 2 });
      expect(s.explanations.total.share).toBeCloseTo(1 / 3, 10);
      expect(s.explanations.total.acceptedWith).toEqual({ n: 2, hit: 1, rate: 0.5 });
      expect(s.explanations.total.acceptedWithout).toEqual({ n: 4, hit: 4, rate: 1 });
      // Effective: 民初1, 2, 3, 4, 7 = 5. 全部履行 民初1, 2; presumed 民初4; 部分履行 民初3;
      // 申请执行 是 民初7 → (2 + 1) ÷ 5 = 0.6.
      expect(s.performance.total).toMatchObject({
        effective: 5,
        performed: 2,
        presumed: 1,
        notPerformed: 1,
        enforced: 1,
        rate: 0.6,
      });
    });

    it("a 执 case naming the case closes its 督促 task as 未履行 after the import that brings it", async () => {
      await load(db, SECOND, "cases2.csv");
      const b1 = await idOf(db, N("民初1"));
      const d = await getPerformance(office, db, b1, TODAY);
      expect(d.task).toMatchObject({
        state: "enforced",
        outcome: "未履行",
        enforcementCase: N("执9"),
        canRecord: false,
      });
      // The judge's earlier 全部履行 stays on record but no longer counts.
      expect(d.task.recorded?.outcome).toBe("全部履行");
      await expect(
        recordContact(zhang, db, b1, { contactedOn: "2025-06-20", way: "电话", note: "再次督促" }, TODAY),
      ).rejects.toMatchObject({ status: 403 });
      const enforced = await listPerformance(office, db, { ...P, state: "enforced" }, TODAY);
      expect(enforced.rows.map((r) => r.caseNumber)).toEqual([N("民初1")]);

      const s = await aftercareStatistics(office, db, { ...P, by: "judge" }, TODAY);
      // 自动履行: 民初2 (全部履行), 民初4 (presumed) → 2 ÷ 5 = 0.4.
      expect(s.performance.total).toMatchObject({
        effective: 5,
        performed: 1,
        presumed: 1,
        enforced: 2,
        rate: 0.4,
      });
      const byJudge = Object.fromEntries(s.performance.rows.map((r) => [r.judge, r.rate]));
      // 张: 民初1 (执), 民初3 (部分履行) → 0 ÷ 2; 王: 民初2, 4 of 民初2, 4, 7 → 2 ÷ 3.
      expect(byJudge).toEqual({ 张法官: 0, 王法官: 2 / 3 });
    });
  });
}
