/**
 * The monthly 审限与长期未结通报 on SQLite and PostgreSQL: a hand-built court imported from CSV, the
 * bulletin for 2024-06 computed as of 2024-06-30 (and 2024-05-31 for "last month"), the workbook
 * and the Word document read back from their bytes; then the API (permissions, content types,
 * month validation). Every expected figure is derived by hand next to the case it comes from.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBulletin } from "../../../src/app/bulletins/build-bulletin.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { ForbiddenError, InvalidInputError } from "../../../src/app/shared/errors.js";
import { writeDivisionOrder } from "../../../src/db/settings/division-order.js";
import type { BulletinData } from "../../../src/domain/bulletin/model.js";
import { bulletinSummary } from "../../../src/domain/bulletin/summary.js";
import { writeBulletinDocx } from "../../../src/io/bulletin-docx.js";
import { writeBulletinXlsx } from "../../../src/io/bulletin-xlsx.js";
import { ApiClient, startTestApp, type TestApp } from "../../helpers/app.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-bulletin-"));
const actor = systemActor("tester");
/** The import (and the stored alerts) are as of 2024-07-15; the bulletin is for June. */
const EVERY_FINDING = {
  naturalOverLimitMinDays: 1,
  excludedSharePercent: 30,
  excludedShareMinExcludedDays: 1,
  concealedClosedWithinDays: 100_000,
};
const TODAY = "2024-07-15";

const CIVIL1 = "民事审判第一庭";
const CIVIL2 = "民事审判第二庭";
const CRIMINAL = "刑事审判庭";
const ENFORCEMENT = "执行局";
const PROSECUTOR = "内蒙古自治区鄂尔多斯市东胜区人民检察院";

