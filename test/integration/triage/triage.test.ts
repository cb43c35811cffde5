/**
 * 繁简分流 over a small court worked out by hand, on SQLite and PostgreSQL: the suggestions within
 * each reader's scope, the mismatches among pending cases and those closed in a period, the export,
 * and the settings with the audit trail of every change.
 *
 * Settings: the defaults with a wage of 100,000 yuan (2023) applying from 2024-01-01, so 小额 up to
 * 50,000 yuan (with consent 200,000); 速裁 up to 500,000 yuan and 4 parties; 普通 from 1,000,000 yuan.
 * As of 2024-08-01, pending 民初:
 *   民初1 民间借贷 30,000, 简易, 民一庭 甲 → 小额 (tried 简易: no mismatch, both simple)
 *   民初2 民间借贷 30,000, 普通, 民一庭 甲 → 小额; tried 普通 → 宜简未简
 *   民初3 买卖合同 2,000,000, 简易, 民一庭 甲 → 普通 (≥ 1,000,000); tried 简易 → 宜繁未繁
 *   民初4 买卖合同 300,000, 简易, 速裁团队 丙 → 速裁 (300,000 > 200,000; ≤ 500,000)
 *   民初5 离婚, no amount, 简易, 民二庭 乙 → 简易程序
 * Closed: 民初6 物业服务 3,000, 普通, closed 2024-05-10 (Q2) → 小额; tried 普通 → 宜简未简;
 *   民初7 closed 2023-12-01, outside the period. 执8 is not 民初.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { exportSuggestions } from "../../../src/app/triage/export-triage.js";
import { getTriageSettings } from "../../../src/app/triage/get-triage-settings.js";
import { listMismatches, previousQuarter } from "../../../src/app/triage/list-mismatches.js";
import { listSuggestions } from "../../../src/app/triage/list-suggestions.js";
import { triageSettingsHistory } from "../../../src/app/triage/triage-settings-history.js";
import { updateTriageSettings } from "../../../src/app/triage/update-triage-settings.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { TRIAGE_DEFAULTS, type TriageSettings } from "../../../src/domain/triage/settings.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const AS_OF = "2024-08-01";
const HEADER = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告";
const n = (s: string) => `（2024）内0602${s}号`;
const CSV = [
  HEADER,
  `${n("民初1")},民间借贷纠纷,2024-03-01,简易程序,民一庭,甲,,,30000,赵一,钱二`,
  `${n("民初2")},民间借贷纠纷,2024-03-02,普通程序,民一庭,甲,,,30000,赵三,钱四`,
  `${n("民初3")},买卖合同纠纷,2024-03-03,简易程序,民一庭,甲,,,2000000,孙一,李二`,
  `${n("民初4")},买卖合同纠纷,2024-03-04,简易程序,速裁团队,丙,,,300000,周一,吴二`,
  `${n("民初5")},离婚纠纷,2024-03-05,简易程序,民二庭,乙,,,,郑一,王二`,
  `${n("民初6")},物业服务合同纠纷,2024-02-01,普通程序,民一庭,甲,2024-05-10,判决,3000,某物业公司,冯一`,
  `（2023）内0602民初7号,民间借贷纠纷,2023-09-01,普通程序,民一庭,甲,2023-12-01,判决,3000,陈一,褚二`,
  `${n("执8")},,2024-05-01,执行实施,执行局,丁,,,1000,卫一,蒋二`,
].join("\n");

const office: Actor = { username: "office", role: "office", name: "审管办" };
const chief2: Actor = { username: "chief2", role: "chief", division: "民二庭" };
const judgeJia: Actor = { username: "jia", role: "judge", division: "民一庭", judgeName: "甲" };
const SETTINGS: TriageSettings = {
  ...TRIAGE_DEFAULTS,
  averageWages: [
    { appliesFrom: "2024-01-01", wageYear: 2023, yuan: 100_000, source: "测试用数字", demo: true },
  ],
};

for (const dialect of TEST_DIALECTS) {
  describe(`繁简分流 on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      const dir = mkdtempSync(join(tmpdir(), "shenguan-triage-"));
      const file = join(dir, "cases.csv");
      writeFileSync(file, CSV);
      const r = await importCases(systemActor(), db, [file], { today: AS_OF });
      expect(r.errors).toEqual([]);
    }, 60_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("settings: the defaults until changed; a chief may not change them; a bad field is named and nothing stored", async () => {
      const v = await getTriageSettings(office, db);
      expect(v.isDefault).toBe(true);
      expect(v.actions).toEqual(["edit-triage-settings"]);
      expect((await getTriageSettings(chief2, db)).actions).toEqual([]);
      await expect(updateTriageSettings(chief2, db, SETTINGS)).rejects.toThrow("无权修改繁简分流规则设置");
      await expect(
        updateTriageSettings(office, db, {
          ...SETTINGS,
          fastTrack: { ...SETTINGS.fastTrack, maxParties: 1 },
        }),
      ).rejects.toMatchObject({
        field: "fastTrack.maxParties",
        message: expect.stringMatching(/^速裁当事人人数上限：/),
      });
      expect((await triageSettingsHistory(office, db, {})).total).toBe(0);
    });

    it("every change is in the history with who, when and what changed, newest first", async () => {
      const first = await updateTriageSettings(office, db, SETTINGS, "2024-07-01T02:00:00.000Z");
      expect(first.isDefault).toBe(false);
      expect(first.settings.averageWages).toEqual(SETTINGS.averageWages);
      await updateTriageSettings(
        office,
        db,
        { ...SETTINGS, fastTrack: { ...SETTINGS.fastTrack, maxAmountYuan: 400_000 } },
        "2024-07-02T02:00:00.000Z",
      );
      const h = await triageSettingsHistory(judgeJia, db, {});
      expect(h.total).toBe(2);
      expect(h.rows.map((r) => [r.at, r.user])).toEqual([
        ["2024-07-02T02:00:00.000Z", "office"],
        ["2024-07-01T02:00:00.000Z", "office"],
      ]);
      expect(h.rows[0]?.changes).toEqual([
        { field: "fastTrack.maxAmountYuan", label: "速裁标的额上限", before: "500000", after: "400000" },
      ]);
      expect(h.rows[1]?.changes.map((c) => c.label)).toEqual(["上年度就业人员年平均工资"]);
      expect(h.rows[1]?.changes[0]?.after).toBe("2024-01-01起 2023年度 100000元（演示数据）");
      // Back to the test's settings (400,000 still holds 民初4's 300,000).
      await updateTriageSettings(office, db, SETTINGS, "2024-07-03T02:00:00.000Z");
      expect((await triageSettingsHistory(office, db, { pageSize: 1 })).rows).toHaveLength(1);
    });

    it("suggestions: every pending 民初 case with its track, within the reader's scope", async () => {
      const all = await listSuggestions(office, db, {}, AS_OF);
      expect(all.total).toBe(5);
      expect(all.counts).toEqual([
        { track: "小额诉讼程序", count: 2 },
        { track: "速裁", count: 1 },
        { track: "简易程序", count: 1 },
        { track: "普通程序", count: 1 },
      ]);
      const by = Object.fromEntries(all.rows.map((r) => [r.caseNumber, r.track]));
      expect(by).toEqual({
        [n("民初1")]: "小额诉讼程序",
        [n("民初2")]: "小额诉讼程序",
        [n("民初3")]: "普通程序",
        [n("民初4")]: "速裁",
        [n("民初5")]: "简易程序",
      });
      const four = all.rows.find((r) => r.caseNumber === n("民初4"));
      expect(four?.actualTrack).toBe("速裁");
      expect(four?.reasons.join("")).toContain("标的额300,000元，不超过速裁标的额上限500,000元");
      const small = await listSuggestions(office, db, { track: "小额诉讼程序" }, AS_OF);
      expect(small.rows.map((r) => r.caseNumber).sort()).toEqual([n("民初1"), n("民初2")]);
      expect((await listSuggestions(chief2, db, {}, AS_OF)).rows.map((r) => r.caseNumber)).toEqual([
        n("民初5"),
      ]);
      expect((await listSuggestions(chief2, db, { division: "民一庭" }, AS_OF)).total).toBe(0);
      expect((await listSuggestions(judgeJia, db, {}, AS_OF)).total).toBe(3);
      const paged = await listSuggestions(office, db, { pageSize: 2, page: 3 }, AS_OF);
      expect(paged.rows).toHaveLength(1);
    });

    it("mismatches: pending ones and those closed in the period, both ways", async () => {
      const q = { from: "2024-04-01", to: "2024-06-30" };
      const all = await listMismatches(office, db, q, AS_OF);
      expect(all.counts).toEqual([
        { kind: "simple-as-ordinary", count: 2 },
        { kind: "ordinary-as-simple", count: 1 },
      ]);
      expect(Object.fromEntries(all.rows.map((r) => [r.caseNumber, r.kind]))).toEqual({
        [n("民初2")]: "simple-as-ordinary",
        [n("民初3")]: "ordinary-as-simple",
        [n("民初6")]: "simple-as-ordinary",
      });
      const six = all.rows.find((r) => r.caseNumber === n("民初6"));
      expect(six?.closedOn).toBe("2024-05-10");
      expect(six?.reasons.at(-1)).toBe("立案时适用普通程序，而分流规则建议适用小额诉讼程序");
      const closed = await listMismatches(office, db, { ...q, status: "closed" }, AS_OF);
      expect(closed.rows.map((r) => r.caseNumber)).toEqual([n("民初6")]);
      const pending = await listMismatches(
        office,
        db,
        { ...q, status: "pending", kind: "ordinary-as-simple" },
        AS_OF,
      );
      expect(pending.rows.map((r) => r.caseNumber)).toEqual([n("民初3")]);
      // The default period is the previous quarter: 2024-04-01 … 2024-06-30 for 2024-08-01.
      expect(previousQuarter(AS_OF)).toEqual(q);
      expect(previousQuarter("2024-02-10")).toEqual({ from: "2023-10-01", to: "2023-12-31" });
      expect((await listMismatches(office, db, {}, AS_OF)).total).toBe(3);
      expect((await listMismatches(chief2, db, q, AS_OF)).total).toBe(0);
    });

    it("exports the suggestions as .xlsx: a title row, the headers, one row a case", async () => {
      const f = await exportSuggestions(office, db, {}, AS_OF);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(f.content as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      expect(ws?.getRow(2).getCell(1).value).toBe("案号");
      expect(ws?.actualRowCount).toBe(2 + 5);
    });
  });
}
