/**
 * 并案审理 candidates on SQLite and PostgreSQL: the pending civil first-instance cases read by SQL,
 * grouped by the domain — a 物业 plaintiff under three spellings (6 cases, 3 judges, 2 divisions), a
 * mirror group (5 workers against one employer), a bank one case short; scope, filters, an earlier
 * as-of date; the proposal to the chief of the main division and the chief's decision; the settings.
 *
 * By hand, as of 2026-06-30:
 * - 物业 (原告 鄂尔多斯市安居物业服务有限公司, three spellings): 6 pending, filed 2026-01-05 … 2026-03-20
 *   (26 + 28 + 20 = 74 days); a 7th closed on 2026-04-01 and an 8th filed 2026-07-10 are not pending;
 *   amounts 1,200 + 2,400.50 + 3,600 + 1,800 + 2,000 + 999.50 = 12,000.00 yuan = 1,200,000 fen;
 *   民事审判第三庭 4 cases (张三 3, 李四 1), 速裁团队 2 (王五) → main division 民事审判第三庭.
 * - 追索劳动报酬纠纷 (被告 乙建筑工程有限公司): 5 workers, 2026-05-04 … 2026-05-08, all 赵六 in 民三庭.
 * - 信用卡纠纷: 4 cases of one bank — one short of 5, no group.
 * As of 2026-02-01 only the 物业 cases filed by then (3) are pending: no 物业 group.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBatch } from "../../../src/app/batches/get-batch.js";
import { getBatchSettings } from "../../../src/app/batches/get-batch-settings.js";
import { listBatches } from "../../../src/app/batches/list-batches.js";
import { proposeBatch } from "../../../src/app/batches/propose-batch.js";
import { updateBatchSettings } from "../../../src/app/batches/update-batch-settings.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { actOnMatter } from "../../../src/app/workflow/act-on-matter.js";
import { getMatter } from "../../../src/app/workflow/get-matter.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-batches-"));
const D3 = "民事审判第三庭";
const FAST = "速裁团队";
const P = "鄂尔多斯市安居物业服务有限公司";
const EMPLOYER = "乙建筑工程有限公司";
const BANK = "甲银行股份有限公司信用卡中心";
const row = (
  n: number,
  cause: string,
  filed: string,
  div: string,
  judge: string,
  closed: string,
  amount: string,
  pl: string,
  df: string,
) =>
  `（2026）内0602民初${n}号,${cause},${filed},简易程序,${div},${judge},${closed},${closed ? "调解" : ""},${amount},${pl},${df}`;
const CSV = [
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告",
  row(101, "物业服务合同纠纷", "2026-01-05", D3, "张三", "", "1200", P, "业主甲"),
  row(
    102,
    "物业服务合同纠纷",
    "2026-01-20",
    D3,
    "张三",
    "",
    "2400.50",
    "鄂尔多斯市安居物业服务有限责任公司",
    "业主乙",
  ),
  row(
    103,
    "物业服务合同纠纷",
    "2026-01-28",
    FAST,
    "王五",
    "",
    "3600",
    "鄂尔多斯市 安居物业服务有限公司",
    "业主丙",
  ),
  row(104, "物业服务合同纠纷", "2026-02-10", D3, "李四", "", "1800", P, "业主丁"),
  row(105, "物业服务合同纠纷", "2026-03-01", FAST, "王五", "", "2000", P, "业主戊"),
  row(106, "物业服务合同纠纷", "2026-03-20", D3, "张三", "", "999.50", P, "业主己"),
  row(107, "物业服务合同纠纷", "2026-02-15", D3, "张三", "2026-04-01", "1500", P, "业主庚"),
  row(108, "物业服务合同纠纷", "2026-07-10", D3, "张三", "", "1500", P, "业主辛"),
  ...[1, 2, 3, 4, 5].map((i) =>
    row(200 + i, "追索劳动报酬纠纷", `2026-05-0${3 + i}`, D3, "赵六", "", "30000", `工人${i}`, EMPLOYER),
  ),
  ...[1, 2, 3, 4].map((i) =>
    row(300 + i, "信用卡纠纷", `2026-04-0${i}`, FAST, "王五", "", "20000", BANK, `持卡人${i}`),
  ),
].join("\n");
const AS_OF = "2026-06-30";

const office: Actor = { username: "analyst", role: "office" };
const clerk: Actor = { username: "clerk", role: "clerk" };
const chief3: Actor = { username: "chief3", role: "chief", division: D3 };
const chiefFast: Actor = { username: "chieffast", role: "chief", division: FAST };
const wang: Actor = { username: "wang", role: "judge", division: FAST, judgeName: "王五" };
const zhao: Actor = { username: "zhao", role: "judge", division: D3, judgeName: "赵六" };

for (const dialect of TEST_DIALECTS) {
  describe(`并案审理 on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      writeFileSync(join(dir, `c-${dialect}.csv`), CSV);
      const r = await importCases(systemActor(), db, [join(dir, `c-${dialect}.csv`)], { today: AS_OF });
      expect(r.errors).toEqual([]);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("finds the 物业 group and the mirror group, not the bank's four", async () => {
      const list = await listBatches(office, db, { asOf: AS_OF });
      expect(list.rows.map((g) => [g.sideName, g.party, g.cause, g.caseCount])).toEqual([
        ["原告", P, "物业服务合同纠纷", 6],
        ["被告", EMPLOYER, "追索劳动报酬纠纷", 5],
      ]);
      const g = list.rows[0];
      expect(g?.cases.map((c) => c.caseNumber)).toEqual(
        [101, 102, 103, 104, 105, 106].map((n) => `（2026）内0602民初${n}号`),
      );
      expect(g).toMatchObject({
        totalAmountFen: 1_200_000,
        amountMissing: 0,
        firstFiledOn: "2026-01-05",
        lastFiledOn: "2026-03-20",
        spanDays: 74,
        mainDivision: D3,
        divisions: [
          { division: D3, cases: 4 },
          { division: FAST, cases: 2 },
        ],
        judges: [
          { division: D3, judge: "张三", cases: 3 },
          { division: FAST, judge: "王五", cases: 2 },
          { division: D3, judge: "李四", cases: 1 },
        ],
        proposal: null,
        actions: ["propose-batch"],
      });
      expect(list.cases).toBe(11);
    });

    it("keeps the groups with a case in the reader's scope, and filters by side, division, cause", async () => {
      expect((await listBatches(wang, db, { asOf: AS_OF })).rows.map((g) => g.cause)).toEqual([
        "物业服务合同纠纷",
      ]);
      expect((await listBatches(chiefFast, db, { asOf: AS_OF })).rows.map((g) => g.cause)).toEqual([
        "物业服务合同纠纷",
      ]);
      expect((await listBatches(chief3, db, { asOf: AS_OF })).rows).toHaveLength(2);
      expect(
        (await listBatches(office, db, { asOf: AS_OF, side: "defendant" })).rows.map((g) => g.party),
      ).toEqual([EMPLOYER]);
      expect((await listBatches(office, db, { asOf: AS_OF, division: FAST })).rows).toHaveLength(1);
      expect((await listBatches(office, db, { asOf: AS_OF, cause: "信用卡纠纷" })).rows).toEqual([]);
      expect((await listBatches(office, db, { asOf: "2026-02-01" })).rows).toEqual([]);
      await expect(listBatches(clerk, db, { asOf: AS_OF })).rejects.toMatchObject({ status: 403 });
      await expect(listBatches(office, db, { asOf: "2026-02-30" })).rejects.toMatchObject({
        status: 400,
        details: { field: "asOf" },
      });
    });

    it("a judge of one of its cases proposes it to the chief of the main division, who agrees", async () => {
      const [g] = (await listBatches(office, db, { asOf: AS_OF })).rows;
      const key = g?.key as string;
      expect((await getBatch(wang, db, key, AS_OF)).caseCount).toBe(6);
      await expect(getBatch(zhao, db, key, AS_OF)).rejects.toMatchObject({ status: 403 });
      // 赵六 has no case in it; a clerk proposes nothing; a short reason is refused naming the field.
      await expect(
        proposeBatch(zhao, db, { key, reason: "同一物业公司系列案件" }, AS_OF),
      ).rejects.toMatchObject({
        status: 403,
      });
      await expect(
        proposeBatch(clerk, db, { key, reason: "同一物业公司系列案件" }, AS_OF),
      ).rejects.toMatchObject({
        status: 403,
      });
      await expect(proposeBatch(wang, db, { key, reason: "并案" }, AS_OF)).rejects.toMatchObject({
        status: 400,
        details: { field: "reason" },
      });
      const m = await proposeBatch(
        wang,
        db,
        { key, reason: "同一物业公司起诉多名业主，事实与证据基本相同" },
        AS_OF,
      );
      expect(m).toMatchObject({
        kind: "batch-trial",
        state: "proposed",
        stateLabel: "待庭长审批",
        division: D3,
      });
      expect(m.links.filter((l) => l.entity === "case")).toHaveLength(6);
      expect(m.tasks.map((t) => [t.title, t.assignee])).toEqual([["审批并案审理建议", `${D3}庭长`]]);
      expect(String(m.trace[0]?.input.summary)).toContain("共 6 件未结案件");
      expect(String(m.trace[0]?.input.summary)).toContain("标的额合计 12,000.00 元");
      expect(String(m.trace[0]?.input.basis)).toContain("第五十五条");
      // Proposed once: no second proposal; the list shows it.
      await expect(
        proposeBatch(office, db, { key, reason: "同一物业公司系列案件" }, AS_OF),
      ).rejects.toMatchObject({
        status: 403,
      });
      const listed = (await listBatches(office, db, { asOf: AS_OF })).rows[0];
      expect(listed?.proposal).toMatchObject({ matterId: m.id, stateName: "待庭长审批" });
      expect(listed?.actions).toEqual([]);
      // The 速裁团队's chief is not the main division's: may not decide.
      await expect(
        actOnMatter(chiefFast, db, m.id, "approve", m.version, { trialJudge: "张三" }, AS_OF),
      ).rejects.toMatchObject({ status: 403 });
      const view = await getMatter(chief3, db, m.id, AS_OF);
      expect(view.actions.map((a) => a.action)).toEqual(["approve", "reject"]);
      const done = await actOnMatter(
        chief3,
        db,
        m.id,
        "approve",
        m.version,
        { trialJudge: "张三", note: "由张三并案审理" },
        AS_OF,
      );
      expect(done).toMatchObject({ state: "approved", stateLabel: "同意并案", terminal: true });
      expect((await listBatches(office, db, { asOf: AS_OF })).rows[0]?.proposal?.stateName).toBe("同意并案");
    });

    it("the office changes the settings, audited; bad values and other roles are refused", async () => {
      expect((await getBatchSettings(office, db)).isDefault).toBe(true);
      await expect(updateBatchSettings(wang, db, { minCases: 6 })).rejects.toMatchObject({ status: 403 });
      await expect(updateBatchSettings(office, db, { minCases: 1 })).rejects.toMatchObject({
        status: 400,
        details: { field: "minCases" },
      });
      const v = await updateBatchSettings(office, db, { minCases: 6 });
      expect(v).toMatchObject({ isDefault: false, settings: { minCases: 6, windowDays: 90 } });
      // 6 物业 cases still make a group; the 5 workers no longer do.
      expect((await listBatches(office, db, { asOf: AS_OF })).rows.map((g) => g.caseCount)).toEqual([6]);
      const audit = await db.db
        .selectFrom("audit_log")
        .select(["user_name", "entity_id", "before_json", "after_json"])
        .where("entity", "=", "setting")
        .where("entity_id", "=", "batch-settings")
        .execute();
      expect(audit).toHaveLength(1);
      expect(JSON.parse(String(audit[0]?.before_json)).minCases).toBe(5);
      expect(JSON.parse(String(audit[0]?.after_json)).minCases).toBe(6);
    });
  });
}
