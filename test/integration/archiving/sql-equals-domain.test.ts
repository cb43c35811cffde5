/**
 * The archive figures are summed in SQL per (closing day, division, judge) — the lag as
 * Σ julianday(归档日期) − archived × julianday(结案日期), the overdue count decided per closing day —
 * while the domain (archiveOverdueDays, lagRow) decides case by case. On a small hand-made court with
 * the edges (archived exactly 90 and 91 days after closing, archived after asOf, unarchived 90 and 91
 * days after closing, two cases of one judge on one day) both must agree, on SQLite and PostgreSQL.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { archivingFigures } from "../../../src/app/archiving/archiving.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { type ArchiveLagGroup, archiveOverdueDays, lagRow } from "../../../src/domain/archiving/archiving.js";
import { parseIsoDate } from "../../../src/domain/calendar/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-archiving-sql-"));
const actor = systemActor("tester");
const AS_OF = "2024-12-31";
const D1 = "民事审判第一庭";
const D2 = "民事审判第二庭";

const row = (n: number, division: string, judge: string, closed: string, archived: string) =>
  `（2024）内0602民初${n}号,民间借贷纠纷,2024-01-02,普通程序,${division},${judge},${closed},判决,${archived},`;

function casesCsv(): string {
  const p = join(dir, "cases.csv");
  writeFileSync(
    p,
    [
      "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,归档日期,原审案号",
      // Closed 2024-03-01: archived 90 days later (2024-05-30: 31 + 30 + 29 = 90) → in time.
      row(1, D1, "张三", "2024-03-01", "2024-05-30"),
      // The same day and judge: archived 91 days later (2024-05-31) → late.
      row(2, D1, "张三", "2024-03-01", "2024-05-31"),
      // Closed 2024-10-02, not archived: 90 days by 12-31 → not overdue.
      row(3, D1, "李四", "2024-10-02", ""),
      // Closed 2024-10-01, not archived: 91 days by 12-31 → overdue.
      row(4, D2, "王五", "2024-10-01", ""),
      // Closed 2024-06-01, archived 2025-01-05 (after asOf) → not archived as of 12-31, overdue, late.
      row(5, D2, "王五", "2024-06-01", "2025-01-05"),
      // Closed 2024-12-01, archived the same day → lag 0.
      row(6, D2, "赵六", "2024-12-01", "2024-12-01"),
    ].join("\n"),
  );
  return p;
}

for (const dialect of TEST_DIALECTS) {
  describe(`归档 figures: SQL sums equal the domain case by case on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      const r = await importCases(actor, db, [casesCsv()], { today: AS_OF });
      expect(r.errors).toEqual([]);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("by judge and for the court, as of 2024-12-31 with 90 days", async () => {
      const f = await archivingFigures(actor, db, { from: "2024-01-01", to: "2024-12-31", asOf: AS_OF });
      const days = f.archiveOverdueDays;
      expect(days).toBe(90);
      const cases = await db.db
        .selectFrom("cases")
        .select(["division", "judge", "closed_on", "archived_on"])
        .execute();
      const byJudge = new Map<string, ArchiveLagGroup>();
      const total: ArchiveLagGroup = {
        division: "全院",
        closed: 0,
        archived: 0,
        lagDaysSum: 0,
        archivedLate: 0,
        overdue: 0,
      };
      for (const c of cases) {
        const closedOn = c.closed_on as string;
        const archivedOn = c.archived_on;
        const key = `${c.division}/${c.judge}`;
        const g = byJudge.get(key) ?? {
          division: c.division,
          judge: c.judge,
          closed: 0,
          archived: 0,
          lagDaysSum: 0,
          archivedLate: 0,
          overdue: 0,
        };
        byJudge.set(key, g);
        for (const x of [g, total]) {
          x.closed++;
          const lag = archivedOn === null ? null : parseIsoDate(archivedOn) - parseIsoDate(closedOn);
          if (archivedOn !== null && archivedOn <= AS_OF) {
            x.archived++;
            x.lagDaysSum += lag as number;
          }
          if (lag !== null && lag > days) x.archivedLate++;
          if (archiveOverdueDays({ closedOn, archivedOn }, AS_OF, days) !== undefined) x.overdue++;
        }
      }
      const sorted = [...byJudge.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, g]) => lagRow(g));
      expect(f.judges).toEqual(sorted);
      expect(f.total).toEqual(lagRow(total));
      // By hand: 6 closed; archived by 12-31: 1, 2, 6 (lags 90, 91, 0 → 181); late: 2 and 5 (218
      // days); overdue: 4 (91 days) and 5 (213 days).
      expect(f.total).toMatchObject({ closed: 6, archived: 3, lagDaysSum: 181, archivedLate: 2, overdue: 2 });
    });
  });
}
