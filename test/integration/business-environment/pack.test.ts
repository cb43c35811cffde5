/**
 * The 营商环境 "解决商业纠纷" pack on SQLite and PostgreSQL over the hand-made court of
 * test/integration/termination-library/fixture.ts (period 2025-01-01 … 2025-06-30): its figures by
 * hand, the definitions changing what counts, and the files — the .xlsx read back with the
 * project's reader, the .docx unzipped with the figures in its text.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDefinitions, updateDefinitions } from "../../../src/app/business-environment/definitions.js";
import { enterprisePanel } from "../../../src/app/business-environment/enterprise-panel.js";
import { downloadPack, getPack } from "../../../src/app/business-environment/pack.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { readXlsx } from "../../../src/io/xlsx-reader.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";
import { seedFixture } from "../termination-library/fixture.js";

const office: Actor = { username: "office", role: "office" };
const judge: Actor = { username: "j", role: "judge", division: "民事审判第二庭", judgeName: "钱七" };
const PERIOD = { from: "2025-01-01", to: "2025-06-30" };

for (const dialect of TEST_DIALECTS) {
  describe(`营商环境 pack on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      await seedFixture(db, "2025-06-30");
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("the figures of the default definitions (涉企 民初), by hand", async () => {
      const p = await getPack(office, db, PERIOD);
      const f = p.figures;
      // 301, 302, 303, 304 (305 not 涉企, 306 closed 07-01).
      expect(f.closed).toBe(4);
      // Days 60 (01-01→03-02), 10, 20, 179 (01-02→06-30): mean 269 / 4, median (20 + 60) / 2.
      expect(f.averageDays).toBeCloseTo(67.25, 12);
      expect(f.medianDays).toBe(40);
      // 304 (简易程序, 3 months) closed late; the three 普通程序 cases within 6 months.
      expect([f.withinLimit, f.limitCases]).toEqual([3, 4]);
      expect([f.mediated, f.withdrawn]).toEqual([1, 1]);
      expect(f.mediationShare).toBe(0.25);
      expect(f.withdrawalShare).toBe(0.25);
      // 401 enforces 301 (执行完毕 2025-05-31): 2025-01-01 → 2025-05-31 = 150 days.
      expect(f.enforcementCompleted).toBe(1);
      expect(f.averageDaysToCompletion).toBe(150);
      // 401 and 402 (终本) enforce 涉企 judgments: 1 of 2 完毕; recovered (1,000,000 + 100,000) ÷
      // (1,000,000 + 300,000) 元 = 11 / 13.
      expect([f.enforcementCompletedCases, f.enforcementCases]).toEqual([1, 2]);
      expect(f.recoveredFen).toBe(110_000_000);
      expect(f.enforcementAmountFen).toBe(130_000_000);
      expect(f.recoveryRate).toBeCloseTo(11 / 13, 12);
      expect(p.largest.map((c) => c.caseNumber.slice(-6))).toEqual([
        "民初301号",
        "民初304号",
        "民初303号",
        "民初302号",
      ]);
      expect(p.fastest.map((c) => c.days)).toEqual([10, 20, 60, 179]);
      expect(p.mediatedCases.map((c) => c.caseNumber.slice(-6))).toEqual(["民初302号"]);
    });

    it("the definitions are data: all causes and non-涉企 too, a 30-day limit", async () => {
      await expect(updateDefinitions(judge, db, { enterpriseOnly: false })).rejects.toThrow(/审管办/);
      await expect(updateDefinitions(office, db, { typicalCount: 0 })).rejects.toThrow(/典型案例条数/);
      const view = await updateDefinitions(office, db, { enterpriseOnly: false, timeLimitDays: 30 });
      expect(view.stored).toBe(true);
      const f = (await getPack(office, db, PERIOD)).figures;
      // + 305 (not 涉企, 60 days): 5 cases; within 30 days: 302 (10) and 303 (20) → 2 of 5.
      expect(f.closed).toBe(5);
      expect([f.withinLimit, f.limitCases]).toEqual([2, 5]);
      // Recovery stays that of 涉企 judgments: 401 and 402.
      expect(f.enforcementCases).toBe(2);
      // Back to the defaults for the files.
      await updateDefinitions(office, db, (await getDefinitions(office, db)).defaults);
    });

    it("the files open: the workbook read back, the document unzipped with its figures", async () => {
      const dir = mkdtempSync(join(tmpdir(), "pack-"));
      const x = await downloadPack(office, db, { ...PERIOD, format: "xlsx" });
      expect(x.fileName).toMatch(/\.xlsx$/);
      const path = join(dir, "pack.xlsx");
      writeFileSync(path, x.content);
      const sheets = new Map<string, string[][]>();
      for await (const row of readXlsx(path)) {
        const list = sheets.get(row.sheet) ?? [];
        list.push(row.cells.map((c) => (c === null || c === undefined ? "" : String(c))));
        sheets.set(row.sheet, list);
      }
      expect([...sheets.keys()]).toEqual([
        "指标数据",
        "标的额最大的案件",
        "审理最快的案件",
        "调解结案的案件",
        "口径设置",
      ]);
      const figures = sheets.get("指标数据") as string[][];
      expect(figures.find((r) => r[0] === "商事一审结案数")?.[1]).toBe("4 件");
      expect(figures.find((r) => r[0] === "平均审理天数（立案至结案）")?.[1]).toBe("67.3 天");
      expect(figures.find((r) => r[0] === "调解率")?.[1]).toBe("25.00%");
      // Header + the one mediated case.
      expect(sheets.get("调解结案的案件")?.length).toBe(2);

      const d = await downloadPack(office, db, { ...PERIOD, format: "docx" });
      const zip = await JSZip.loadAsync(d.content);
      const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
      const text = xml.replace(/<[^>]+>/g, "");
      expect(text).toContain("共审结商事一审案件 4 件");
      expect(text).toContain("调解率 25.00%");
      expect(text).toContain("执行到位率 84.62%");
      expect(text).toContain("国务院令第722号");
    });

    it("the 涉企 panel sets 涉企 against other cases", async () => {
      const p = await enterprisePanel(office, db, { ...PERIOD, by: "court" });
      const closed = (panel: typeof p.enterprise) =>
        panel.groups.reduce((s, g) => s + Number(g.indicators.closed?.value ?? 0), 0);
      // 涉企 closed in the period: 301–304 (306 closed 07-01); other: 305 and the enforcement cases
      // 401, 402 (enterprise empty counts as not 涉企 in the facts) → 3.
      expect(closed(p.enterprise)).toBe(4);
      expect(closed(p.other)).toBe(3);
    });
  });
}
