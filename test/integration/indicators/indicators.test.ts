/**
 * Golden values of the indicator engine on a hand-built court of 30 cases, on SQLite and
 * PostgreSQL. Every expected value is counted by hand from the table below (docs/indicators.md
 * gives the counting rules); period P = 2024-01-01 … 2024-12-31 (366 days), facts as of 2025-06-30.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { computeIndicators, type IndicatorPanel } from "../../../src/app/indicators/compute-indicators.js";
import { drillDown } from "../../../src/app/indicators/drill-down.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { INDICATORS } from "../../../src/domain/indicators/index.js";
import { casesCsv, EVENTS, M1, XING, XINGZHENG, ZHI } from "../../fixtures/golden-court.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const P = { from: "2024-01-01", to: "2024-12-31" };
const actor = systemActor("tester");

function fig(panel: IndicatorPanel, id: string, group?: string) {
  const g = group ? panel.groups.find((x) => x.key === group) : panel.groups[0];
  const f = g?.indicators[id];
  if (!f) throw new Error(`no figure ${id} in ${group ?? "first group"}`);
  return f;
}

for (const dialect of TEST_DIALECTS) {
  describe(`indicators on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      const dir = mkdtempSync(join(tmpdir(), "shenguan-ind-"));
      writeFileSync(join(dir, "cases.csv"), casesCsv());
      writeFileSync(join(dir, "events.csv"), EVENTS);
      const r = await importCases(actor, db, [join(dir, "cases.csv"), join(dir, "events.csv")], {
        today: "2025-06-30",
      });
      expect(r.errors).toEqual([]);
      expect(r.cases.inserted).toBe(30);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("core definitions on the whole court", async () => {
      const panel = await computeIndicators(actor, db, { ...P, ids: INDICATORS.map((d) => d.id) });
      expect(panel.groups.map((g) => g.key)).toEqual(["内0602"]);
      const v = (id: string) => fig(panel, id);
      // Filed in P: 4–14, 18–24, 26–30 = 23. Closed in P: 1,4–10,13,15,18,19,21–23,26–30 = 20.
      expect(v("filed")).toMatchObject({ value: 23, numerator: 23 });
      expect(v("closed").value).toBe(20);
      // Pending at start: 1, 2, 15, 16, 25 (3 closed before P). Pending at end: 2, 11, 12, 14, 16, 20, 24, 25.
      expect(v("pending_start").value).toBe(5);
      expect(v("pending_end").value).toBe(8); // = 5 + 23 − 20
      expect(v("clearance_rate")).toEqual({
        value: 20 / 23,
        numerator: 20,
        denominator: 23,
        assessment: "weak",
      });
      expect(v("disposition_rate")).toMatchObject({ value: 20 / 28, numerator: 20, denominator: 28 });
      // CEPEJ DT: 366 days × 8 pending / 20 closed = 146.4.
      expect(v("disposition_time").value).toBeCloseTo(146.4, 10);
      // Σ durations = 2185 (see the table); mean 109.25; sorted, the 10th and 11th are 80 and 80; the 18th is 233.
      expect(v("avg_duration_days")).toMatchObject({ value: 109.25, numerator: 2185, denominator: 20 });
      expect(v("median_duration_days")).toMatchObject({ value: 80, denominator: 20 });
      expect(v("p90_duration_days").value).toBe(233);
      // Late: 7, 9, 15, 19, 22 → 15 of 20 on time; without extension (8 extended) 14.
      expect(v("on_time_rate")).toMatchObject({ value: 0.75, numerator: 15, denominator: 20 });
      expect(v("normal_on_time_rate")).toMatchObject({ value: 0.7, numerator: 14 });
      expect(v("extension_rate")).toMatchObject({ value: 0.05, numerator: 1, denominator: 20 });
      expect(v("exclusion_rate")).toMatchObject({ value: 0, numerator: 0 });
      // Overdue at P's end: 2, 16, 25 (24 is suspended, 11/12/14/20 run into 2025).
      expect(v("overdue_pending").value).toBe(3);
      expect(v("overdue_pending_ratio")).toMatchObject({ value: 3 / 8 });
      // Older at P's end: 12 m: 2, 16, 25; 18 m: 2, 16; 24 m: 16; 36 m: 16.
      expect(v("long_pending_12m").value).toBe(3);
      expect(v("long_pending_12m_ratio")).toMatchObject({ numerator: 3, denominator: 28 });
      expect(v("long_pending_18m").value).toBe(2);
      expect(v("long_pending_24m").value).toBe(1);
      expect(v("long_pending_36m").value).toBe(1);
      // 民初 closed in P: 1,4,5,6,7,8,9,10,13,15,29,30 = 12; 调解 1,5,10,13; 撤诉 6; 按撤诉 7.
      expect(v("mediation_rate")).toMatchObject({ value: 4 / 12, numerator: 4, denominator: 12 });
      expect(v("withdrawal_rate")).toMatchObject({ value: 2 / 12, numerator: 2 });
      expect(v("mediation_withdrawal_rate")).toMatchObject({ value: 6 / 12 });
      // 简易/小额: 1,4,5,6,7,10,13,29,30 = 9; 小额 4,5,13 = 3; ≤ 20 days: 13.
      expect(v("simple_procedure_rate")).toMatchObject({ value: 0.75, numerator: 9, denominator: 12 });
      expect(v("small_claims_rate")).toMatchObject({ value: 0.25, numerator: 3 });
      expect(v("fast_track_rate")).toMatchObject({ numerator: 1, denominator: 12 });
      // First instance closed: 12 民初 + 刑初 18, 19 + 行初 27 = 15; appealed 4, 8, 9, 19, 27.
      expect(v("appeal_rate")).toMatchObject({ value: 5 / 15, numerator: 5, denominator: 15 });
      expect(v("acceptance_rate")).toMatchObject({ value: 10 / 15, numerator: 10, denominator: 15 });
      expect((v("acceptance_rate").value as number) + (v("appeal_rate").value as number)).toBeCloseTo(1, 12);
      // 改判 8, 27; 发回 9.
      expect(v("reversal_remand_rate")).toMatchObject({ value: 3 / 15, numerator: 3 });
      expect(v("reversal_rate").numerator).toBe(2);
      expect(v("remand_rate").numerator).toBe(1);
      // 判决/调解 民初 with 申请执行 recorded: 29 (是), 30 (否).
      expect(v("auto_performance_rate")).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
      // Archived: 1, 4.
      expect(v("archive_rate")).toMatchObject({ value: 0.1, numerator: 2 });
      // 首执 closed: 21 执行完毕, 22 终本, 23 和解; amounts 100000 + 200000 + 50000, recovered 100000 + 20000 + 30000 (in fen).
      expect(v("enforcement_completion_rate")).toMatchObject({ numerator: 1, denominator: 3 });
      expect(v("termination_rate")).toMatchObject({ numerator: 1, denominator: 3 });
      expect(v("enforcement_recovery_rate")).toMatchObject({
        value: 3 / 7,
        numerator: 15_000_000,
        denominator: 35_000_000,
      });
      expect(v("enforcement_on_time_rate")).toMatchObject({ value: 1, numerator: 2, denominator: 2 });
      expect(v("filed_enterprise").value).toBe(2);
    });

    it("groups by division; closed sums to the court's figure", async () => {
      const panel = await computeIndicators(actor, db, {
        ...P,
        by: "division",
        ids: ["closed", "pending_end", "mediation_rate"],
      });
      const closedBy = Object.fromEntries(panel.groups.map((g) => [g.key, g.indicators.closed?.value]));
      // 民一庭: 1,4,5,6,7,8,9,10,13,15,28,29,30; 刑庭: 18, 19; 执行局: 21, 22, 23, 26; 行政: 27.
      expect(closedBy).toEqual({ [M1]: 13, [XING]: 2, [ZHI]: 4, [XINGZHENG]: 1 });
      // A division without 民初 has no mediation rate (zero denominator → null, never 0 or NaN).
      expect(fig(panel, "mediation_rate", ZHI)).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    });

    it("groups by month", async () => {
      const panel = await computeIndicators(actor, db, {
        ...P,
        by: "month",
        ids: ["filed", "closed", "pending_end"],
      });
      expect(panel.groups).toHaveLength(12);
      // March: filed 6, 7, 18, 23; closed 5 (03-01), 18 (03-12), 15 (03-15).
      expect(fig(panel, "filed", "2024-03").value).toBe(4);
      expect(fig(panel, "closed", "2024-03").value).toBe(3);
      // December's end = P's end.
      expect(fig(panel, "pending_end", "2024-12").value).toBe(8);
    });

    it("compares with the same period a year earlier", async () => {
      const panel = await computeIndicators(actor, db, { ...P, ids: ["filed", "closed"], compare: true });
      // 2023: filed 1, 2, 3, 25; closed 3.
      expect(fig(panel, "filed").yoy?.value).toBe(4);
      expect(fig(panel, "closed").yoy?.value).toBe(1);
      expect(panel.comparedWith?.yoy).toEqual({ from: "2023-01-01", to: "2023-12-31" });
    });

    it("drill-down lists exactly the counted cases, paged and sorted", async () => {
      const late = await drillDown(actor, db, {
        indicator: "on_time_rate",
        part: "denominator",
        ...P,
        pageSize: 100,
        sort: "duration_days",
        order: "desc",
      });
      expect(late.total).toBe(20);
      expect(late.rows[0]?.caseNumber).toBe("（2022）内0602民初15号"); // 522 days, the longest
      const overdue = await drillDown(actor, db, { indicator: "overdue_pending", part: "numerator", ...P });
      expect(overdue.rows.map((r) => r.caseNumber).sort()).toEqual(
        ["（2021）内0602民初16号", "（2023）内0602民初2号", "（2023）内0602执25号"].sort(),
      );
      const page2 = await drillDown(actor, db, {
        indicator: "closed",
        part: "numerator",
        ...P,
        page: 2,
        pageSize: 8,
      });
      expect(page2.total).toBe(20);
      expect(page2.rows).toHaveLength(8);
      const byDivision = await drillDown(actor, db, {
        indicator: "closed",
        part: "numerator",
        ...P,
        by: "division",
        group: ZHI,
      });
      expect(byDivision.total).toBe(4);
    });

    it("scopes a division chief and a judge to their own cases", async () => {
      const chief: Actor = { username: "chief", role: "chief", division: ZHI };
      const panel = await computeIndicators(chief, db, { ...P, by: "division", ids: ["closed"] });
      expect(panel.groups.map((g) => g.key)).toEqual([ZHI]);
      const judge: Actor = { username: "j", role: "judge", judgeName: "丁", division: XING };
      const jp = await computeIndicators(judge, db, { ...P, ids: ["closed", "appeal_rate"] });
      expect(fig(jp, "closed").value).toBe(2);
      expect(fig(jp, "appeal_rate")).toMatchObject({ numerator: 1, denominator: 2 });
      const list = await drillDown(judge, db, { indicator: "closed", part: "numerator", ...P });
      expect(list.rows.every((r) => r.judge === "丁")).toBe(true);
      await expect(computeIndicators({ username: "c", role: "clerk" }, db, { ...P })).rejects.toThrow(/无权/);
    });
  });
}
