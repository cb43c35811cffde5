/**
 * 考核 on SQLite and PostgreSQL, on the hand-built court of 30 cases (test/fixtures/golden-court.ts):
 * the seeded example scheme, writing versions (a faulty one refused whole, naming the item), the
 * scheme in force, scores within the reader's scope (the same scores whoever reads them), and the
 * .xlsx read back.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessUnits } from "../../../src/app/assessment/assess-units.js";
import { exportAssessment } from "../../../src/app/assessment/export-assessment.js";
import { listAssessmentSchemes } from "../../../src/app/assessment/list-schemes.js";
import { createAssessmentScheme, updateAssessmentScheme } from "../../../src/app/assessment/save-scheme.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { ConflictError, ForbiddenError, InvalidInputError } from "../../../src/app/shared/errors.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { casesCsv, EVENTS, M1, XING, ZHI } from "../../fixtures/golden-court.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const office: Actor = { username: "analyst", role: "office" };
const chief: Actor = { username: "chief", role: "chief", division: M1 };
const judge: Actor = { username: "j", role: "judge", division: M1, judgeName: "甲" };
const P = { from: "2024-01-01", to: "2024-12-31" };

const ITEMS = [
  { indicator: "on_time_rate", weight: 20, method: "range", min: 0.9, step: 0.1, penalty: 5 },
  { indicator: "mediation_rate", weight: 20, method: "relative" },
  { indicator: "long_pending_12m", weight: 10, method: "deduct", points: 5 },
];

for (const dialect of TEST_DIALECTS) {
  describe(`assessment on ${dialect}`, () => {
    let db: TestDb;
    let testSchemeId = 0;

    beforeAll(async () => {
      db = await freshDb(dialect);
      const dir = mkdtempSync(join(tmpdir(), "shenguan-assess-"));
      writeFileSync(join(dir, "cases.csv"), casesCsv());
      writeFileSync(join(dir, "events.csv"), EVENTS);
      const r = await importCases(systemActor("t"), db, [join(dir, "cases.csv"), join(dir, "events.csv")], {
        today: "2025-06-30",
      });
      expect(r.errors).toEqual([]);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("a fresh database has the 2024 example scheme, in force from 2024", async () => {
      const list = await listAssessmentSchemes(office, db, "2025-03-01");
      expect(list.schemes.map((s) => [s.name, s.version, s.effectiveFrom, s.effectiveTo])).toEqual([
        ["2024年度审判质效考核办法", "2024-01", "2024-01-01", null],
      ]);
      expect(list.inForceId).toBe(list.schemes[0]?.id);
      expect(list.canCreate).toBe(true);
      expect(list.schemes[0]?.actions).toEqual(["edit"]);
      const forChief = await listAssessmentSchemes(chief, db, "2025-03-01");
      expect(forChief.canCreate).toBe(false);
      expect(forChief.schemes[0]?.actions).toEqual([]);
    });

    it("writes a version; a faulty one is refused whole, naming the item; a taken version conflicts", async () => {
      const created = await createAssessmentScheme(office, db, {
        name: "测试考核办法",
        version: "T1",
        effectiveFrom: "2024-07-01",
        items: ITEMS,
      });
      testSchemeId = created.id;
      expect(created.items).toHaveLength(3);

      const bad = createAssessmentScheme(office, db, {
        name: "测试考核办法",
        version: "T2",
        effectiveFrom: "2024-07-01",
        items: [...ITEMS, { indicator: "mediation_withdrawal_rate", weight: 0, method: "relative" }],
      });
      await expect(bad).rejects.toBeInstanceOf(InvalidInputError);
      await expect(bad).rejects.toMatchObject({
        field: "items.4.weight",
        message: "考核办法有误：第 4 项（mediation_withdrawal_rate）：权重 weight 应大于 0，实为 0",
      });
      expect((await listAssessmentSchemes(office, db)).schemes).toHaveLength(2);

      await expect(
        createAssessmentScheme(office, db, {
          name: "测试考核办法",
          version: "T1",
          effectiveFrom: "2024-07-01",
          items: ITEMS,
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(
        createAssessmentScheme(chief, db, {
          name: "庭长的办法",
          version: "1",
          effectiveFrom: "2024-07-01",
          items: ITEMS,
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);

      const changed = await updateAssessmentScheme(office, db, testSchemeId, {
        name: "测试考核办法",
        version: "T1",
        effectiveFrom: "2024-07-01",
        effectiveTo: "2024-12-31",
        items: ITEMS.map((i) => (i.indicator === "mediation_rate" ? { ...i, note: "调解率" } : i)),
      });
      expect(changed.effectiveTo).toBe("2024-12-31");
      expect(changed.items[1]?.note).toBe("调解率");
    });

    it("the scheme in force on the period's last day is the latest start on or before it", async () => {
      // T1 runs 2024-07-01 … 2024-12-31: in force on 2024-12-31; the example (from 2024-01-01) before and after.
      expect((await assessUnits(office, db, { ...P })).scheme.version).toBe("T1");
      expect((await assessUnits(office, db, { from: "2024-01-01", to: "2024-06-30" })).scheme.version).toBe(
        "2024-01",
      );
      expect((await assessUnits(office, db, { from: "2025-01-01", to: "2025-06-30" })).scheme.version).toBe(
        "2024-01",
      );
    });

    it("scores within the reader's scope, the same scores whoever reads them", async () => {
      const all = await assessUnits(office, db, { ...P, schemeId: testSchemeId, by: "judge" });
      expect(all.units.map((u) => u.key)).toHaveLength(5);
      const mine = await assessUnits(chief, db, { ...P, schemeId: testSchemeId, by: "judge" });
      expect(mine.units.map((u) => u.key).sort()).toEqual([`${M1} / 乙`, `${M1} / 甲`]);
      // 乙's mediation points are relative to the court's best (甲 3/7): 20 × (1/5) ÷ (3/7) = 28/3, for both readers.
      const yi = (r: typeof all) => r.units.find((u) => u.key === `${M1} / 乙`)?.items[1]?.points;
      expect(yi(mine)).toBeCloseTo(28 / 3, 9);
      expect(yi(all)).toBe(yi(mine));

      const own = await assessUnits(judge, db, { ...P, schemeId: testSchemeId, by: "judge" });
      expect(own.units.map((u) => u.key)).toEqual([`${M1} / 甲`]);
      // 甲: (5 + 20 + 10) / 50 = 70 (see test/integration/cli/assess.test.ts)
      expect(own.units[0]?.total).toBeCloseTo(70, 9);
      await expect(
        assessUnits(judge, db, { ...P, schemeId: testSchemeId, by: "division" }),
      ).rejects.toBeInstanceOf(InvalidInputError);

      const divisions = await assessUnits(chief, db, { ...P, schemeId: testSchemeId, by: "division" });
      expect(divisions.units.map((u) => u.key)).toEqual([M1]);
    });

    it("exports the scores and the scheme, read back", async () => {
      const file = await exportAssessment(office, db, { ...P, schemeId: testSchemeId, by: "division" });
      expect(file.fileName).toBe("考核结果_2024-01-01_2024-12-31.xlsx");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.content as unknown as ArrayBuffer);
      const results = wb.getWorksheet("考核结果");
      const scheme = wb.getWorksheet("考核办法");
      expect(results).toBeDefined();
      expect(scheme).toBeDefined();
      expect(results?.getCell(2, 2).value).toBe("法定审限内结案率");
      expect(results?.getCell(2, 5).value).toBe("总分");
      const rowOf = (key: string) => {
        for (let r = 4; r <= (results?.rowCount ?? 0); r++)
          if (results?.getCell(r, 1).value === key) return r;
        throw new Error(`no row ${key}`);
      };
      // 执行局 by division: on time 21, 22 (late), 23, 26 → 3/4 = 0.75 → 10 (as 丙); no 民初 → 不计分;
      // long pending 25 → 10 − 5 = 5; total (10 + 5) / 30 = 50.
      const zhi = rowOf(ZHI);
      expect(results?.getCell(zhi, 2).value).toBe(10);
      expect(results?.getCell(zhi, 3).value).toBe("不计分");
      expect(results?.getCell(zhi, 4).value).toBe(5);
      expect(results?.getCell(zhi, 5).value).toBeCloseTo(50, 9);
      expect(String(results?.getCell(zhi, 3).note)).toContain("不计分");
      expect(rowOf(XING)).toBeGreaterThan(3);
      expect(scheme?.getRow(1).values).toEqual([
        undefined,
        "序号",
        "指标",
        "权重（分）",
        "计分方法",
        "参数",
        "说明",
      ]);
      expect(scheme?.getCell(2, 4).value).toBe("区间达标");
      expect(scheme?.getCell(2, 5).value).toBe("下限 90%，区间外每 10 个百分点扣 5 分（不足一档按一档计）");
      expect(scheme?.getCell(4, 5).value).toBe("每件扣 5 分");
    });
  });
}