const HEADER =
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企,上诉,二审结果";
const CASES = [
  HEADER,
  // C1 简易 filed 01-15: 3 months → 2024-04-15 (Mon). Overdue 05-31 (46 days) and 06-30 (76 days).
  //    Six months on 2024-07-15: at 06-30, 15 days away → 临近六个月. At 05-31, 45 days: nothing.
  `（2024）内0602民初101号,民间借贷纠纷,2024-01-15,简易程序,${CIVIL1},张三,,,10000,甲某,乙某,否,,`,
  // C2 简易 filed 03-01: 3 months → 06-01 (Sat) → 06-03 (Mon). 05-31: 3 days left → 5日内届满;
  //    06-30: overdue 27 days.
  `（2024）内0602民初102号,买卖合同纠纷,2024-03-01,简易程序,${CIVIL1},李四,,,10000,甲某,乙某,否,,`,
  // C3 普通 filed 01-22: 6 months → 07-22 (Mon), period 182 days. 06-30: 22 days left ≤ 30 →
  //    即将届满; 05-31: 52 left, 130 used, 130 × 3 = 390 ≥ 182 × 2 = 364 → 已过三分之二.
  //    Six months on 07-22: at 06-30, 22 days → 临近六个月.
  `（2024）内0602民初103号,物业服务合同纠纷,2024-01-22,普通程序,${CIVIL1},张三,,,10000,甲某,乙某,否,,`,
  // C4 普通 filed 2023-06-20, base end 2023-12-20, extended 6 months (approved 2023-12-01, 19 days
  //    ahead: in time) → 2024-06-20 (Thu). 06-30: overdue 10 days; 满一年 (2024-06-20).
  //    05-31: 20 days left → 即将届满; 满六个月 (2023-12-20) and 临近一年 (20 days); and, running past
  //    the base end thanks to the extension, 自然审理期间超过法定审限 (a concealed-overrun finding).
  `（2023）内0602民初904号,金融借款合同纠纷,2023-06-20,普通程序,${CIVIL1},李四,,,10000,甲某,乙某,否,,`,
  // C5 执保 (no statutory limit) filed 2022-06-10. 06-30: 满二年 (2024-06-10). 05-31: 满一年半
  //    (2023-12-10) and 临近二年 (10 days).
  `（2022）内0602执保55号,买卖合同纠纷,2022-06-10,,${ENFORCEMENT},赵六,,,10000,甲某,乙某,否,,`,
  // C6 执 filed 2021-05-10: 6 months → 2021-11-10 (Wed). Overdue both months (963 days at 06-30,
  //    933 at 05-31); 满三年 (2024-05-10) both months.
  `（2021）内0602执88号,民间借贷纠纷,2021-05-10,执行实施,${ENFORCEMENT},赵六,,,10000,甲某,乙某,否,,`,
  // C7 普通 filed 02-01 with a 鉴定 exclusion open since 03-10. 06-30: open 112 days > 90 →
  //    扣除或中止期间长期未结束; excluded 113 of 150 natural days (75.3 %) → 扣除审限天数占比过高.
  //    05-31: open 82 days (no), excluded 83 of 120 (69.2 %) → 占比过高 only. Six months on 08-01:
  //    32 days after 06-30 → not yet "approaching" (30).
  `（2024）内0602民初107号,建设工程施工合同纠纷,2024-02-01,普通程序,${CIVIL1},张三,,,10000,甲某,乙某,否,,`,
  // C8 简易 filed 02-01: 3 months → 05-01 (劳动节) → 05-06. 05-31: overdue 25 days; closed 06-10
  //    → nothing at 06-30.
  `（2024）内0602民初108号,离婚纠纷,2024-02-01,简易程序,${CIVIL1},李四,2024-06-10,判决,,甲某,乙某,否,否,`,
  // C9 刑初 速裁 filed 06-24: 10 days → 07-04 (Thu). 06-30: 4 days left ≤ 5 → 5日内届满. Not yet
  //    filed at 05-31.
  `（2024）内0602刑初209号,危险驾驶罪,2024-06-24,速裁程序,${CRIMINAL},王五,,,,${PROSECUTOR},丙某,否,,`,
  // C10 filed 07-02, after June: in neither month.
  `（2024）内0602民初110号,民间借贷纠纷,2024-07-02,简易程序,${CIVIL1},张三,,,10000,甲某,乙某,否,,`,
  // C11 刑初 普通 filed 04-22: 2 months → 06-22 (Sat) → 06-24 (Mon). 06-30: overdue 6 days.
  //    05-31: 24 days left > 15 (criminal window), 39 of 63 days used < 2/3 → nothing.
  `（2024）内0602刑初111号,盗窃罪,2024-04-22,普通程序,${CRIMINAL},王五,,,,${PROSECUTOR},丁某,否,,`,
  // C12 执保 filed 2023-07-20: 满六个月 (2024-01-20) both months; 06-30: 临近一年 (07-20, 20 days);
  //    05-31: 50 days → not approaching.
  `（2023）内0602执保66号,买卖合同纠纷,2023-07-20,,${ENFORCEMENT},赵六,,,10000,甲某,乙某,否,,`,
  // C13 普通 filed 2023-09-01, base end 2024-03-01, extended twice (02-05 3 months, 03-20 1 month),
  //    closed 2024-04-10: 多次延长审限 and 自然审理期间超过法定审限 — but closed before May, so in
  //    neither month's bulletin.
  `（2023）内0602民初951号,房屋租赁合同纠纷,2023-09-01,普通程序,${CIVIL2},孙七,2024-04-10,判决,10000,甲某,乙某,否,否,`,
  // C14 the same timeline, closed 2024-06-12 (deadline 03-01 + 3 + 1 months = 07-01: on time).
  //    06-30: closed in June → its two findings count (多次延长, 自然期间超过法定审限).
  //    05-31: pending, the same two findings; 满六个月 (2024-03-01); 31 days left (not due soon),
  //    273 of 304 days used → 已过三分之二.
  `（2023）内0602民初952号,房屋租赁合同纠纷,2023-09-01,普通程序,${CIVIL2},孙七,2024-06-12,判决,10000,甲某,乙某,否,否,`,
].join("\n");
const EVENTS = [
  "案号,事项,原因,开始日期,结束日期,期限,新程序,批准人,说明",
  "（2023）内0602民初904号,延长审限,,2023-12-01,,6个月,,院长,",
  "（2024）内0602民初107号,扣除审限,鉴定,2024-03-10,,,,,委托司法鉴定",
  "（2023）内0602民初951号,延长审限,,2024-02-05,,3个月,,院长,",
  "（2023）内0602民初951号,延长审限,,2024-03-20,,1个月,,院长,",
  "（2023）内0602民初952号,延长审限,,2024-02-05,,3个月,,院长,",
  "（2023）内0602民初952号,延长审限,,2024-03-20,,1个月,,院长,",
].join("\n");

/*
 * Totals by hand:
 *                      06-30                         05-31
 * 超审限未结            C1 C2 C4 C6 C11 = 5           C1 C6 C8 = 3          → 较上月增加 2 件
 * 5日内届满             C9 = 1                        C2 = 1
 * 即将届满              C3 = 1                        C4 = 1                (临近届满 2 vs 2 → 与上月持平)
 * 已过三分之二          0                             C3 C14 = 2
 * 满六个月              C12 = 1                       C4 C12 C14 = 3
 * 满一年                C4 = 1                        0
 * 满一年半              0                             C5 = 1
 * 满二年                C5 = 1                        0
 * 满三年                C6 = 1                        C6 = 1                (长期未结 4 vs 5; 满一年以上 3 vs 2)
 * 临近节点              C1 C3 (6m), C12 (12m) = 3     C4 (12m), C5 (24m) = 2
 * 隐形超审限线索        C7 ×2, C14 ×2 = 4 (2 cases)   C4, C7, C14 ×2 = 4 (3 cases); never C13
 * By division, 超审限未结: 民一 3 vs 2 (C1 C2 C4 / C1 C8); 刑事 1 vs 0 (C11); 执行局 1 vs 1 (C6).
 */

