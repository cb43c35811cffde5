/**
 * The quarterly 审判态势分析报告 and the monthly 审判质效通报 on SQLite and PostgreSQL, over the
 * hand-built golden court (test/fixtures/golden-court.ts; facts as of 2025-06-30). The documents
 * are read back from their bytes: the .docx's 收结存 figures equal the indicator engine's for the
 * period (and the hand counts below), the .xlsx cells equal them, and every chart is a PNG of the
 * size it was drawn at inside word/media.
 *
 * 2024 Q4 (2024-10-01 … 2024-12-31) by hand, case numbers of the fixture:
 * - 新收: 11 (10-08), 13 (11-11), 14 (12-20), 20 (12-25) = 4
 * - 结案: 8 (11-15), 9 (12-30), 13 (11-25), 22 (10-10) = 4
 * - 旧存 at 10-01: 2, 8, 9, 12, 16, 22, 24, 25 = 8; 未结 at 12-31: 2, 11, 12, 14, 16, 20, 24, 25 = 8 (8 + 4 − 4)
 * - ladder at 12-31 (立案 + N months < 12-31): 24 (2024-06-17, +6 m 12-17) ≥ 6; 25 (2023-09-01) ≥ 12;
 *   2 (2023-06-01, +18 m 2024-12-01) ≥ 18; 16 (2021-06-01, +36 m 2024-06-01) ≥ 36
 *   → cumulative ≥6: 4, ≥12: 3, ≥18: 2, ≥24: 1, ≥36: 1; bands 1, 1, 1, 0, 1
 * - 一审结案 in Q4: 8 (改判), 9 (发回重审), 13 → 3, of which 2 reversed or remanded
 * 2024-11: 新收 13 = 1; 结案 8, 13 = 2.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { computeIndicators } from "../../../src/app/indicators/compute-indicators.js";
import { buildMonthlyQualityReport } from "../../../src/app/reports/build-monthly-quality-report.js";
import { buildQuarterlyReport } from "../../../src/app/reports/build-quarterly-report.js";
import type { BuiltReport } from "../../../src/app/reports/build-report.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { ForbiddenError, InvalidInputError } from "../../../src/app/shared/errors.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { casesCsv, EVENTS, M1 } from "../../fixtures/golden-court.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const actor = systemActor("tester");
const chief: Actor = { username: "chief", role: "chief", division: M1 };
const otherChief: Actor = { username: "chief2", role: "chief", division: "刑事审判庭" };
const judge: Actor = { username: "judge", role: "judge", division: M1, judgeName: "甲" };

/** The visible text of a .docx, paragraph by paragraph (tables included). */
async function docxText(
  docx: Buffer,
): Promise<{ paragraphs: string[]; media: { name: string; png: Buffer }[] }> {
  const zip = await JSZip.loadAsync(docx);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
  const media: { name: string; png: Buffer }[] = [];
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith("word/media/") && n.endsWith(".png")))
    media.push({ name, png: Buffer.from(await (zip.file(name) as JSZip.JSZipObject).async("uint8array")) });
  return { paragraphs, media };
}

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** "1,234" → 1234 */
const num = (s: string | undefined) => Number((s ?? "").replace(/,/g, ""));

async function sheetRows(xlsx: Buffer, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  ws.eachRow((r) => {
    rows.push((r.values as unknown[]).slice(1));
  });
  return rows;
}