function write(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text of word/document.xml, one line per paragraph (runs joined). */
async function docxText(buffer: Buffer): Promise<{ xml: string; lines: string[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file("word/document.xml");
  if (!file) throw new Error("no word/document.xml in the .docx");
  const xml = await file.async("string");
  const lines = xml
    .split("</w:p>")
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) =>
          (m[1] as string).replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e] ?? ""),
        )
        .join(""),
    )
    .filter((l) => l !== "");
  return { xml, lines };
}

/** The rows of a sheet as plain arrays (column A first; merged cells repeat the master value). */
function rowsOf(ws: ExcelJS.Worksheet): (string | number | null)[][] {
  const out: (string | number | null)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    out.push(Array.from(values, (v) => (v === undefined || v === null ? null : (v as string | number))));
  });
  return out;
}

function rowsStarting(rows: (string | number | null)[][], first: string): (string | number | null)[][] {
  return rows.filter((r) => r[0] === first);
}

/** The first row whose column A is `first`. */
function rowStarting(rows: (string | number | null)[][], first: string): (string | number | null)[] {
  const hit = rowsStarting(rows, first)[0];
  expect(hit, `a row starting with ${first}`).toBeDefined();
  return hit as (string | number | null)[];
}

for (const dialect of TEST_DIALECTS) {
  describe(`bulletin on ${dialect}`, () => {
    let db: TestDb;
    let data: BulletinData;
    let xlsx: Buffer;
    let docx: Buffer;

    beforeAll(async () => {
      db = await freshDb(dialect);
      const r = await importCases(actor, db, [write("cases.csv", CASES), write("events.csv", EVENTS)], {
        today: TODAY,
      });
      expect(r.errors).toEqual([]);
      // The hand counts below take a court that warns on every concealed overrun (the default
      // thresholds keep only the abnormal cases: the last test of this file).
      data = await buildBulletin(actor, db, "2024-06", { today: TODAY, settings: EVERY_FINDING });
      xlsx = await writeBulletinXlsx(data);
      docx = await writeBulletinDocx(data);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("computes the counts as of the month's last day and the previous month's", () => {
      expect(data.court).toEqual({ code: "内0602", name: "鄂尔多斯市东胜区人民法院" });
      expect(data).toMatchObject({
        month: "2024-06",
        from: "2024-06-01",
        to: "2024-06-30",
        asOf: "2024-06-30",
        previous: { month: "2024-05", asOf: "2024-05-31" },
        generatedOn: TODAY,
      });
      // 第二 (èr) sorts before 第一 (yī) in pinyin order.
      expect(data.divisions).toEqual([CIVIL2, CIVIL1, CRIMINAL, ENFORCEMENT]);
      expect(data.thisMonth.total).toEqual({
        "time-limit.overdue": 5,
        "time-limit.due-critical": 1,
        "time-limit.due-soon": 1,
        "long-pending.6m": 1,
        "long-pending.12m": 1,
        "long-pending.24m": 1,
        "long-pending.36m": 1,
        "long-pending.approaching.6m": 2,
        "long-pending.approaching.12m": 1,
        "concealed-overrun.open-interval-stale": 1, // C7
        "concealed-overrun.excluded-share": 1, // C7
        "concealed-overrun.natural-over-limit": 1, // C14
        "concealed-overrun.repeated-extension": 1, // C14
        "concealed-overrun.cases": 2,
      });
      expect(data.lastMonth.total).toEqual({
        "time-limit.overdue": 3,
        "time-limit.due-critical": 1,
        "time-limit.due-soon": 1,
        "time-limit.used-two-thirds": 2,
        "long-pending.6m": 3,
        "long-pending.18m": 1,
        "long-pending.36m": 1,
        "long-pending.approaching.12m": 1,
        "long-pending.approaching.24m": 1,
        "concealed-overrun.natural-over-limit": 2, // C4, C14
        "concealed-overrun.excluded-share": 1, // C7
        "concealed-overrun.repeated-extension": 1, // C14
        "concealed-overrun.cases": 3,
      });
      expect(data.thisMonth.byDivision[CIVIL1]?.["time-limit.overdue"]).toBe(3);
      expect(data.lastMonth.byDivision[CIVIL1]?.["time-limit.overdue"]).toBe(2);
      expect(data.lastMonth.byDivision[CRIMINAL]).toBeUndefined();
      expect(data.thisMonth.byJudge.find((j) => j.judge === "李四")?.counts).toEqual({
        "time-limit.overdue": 2, // C2, C4
        "long-pending.12m": 1, // C4
      });
    });

    it("lists the cases, with filing dates and causes from the case table", () => {
      const overdue = data.timeLimit.filter((c) => c.ruleId === "time-limit.overdue");
      expect(overdue.map((c) => [c.caseNumber, c.deadline, -c.daysLeft])).toEqual([
        // sorted by division, judge (李四 before 张三 in pinyin), then the most overdue first
        ["（2024）内0602民初102号", "2024-06-03", 27],
        ["（2023）内0602民初904号", "2024-06-20", 10],
        ["（2024）内0602民初101号", "2024-04-15", 76],
        ["（2024）内0602刑初111号", "2024-06-24", 6],
        ["（2021）内0602执88号", "2021-11-10", 963],
      ]);
      expect(overdue[4]).toMatchObject({ filedOn: "2021-05-10", cause: "民间借贷纠纷", judge: "赵六" });
      const approaching = data.longPending.filter((c) => c.kind === "approaching");
      expect(approaching.map((c) => [c.caseNumber, c.months, c.milestoneOn, c.daysUntil])).toEqual([
        ["（2024）内0602民初101号", 6, "2024-07-15", 15],
        ["（2024）内0602民初103号", 6, "2024-07-22", 22],
        ["（2023）内0602执保66号", 12, "2024-07-20", 20],
      ]);
      const all = [...data.timeLimit, ...data.longPending, ...data.concealed].map((c) => c.caseNumber);
      expect(all).not.toContain("（2024）内0602民初110号"); // filed in July
      expect(all).not.toContain("（2024）内0602民初108号"); // closed 06-10
      expect(all).not.toContain("（2023）内0602民初951号"); // closed in April
      // Both have two findings, the worst a warning: case number order.
      expect(data.topConcealed.map((t) => [t.caseNumber, t.findings.length])).toEqual([
        ["（2023）内0602民初952号", 2],
        ["（2024）内0602民初107号", 2],
      ]);
    });

    it("does not read the stored alerts (which are as of the import day)", async () => {
      // At 2024-07-15 C9's 10-day limit (07-04) has run out too: 6 stored overdue alerts, not 5.
      const stored = await db.db
        .selectFrom("alerts")
        .select(["case_number", "as_of"])
        .where("rule_id", "=", "time-limit.overdue")
        .where("state", "<>", "resolved")
        .execute();
      expect(stored).toHaveLength(6);
      expect(new Set(stored.map((s) => s.as_of))).toEqual(new Set([TODAY]));
      expect(data.thisMonth.total["time-limit.overdue"]).toBe(5);
    });

    it("takes the core figures of the month from the indicators", () => {
      // June: filed C9 (06-24) → 1; closed C8 (06-10, 130 days, after its deadline) and C14 (06-12,
      // 2023-09-01 → 2024-06-12 = 285 days, on time) → 2; 结收比 2 / 1; 审限内 1 / 2; (130 + 285) / 2.
      expect(data.indicators.court.filed?.value).toBe(1);
      expect(data.indicators.court.closed?.value).toBe(2);
      expect(data.indicators.court.clearance_rate?.value).toBe(2);
      expect(data.indicators.court.on_time_rate?.value).toBe(0.5);
      expect(data.indicators.court.avg_duration_days?.value).toBe(207.5);
      expect(data.indicators.court.overdue_pending?.value).toBe(5);
      expect(data.indicators.court.long_pending_12m?.value).toBe(3); // C4, C5, C6
    });

    it("writes a workbook: 汇总 and one sheet per topic, with per-division subtotals", async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "审限预警", "长期未结", "隐形超审限"]);

      const summary = rowsOf(wb.getWorksheet("汇总") as ExcelJS.Worksheet);
      expect(String(summary[0]?.[0])).toBe("鄂尔多斯市东胜区人民法院2024年6月审限与长期未结情况汇总");
      expect(summary[3]?.slice(0, 4)).toEqual(["承办部门", "超审限未结", "超审限未结", "超审限未结"]);
      expect(summary[4]?.slice(0, 4)).toEqual(["承办部门", "本月", "上月", "增减"]);
      // 超审限未结 本月 / 上月 / 增减, then 临近届满 本月 / 上月 / 增减
      expect(rowStarting(summary, CIVIL1).slice(1, 7)).toEqual([3, 2, 1, 1, 2, -1]);
      expect(rowStarting(summary, CRIMINAL).slice(1, 7)).toEqual([1, 0, 1, 1, 0, 1]);
      expect(rowStarting(summary, ENFORCEMENT).slice(1, 7)).toEqual([1, 1, 0, 0, 0, 0]);
      expect(rowStarting(summary, CIVIL2).slice(1, 10)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, -1]); // C14 2/3 in May
      expect(rowStarting(summary, "全院合计").slice(1, 7)).toEqual([5, 3, 2, 2, 2, 0]);
      // The core figures: 新收, 结案, 结收比, 法定审限内结案率, 平均审理天数, 超审限未结, 超12个月未结
      expect(rowStarting(summary, "全院")).toEqual(["全院", 1, 2, 2, 0.5, 207.5, 5, 3]);
      // The division rows of the figures table (the second row starting with the division).
      expect(rowsStarting(summary, CIVIL1)[1]).toEqual([CIVIL1, 0, 1, null, 0, 130, 3, 1]);
      expect(rowsStarting(summary, CIVIL2)[1]).toEqual([CIVIL2, 0, 1, null, 1, 285, 0, 0]);

      const tl = rowsOf(wb.getWorksheet("审限预警") as ExcelJS.Worksheet);
      expect(tl[3]).toEqual([
        "承办部门",
        "已超审限",
        "5日内届满",
        "即将届满",
        "已过三分之二",
        "合计",
        "上月合计",
        "增减",
      ]);
      expect(tl[4]).toEqual([CIVIL2, 0, 0, 0, 0, 0, 1, -1]); // C14 2/3 in May, closed in June
      // C1 C2 C4 overdue + C3 due soon = 4; last month C1 C8 overdue, C2 critical, C4 soon, C3 2/3 = 5
      expect(tl[5]).toEqual([CIVIL1, 3, 0, 1, 0, 4, 5, -1]);
      expect(tl[6]).toEqual([CRIMINAL, 1, 1, 0, 0, 2, 0, 2]);
      expect(tl[7]).toEqual([ENFORCEMENT, 1, 0, 0, 0, 1, 1, 0]);
      expect(tl[8]).toEqual(["全院合计", 5, 1, 1, 0, 7, 7, 0]);
      const sub = rowStarting(tl, `${CIVIL1} 小计`);
      expect(sub[2]).toBe(4);
      expect(sub[5]).toBe("已超审限 3，即将届满 1");
      expect(rowStarting(tl, `${CRIMINAL} 小计`)[2]).toBe(2);
      expect(rowStarting(tl, "合计")[2]).toBe(7);
      // 剩余/超期天数 reads as on screen: C6 overdue 963 days.
      expect(tl.some((r) => r[2] === "（2021）内0602执88号" && r[7] === "已超 963 天")).toBe(true);

      const lp = rowsOf(wb.getWorksheet("长期未结") as ExcelJS.Worksheet);
      expect(lp[3]?.slice(0, 7)).toEqual([
        "承办部门",
        "满六个月",
        "满一年",
        "满一年半",
        "满二年",
        "满三年",
        "合计",
      ]);
      // 满六/一年/一年半/二年/三年, 合计, 上月合计, 增减, 临近六个月/一年/一年半/二年/三年, 临近合计
      expect(rowStarting(lp, ENFORCEMENT).slice(1)).toEqual([1, 0, 0, 1, 1, 3, 3, 0, 0, 1, 0, 0, 0, 1]);
      expect(rowStarting(lp, "全院合计").slice(1)).toEqual([1, 1, 0, 1, 1, 4, 5, -1, 2, 1, 0, 0, 0, 3]);
      expect(rowStarting(lp, `${ENFORCEMENT} 小计`)[2]).toBe(4); // C6, C5, C12 reached + C12 approaching

      const co = rowsOf(wb.getWorksheet("隐形超审限") as ExcelJS.Worksheet);
      const civil = rowStarting(co, CIVIL1);
      // … 线索合计, 涉及案件, 上月线索, 增减
      expect(civil.slice(-4)).toEqual([2, 1, 2, 0]);
      expect(rowStarting(co, CIVIL2).slice(-4)).toEqual([2, 1, 2, 0]); // C14 both months
      expect(rowStarting(co, `${CIVIL1} 小计`)[2]).toBe(2);
      expect(rowStarting(co, "全院合计").slice(-4)).toEqual([4, 2, 4, 0]);
    });

    it("writes a Word document with the title, the month's counts and the cases", async () => {
      const { xml, lines } = await docxText(docx);
      const text = lines.join("\n");
      expect(lines[0]).toBe("鄂尔多斯市东胜区人民法院 2024年6月审限与长期未结案件通报");
      for (const h of [
        "一、总体情况",
        "二、临近各节点的案件",
        "三、超审限案件",
        "四、隐形超审限线索",
        "五、工作要求",
      ]) {
        expect(lines).toContain(h);
      }
      expect(text).toContain("截至2024年6月30日，全院超审限未结案件 5 件，较上月增加 2 件");
      expect(text).toContain("审限临近届满案件 2 件（其中5日内届满 1 件），与上月持平");
      expect(text).toContain("审限已过三分之二的案件 0 件，较上月减少 2 件");
      expect(text).toContain("长期未结案件（立案满六个月以上未结）4 件，较上月减少 1 件");
      expect(text).toContain("满六个月 1 件、满一年 1 件、满一年半 0 件、满二年 1 件、满三年 1 件");
      expect(text).toContain("满一年以上 3 件，较上月增加 1 件");
      expect(text).toContain("隐形超审限线索 4 条，涉及案件 2 件，与上月持平");
      expect(text).toContain("结收比 200.00%，法定审限内结案率 50.00%，平均审理天数 207.5 天");
      // 二: C1 approaching six months, grouped under its division; C12 approaching one year.
      const section2 = text.slice(text.indexOf("二、临近各节点的案件"), text.indexOf("三、超审限案件"));
      expect(section2).toContain("（一）民事审判第一庭（2 件：张三 2 件）");
      expect(section2).toContain("（2024）内0602民初101号\n张三\n2024年1月15日\n立案满六个月\n2024年7月15日");
      expect(section2).toContain("（2023）内0602执保66号\n赵六\n2023年7月20日\n立案满一年\n2024年7月20日");
      // 三: C6, overdue since 2021-11-10.
      const section3 = text.slice(text.indexOf("三、超审限案件"), text.indexOf("四、隐形超审限线索"));
      expect(section3).toContain("（2021）内0602执88号\n执行局\n赵六\n2021年11月10日\n已超 963 天");
      expect(section3).toContain("其中民事审判第一庭 3 件、刑事审判庭 1 件、执行局 1 件");
      // 四: by rule, with last month, and the top case.
      const section4 = text.slice(text.indexOf("四、隐形超审限线索"), text.indexOf("五、工作要求"));
      expect(section4).toContain("扣除或中止期间长期未结束\n1\n0\n+1");
      expect(section4).toContain("自然审理期间超过法定审限\n1\n2\n-1");
      expect(section4).toContain("多次延长审限\n1\n1\n0");
      expect(section4).toContain("合计\n4\n4\n0");
      expect(section4).toContain("（2024）内0602民初107号");
      expect(text).toContain("逐案过堂");
      expect(text).toContain("限期清结");
      expect(text).not.toContain("（2024）内0602民初110号");
      expect(text).not.toContain("（2023）内0602民初951号");
      // Tables have header rows (repeated on each page); the package is a Word document.
      expect(xml.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThanOrEqual(5);
      const zip = await JSZip.loadAsync(docx);
      const types = await zip.file("[Content_Types].xml")?.async("string");
      expect(types).toContain(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      );
    });

    it("refuses bad months, months not begun, and roles without the permission", async () => {
      await expect(buildBulletin(actor, db, "2024-13", { today: TODAY })).rejects.toBeInstanceOf(
        InvalidInputError,
      );
      await expect(buildBulletin(actor, db, "2024-6", { today: TODAY })).rejects.toBeInstanceOf(
        InvalidInputError,
      );
      await expect(buildBulletin(actor, db, "2024-08", { today: TODAY })).rejects.toBeInstanceOf(
        InvalidInputError,
      );
      await expect(
        buildBulletin({ username: "j", role: "judge", judgeName: "张三" }, db, "2024-06", { today: TODAY }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        buildBulletin({ username: "c", role: "chief", division: CIVIL1 }, db, "2024-06", { today: TODAY }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("sums the headline figures for the screen: this month against last, by division", () => {
      const summary = bulletinSummary(data);
      // From the table of totals by hand above.
      expect(summary.headlines.map((h) => [h.id, h.thisMonth, h.lastMonth, h.change])).toEqual([
        ["overdue", 5, 3, "较上月增加 2 件"],
        ["due", 2, 2, "与上月持平"],
        ["two-thirds", 0, 2, "较上月减少 2 件"],
        ["long-pending", 4, 5, "较上月减少 1 件"],
        ["long-pending-12m", 3, 2, "较上月增加 1 件"],
        ["approaching", 3, 2, "较上月增加 1 件"],
        ["concealed", 4, 4, "与上月持平"],
        ["concealed-cases", 2, 3, "较上月减少 1 件"],
      ]);
      const civil1 = summary.divisions.find((d) => d.division === CIVIL1);
      // 超审限未结 民一: C1 C2 C4 vs C1 C8.
      expect(civil1?.headlines.find((h) => h.id === "overdue")).toEqual({
        id: "overdue",
        thisMonth: 3,
        lastMonth: 2,
      });
      expect(summary.divisions.map((d) => d.division)).toEqual(data.divisions);
    });

    it("lists the divisions in the court's own order when it has one: data, workbook, document", async () => {
      // 民一庭 before 民二庭, as the court lists them (pinyin order puts 第二 first).
      const order = [CIVIL1, CIVIL2, CRIMINAL, ENFORCEMENT];
      await writeDivisionOrder(db, order, "2024-07-15T00:00:00Z");
      try {
        const ordered = await buildBulletin(actor, db, "2024-06", { today: TODAY });
        expect(ordered.divisions).toEqual(order);
        expect(ordered.indicators.byDivision.map((g) => g.division)).toEqual(
          order.filter((d) => ordered.indicators.byDivision.some((g) => g.division === d)),
        );
        // Judges by division in that order: 民一 (李四, 张三), 民二 (孙七), 刑事 (王五), 执行局 (赵六).
        expect(ordered.thisMonth.byJudge.map((j) => j.division)).toEqual(
          [...ordered.thisMonth.byJudge.map((j) => j.division)].sort(
            (a, b) => order.indexOf(a) - order.indexOf(b),
          ),
        );
        // The overdue list: 民一's cases before 刑事's before 执行局's.
        const overdueDivisions = ordered.timeLimit
          .filter((c) => c.ruleId === "time-limit.overdue")
          .map((c) => c.division);
        expect([...new Set(overdueDivisions)]).toEqual([CIVIL1, CRIMINAL, ENFORCEMENT]);

        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await writeBulletinXlsx(ordered)) as unknown as ArrayBuffer);
        const summary = rowsOf(wb.getWorksheet("汇总") as ExcelJS.Worksheet);
        expect(summary.slice(5, 10).map((r) => r[0])).toEqual([...order, "全院合计"]);
        const tl = rowsOf(wb.getWorksheet("审限预警") as ExcelJS.Worksheet);
        expect(tl.slice(4, 9).map((r) => r[0])).toEqual([...order, "全院合计"]);

        const { lines } = await docxText(await writeBulletinDocx(ordered));
        const text = lines.join("\n");
        const at = (d: string) => text.indexOf(`\n${d}\n`, text.indexOf("一、总体情况"));
        expect(at(CIVIL1)).toBeGreaterThan(0);
        expect(at(CIVIL1)).toBeLessThan(at(CIVIL2));
        expect(at(CIVIL2)).toBeLessThan(at(CRIMINAL));
        expect(text).toContain("其中民事审判第一庭 3 件、刑事审判庭 1 件、执行局 1 件");

        // A division the setting does not name follows those it names, in pinyin order.
        await writeDivisionOrder(db, [ENFORCEMENT], "2024-07-15T00:00:00Z");
        const partly = await buildBulletin(actor, db, "2024-06", { today: TODAY });
        expect(partly.divisions).toEqual([ENFORCEMENT, CIVIL2, CIVIL1, CRIMINAL]);
      } finally {
        await db.db.deleteFrom("settings").where("name", "=", "division_order").execute();
      }
    });

    it("computes a month in progress as of today", async () => {
      const july = await buildBulletin(actor, db, "2024-07", { today: TODAY, settings: EVERY_FINDING });
      expect(july.asOf).toBe(TODAY);
      expect(july.previous.asOf).toBe("2024-06-30");
      expect(july.lastMonth.total).toEqual(data.thisMonth.total);
      // At 07-15: C9's limit (07-04) has also run out → 6 overdue.
      expect(july.thisMonth.total["time-limit.overdue"]).toBe(6);
    });

    it("with the default thresholds, warns only on the abnormal concealed overruns", async () => {
      const june = await buildBulletin(actor, db, "2024-06", { today: TODAY });
      const concealed = (t: Record<string, number>) =>
        Object.fromEntries(Object.entries(t).filter(([k]) => k.startsWith("concealed-overrun")));
      // C14's natural duration passed its base end (2024-03-01) by 103 days at its closing on
      // 06-12 and C4's (2023-12-20) by 163 days at 05-31: both under 180. C7 excluded 113 days at
      // 06-30 and 83 at 05-31: under 180. What stays: C7's open exclusion (112 days > 90) and
      // C14's repeated extension.
      expect(concealed(june.thisMonth.total)).toEqual({
        "concealed-overrun.open-interval-stale": 1,
        "concealed-overrun.repeated-extension": 1,
        "concealed-overrun.cases": 2,
      });
      expect(concealed(june.lastMonth.total)).toEqual({
        "concealed-overrun.repeated-extension": 1,
        "concealed-overrun.cases": 1,
      });
      // The other counts do not depend on these thresholds.
      expect(june.thisMonth.total["time-limit.overdue"]).toBe(5);
    });
  });
}

describe("bulletin API", () => {
  let app: TestApp;
  const clients: Record<string, ApiClient> = {};

  beforeAll(async () => {
    app = await startTestApp({ buildWeb: false, cases: 1500 });
    const pick = (role: string) => app.accounts.find((a) => a.role === role);
    const accounts = {
      office: pick("office"),
      president: pick("president"),
      chief: pick("chief"),
      judge: pick("judge"),
      admin: app.admin,
    };
    for (const [role, a] of Object.entries(accounts)) {
      if (!a) throw new Error(`no ${role} account in the demo court`);
      const c = new ApiClient(app.url);
      expect((await c.login(a.username, a.password)).status, role).toBe(200);
      clients[role] = c;
    }
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it("gives the office the workbook and the document", async () => {
    const office = clients.office as ApiClient;
    const x = await office.get("/api/bulletins/2026-10.xlsx");
    expect(x.status).toBe(200);
    expect(x.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(x.headers.get("content-disposition")).toContain(
      encodeURIComponent("鄂尔多斯市东胜区人民法院-2026-10-审限与长期未结通报.xlsx"),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await x.arrayBuffer());
    // The demo court's 督办单 of October (issued 28 October, answered the 31st) add a 督办 sheet.
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "审限预警", "长期未结", "隐形超审限", "督办"]);

    const d = await office.get("/api/bulletins/2026-10.docx");
    expect(d.status).toBe(200);
    expect(d.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const { lines } = await docxText(Buffer.from(await d.arrayBuffer()));
    expect(lines[0]).toBe("鄂尔多斯市东胜区人民法院 2026年10月审限与长期未结案件通报");
    expect(lines.join("\n")).toContain("截至2026年10月31日");
  });

  it("lets the president and the administrator in, and no one else", async () => {
    for (const role of ["president", "admin"]) {
      expect((await clients[role]?.get("/api/bulletins/2026-10.docx"))?.status, role).toBe(200);
    }
    for (const role of ["judge", "chief"]) {
      const res = await (clients[role] as ApiClient).get("/api/bulletins/2026-10.xlsx");
      expect(res.status, role).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    }
    expect((await fetch(`${app.url}/api/bulletins/2026-10.xlsx`)).status).toBe(401);
  });

  it("gives the screen the month's headline figures, the same as the workbook's 全院合计", async () => {
    const office = clients.office as ApiClient;
    const res = await office.get("/api/bulletins/2026-10");
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      asOf: string;
      previous: { month: string; asOf: string };
      headlines: { id: string; name: string; thisMonth: number; lastMonth: number }[];
      divisions: { division: string; headlines: { id: string; thisMonth: number }[] }[];
    };
    expect(body.asOf).toBe("2026-10-31");
    expect(body.previous).toEqual({ month: "2026-09", asOf: "2026-09-30" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await office.get("/api/bulletins/2026-10.xlsx")).arrayBuffer());
    const summary = rowsOf(wb.getWorksheet("汇总") as ExcelJS.Worksheet);
    const total = rowStarting(summary, "全院合计");
    // Per headline: 本月, 上月, 增减 (columns 2–4, 5–7 …).
    body.headlines.forEach((h, i) => {
      expect([h.id, total[1 + i * 3], total[2 + i * 3]]).toEqual([h.id, h.thisMonth, h.lastMonth]);
    });
    // The demo court's divisions in its own order (the seeding sets it), not in pinyin order.
    const meta = (await (await office.get("/api/meta")).json()) as { divisionOrder: string[] };
    expect(meta.divisionOrder.slice(0, 3)).toEqual(["民事审判第一庭", "民事审判第二庭", "民事审判第三庭"]);
    const rank = (d: string) => meta.divisionOrder.indexOf(d);
    const shown = body.divisions.map((d) => d.division);
    expect(shown.every((d) => rank(d) >= 0)).toBe(true);
    expect(shown).toEqual([...shown].sort((a, b) => rank(a) - rank(b)));
    expect(summary.slice(5, 5 + shown.length).map((r) => r[0])).toEqual(shown);
  });

  it("lists the months with data, newest first", async () => {
    const office = clients.office as ApiClient;
    const meta = (await (await office.get("/api/meta")).json()) as { dataRange: { firstFiled: string } };
    const body = (await (await office.get("/api/bulletins")).json()) as {
      months: { month: string; inProgress: boolean }[];
    };
    // From today's month (2026-11, in progress) back to the month of the first filing.
    const first = meta.dataRange.firstFiled.slice(0, 7);
    const span = (2026 - Number(first.slice(0, 4))) * 12 + (11 - Number(first.slice(5, 7))) + 1;
    expect(body.months.length).toBe(span);
    expect(body.months[0]).toEqual({ month: "2026-11", inProgress: true });
    expect(body.months[1]).toEqual({ month: "2026-10", inProgress: false });
    expect(body.months.at(-1)?.month).toBe(first);
  });

  it("answers 400 for a bad month", async () => {
    const office = clients.office as ApiClient;
    for (const bad of ["2026-13", "2026-1", "202610", "latest"]) {
      const res = await office.get(`/api/bulletins/${bad}.xlsx`);
      expect(res.status, bad).toBe(400);
      const body = (await res.json()) as { error: { code: string; field?: string } };
      expect(body.error.code).toBe("bad-request");
      expect(body.error.field).toBe("month");
    }
    const json = await office.get("/api/bulletins/latest");
    expect(json.status).toBe(400);
    expect(((await json.json()) as { error: { field: string } }).error.field).toBe("month");
    // A month that has not begun (today is 2026-11-27).
    const future = await office.get("/api/bulletins/2026-12.docx");
    expect(future.status).toBe(400);
    expect(((await future.json()) as { error: { field: string } }).error.field).toBe("month");
  });
});