for (const dialect of TEST_DIALECTS) {
  describe(`reports on ${dialect}`, () => {
    let db: TestDb;
    let quarterly: BuiltReport;
    beforeAll(async () => {
      db = await freshDb(dialect);
      const dir = mkdtempSync(join(tmpdir(), "shenguan-reports-"));
      writeFileSync(join(dir, "cases.csv"), casesCsv());
      writeFileSync(join(dir, "events.csv"), EVENTS);
      const r = await importCases(actor, db, [join(dir, "cases.csv"), join(dir, "events.csv")], {
        today: "2025-06-30",
      });
      expect(r.errors).toEqual([]);
      quarterly = await buildQuarterlyReport(actor, db, { quarter: "2024Q4" });
    }, 60_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("titles the quarterly report and states the data date", () => {
      expect(quarterly.title).toBe("鄂尔多斯市东胜区人民法院2024年第四季度审判态势分析报告");
      // The import was as of 2025-06-30: the facts' as-of date.
      expect(quarterly.dataDate).toBe("2025-06-30");
    });

    it("the document's 收结存 figures are the indicator engine's for the quarter", async () => {
      const panel = await computeIndicators(actor, db, {
        from: "2024-10-01",
        to: "2024-12-31",
        by: "all",
        ids: ["filed", "closed", "pending_end", "pending_start"],
      });
      const engine = (id: string) => panel.groups[0]?.indicators[id]?.value;
      // Hand counts in the header comment: 4 new, 4 closed, 8 pending at the end, 8 at the start.
      expect([engine("filed"), engine("closed"), engine("pending_end"), engine("pending_start")]).toEqual([
        4, 4, 8, 8,
      ]);

      const { paragraphs } = await docxText(quarterly.docx);
      const body = paragraphs.join("\n");
      expect(body).toContain("数据截至2025年6月30日");
      const m = /全院新收案件 ([\d,]+) 件[^；]*；结案 ([\d,]+) 件[^；]*；期末未结 ([\d,]+) 件/.exec(body);
      expect(m).not.toBeNull();
      expect([num(m?.[1]), num(m?.[2]), num(m?.[3])]).toEqual([
        engine("filed"),
        engine("closed"),
        engine("pending_end"),
      ]);
      // The 收结存 table: the row 新收 carries the same count in its 本期 column.
      const i = paragraphs.indexOf("新收");
      expect(num(paragraphs[i + 1])).toBe(engine("filed"));
      // The ladder: bands 1, 1, 1, 0, 1 (header comment); overdue at 12-31: 2, 16, 25.
      expect(body).toContain(
        "立案满六个月以上未结 4 件，其中满六个月不满一年 1 件、满一年不满一年半 1 件、满一年半不满二年 1 件、满二年不满三年 0 件、满三年以上 1 件",
      );
      expect(body).toContain("其中超审限未结 3 件");
      // 发改: 3 first-instance cases closed, 1 reversed, 1 remanded; 2 ÷ 3 = 66.7%.
      expect(body).toContain(
        "一审结案 3 件，经二审改判 1 件、发回重审 1 件，改判发回重审率 66.7%（3 件中 2 件）",
      );
      expect(body).toContain("六、下一步工作建议");
    });

    it("embeds every chart as a PNG of the size it was drawn at", async () => {
      const { media } = await docxText(quarterly.docx);
      // trend, by division, ladder
      expect(media).toHaveLength(3);
      for (const m of media) {
        expect(m.png.subarray(1, 4).toString("latin1")).toBe("PNG");
        expect(m.png.length).toBeGreaterThan(5_000);
        expect(pngSize(m.png)).toEqual({ width: 1200, height: 600 });
      }
    });

    it("the workbook's cells hold the same figures", async () => {
      const intake = await sheetRows(quarterly.xlsx, "收结存");
      const row = (label: string) => intake.find((r) => r[0] === label);
      expect(row("新收")?.[1]).toBe(4);
      expect(row("结案")?.[1]).toBe(4);
      expect(row("期末未结")?.[1]).toBe(8);
      expect(row("期初旧存")?.[1]).toBe(8);
      const ladder = await sheetRows(quarterly.xlsx, "长期未结");
      const total = ladder.find((r) => r[0] === "全院合计");
      // 未结 8, 超审限 3, bands 1 1 1 0 1, ≥ 6 months 4
      expect(total?.slice(1)).toEqual([8, 3, 1, 1, 1, 0, 1, 4]);
      const trend = await sheetRows(quarterly.xlsx, "月度趋势");
      // Twelve months of 2024; November: 13 filed; 8 and 13 closed.
      const nov = trend.find((r) => r[0] === "2024-11");
      // Pending at 11-30: 2, 9 (closed 12-30), 11, 12, 16, 24, 25 = 7; at 12-31 the quarter's 8.
      expect(nov?.slice(1, 4)).toEqual([1, 2, 7]);
      expect(trend.find((r) => r[0] === "2024-12")?.slice(1, 4)).toEqual([2, 1, 8]);
      expect(trend.filter((r) => /^\d{4}-\d{2}$/.test(String(r[0])))).toHaveLength(12);
      // Every month equals the indicator engine's monthly panel (新收, 结案, 月末未结).
      const engine = await computeIndicators(actor, db, {
        from: "2024-01-01",
        to: "2024-12-31",
        by: "month",
        ids: ["filed", "closed", "pending_end"],
      });
      expect(trend.filter((r) => /^\d{4}-\d{2}$/.test(String(r[0])))).toEqual(
        engine.groups.map((g) => [
          g.key,
          g.indicators.filed?.value,
          g.indicators.closed?.value,
          g.indicators.pending_end?.value,
        ]),
      );
    });

    it("the monthly 质效通报 has the month's figures", async () => {
      const monthly = await buildMonthlyQualityReport(actor, db, { month: "2024-11" });
      expect(monthly.title).toBe("鄂尔多斯市东胜区人民法院2024年11月审判质效通报");
      const body = (await docxText(monthly.docx)).paragraphs.join("\n");
      // November 2024: 1 new (13), 2 closed (8, 13).
      expect(body).toMatch(/全院新收案件 1 件[^；]*；结案 2 件/);
      expect(body).not.toContain("发改情况");
      const intake = await sheetRows(monthly.xlsx, "收结存");
      expect(intake.find((r) => r[0] === "结案")?.[1]).toBe(2);
    });

    it("a chief gets their own division's version, by judge; not the court's nor another division's", async () => {
      const own = await buildQuarterlyReport(chief, db, { quarter: "2024Q4" });
      expect(own.title).toBe(`鄂尔多斯市东胜区人民法院${M1}2024年第四季度审判态势分析报告`);
      const body = (await docxText(own.docx)).paragraphs.join("\n");
      // 民一庭 in Q4: new 11, 13, 14 = 3; closed 8, 9, 13 = 3.
      expect(body).toMatch(new RegExp(`${M1}新收案件 3 件[^；]*；结案 3 件`));
      expect(body).toContain("（二）各承办法官");
      // Against the whole court: 法定审限内结案率 in Q4 — cases with a limit closed: 8 (extended, on
      // time), 9 (late), 13 (on time) of 民一庭, and 22 (执, late) → 民一庭 2 of 3, the court 2 of 4.
      expect(body).toContain("与全院同期比较");
      const core = await sheetRows(own.xlsx, "核心指标");
      const header = core.find((r) => r[0] === "指标") as unknown[];
      const onTime = core.find((r) => r[0] === "法定审限内结案率") as unknown[];
      expect(onTime[header.indexOf("本期")]).toBeCloseTo(2 / 3, 10);
      expect(onTime[header.indexOf("全院")]).toBe(0.5);
      const units = await sheetRows(own.xlsx, "分承办法官指标");
      expect(units.map((r) => r[0]).filter((k) => k === "甲" || k === "乙")).toEqual(["甲", "乙"]);
      await expect(buildQuarterlyReport(otherChief, db, { quarter: "2024Q4", division: M1 })).rejects.toThrow(
        ForbiddenError,
      );
      await expect(buildQuarterlyReport(judge, db, { quarter: "2024Q4" })).rejects.toThrow(ForbiddenError);
    });

    it("refuses a malformed or future period and an unknown division, in Chinese", async () => {
      await expect(buildQuarterlyReport(actor, db, { quarter: "2024Q5" })).rejects.toThrow(
        /quarter: "2024Q5" — 应为形如 2024Q4 的季度/,
      );
      await expect(buildMonthlyQualityReport(actor, db, { month: "2024-13" })).rejects.toThrow(
        InvalidInputError,
      );
      await expect(buildQuarterlyReport(actor, db, { quarter: "2025Q4" })).rejects.toThrow(
        /数据截至2025年6月30日，2025年第四季度尚无数据/,
      );
      // The fixture's first filing: case 16, 2021-06-01.
      await expect(buildMonthlyQualityReport(actor, db, { month: "2021-05" })).rejects.toThrow(
        /month: "2021-05" — 最早的立案日期为2021年6月1日，2021年5月没有案件数据/,
      );
      await expect(
        buildQuarterlyReport(actor, db, { quarter: "2024Q4", division: "不存在庭" }),
      ).rejects.toThrow(/division: "不存在庭" — 没有该部门的案件数据/);
    });
  });
}
