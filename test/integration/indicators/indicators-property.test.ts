/**
 * Properties of the indicator engine on random courts, on SQLite and PostgreSQL:
 * - every drill-down list's length equals its figure's numerator / denominator;
 * - closed = the sum of closed over divisions;
 * - pending_end = pending_start + filed − closed;
 * - the SQL aggregate equals the in-memory evaluation of the same predicate over case_facts.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { computeIndicators } from "../../../src/app/indicators/compute-indicators.js";
import { drillDown } from "../../../src/app/indicators/drill-down.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { daysFromCivil, formatIsoDate, parseIsoDate } from "../../../src/domain/calendar/civil-date.js";
import {
  evaluatePred,
  type FactsRow,
  INDICATORS,
  type Measure,
} from "../../../src/domain/indicators/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const actor = systemActor("prop");
const DIVISIONS = ["民一庭", "民二庭", "执行局"];
const MODES: Record<string, string[]> = {
  民初: ["判决", "调解", "撤诉", "按撤诉处理", "驳回起诉"],
  刑初: ["判决"],
  执: ["执行完毕", "终结本次执行程序", "和解"],
};
const PROCS: Record<string, string[]> = {
  民初: ["简易程序", "小额诉讼程序", "普通程序"],
  刑初: ["速裁程序", "简易程序", "普通程序"],
  执: [""],
};

const caseArb = fc.record({
  type: fc.constantFrom("民初", "刑初", "执"),
  procIdx: fc.nat(2),
  filed: fc.integer({ min: daysFromCivil(2022, 1, 1), max: daysFromCivil(2024, 12, 31) }),
  duration: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  modeIdx: fc.nat(4),
  division: fc.constantFrom(...DIVISIONS),
  appealed: fc.constantFrom("", "是", "否"),
  outcome: fc.constantFrom("", "维持", "改判", "发回重审"),
  extension: fc.boolean(),
  suspension: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
});

const dir = mkdtempSync(join(tmpdir(), "shenguan-prop-"));
const TODAY = "2025-03-31";
const PERIOD = { from: "2024-01-01", to: "2024-12-31" };

for (const dialect of TEST_DIALECTS) {
  describe(`indicator properties on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("figures, drill-downs and identities agree on random courts", async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(caseArb, { minLength: 1, maxLength: 40 }), async (cases) => {
          run++;
          await db.db.deleteFrom("alerts").execute();
          await db.db.deleteFrom("case_facts").execute();
          await db.db.deleteFrom("case_events").execute();
          // Workflow matters (四类案件 candidates among them) refer to cases.
          await db.db.deleteFrom("supervision_findings").execute();
          await db.db.deleteFrom("tasks").execute();
          await db.db.deleteFrom("matter_trace").execute();
          await db.db.deleteFrom("matter_links").execute();
          await db.db.deleteFrom("matters").execute();
          await db.db.deleteFrom("cases").execute();
          const seq: Record<string, number> = {};
          const rows: string[] = [
            "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,上诉,二审结果",
          ];
          const events: string[] = ["案号,事项,原因,开始日期,结束日期,期限,新程序,批准人"];
          for (const c of cases) {
            const filed = formatIsoDate(c.filed);
            const year = filed.slice(0, 4);
            const key = `${c.type}${year}`;
            seq[key] = (seq[key] ?? 0) + 1;
            const no = `（${year}）内0602${c.type}${seq[key]}号`;
            const closedDay =
              c.duration === null ? null : Math.min(c.filed + c.duration, parseIsoDate(TODAY));
            const closed = closedDay === null ? "" : formatIsoDate(closedDay);
            const modes = MODES[c.type] as string[];
            const mode = closed ? (modes[c.modeIdx % modes.length] as string) : "";
            const proc = (PROCS[c.type] as string[])[c.procIdx % 3] ?? "";
            const cause = c.type === "民初" ? "民间借贷纠纷" : c.type === "刑初" ? "盗窃罪" : "";
            rows.push(
              [
                no,
                cause,
                filed,
                proc,
                c.division,
                "某法官",
                closed,
                mode,
                c.appealed,
                c.appealed === "是" ? c.outcome : "",
              ].join(","),
            );
            if (c.extension)
              events.push(
                [no, "延长审限", "", formatIsoDate(c.filed + 30), "", "1个月", "", "院长"].join(","),
              );
            if (c.suspension !== null) {
              const end = c.filed + 10 + c.suspension;
              events.push(
                [
                  no,
                  "中止诉讼",
                  "",
                  formatIsoDate(c.filed + 10),
                  end <= parseIsoDate(TODAY) && run % 2 ? formatIsoDate(end) : "",
                  "",
                  "",
                  "",
                ].join(","),
              );
            }
          }
          writeFileSync(join(dir, "c.csv"), rows.join("\n"));
          writeFileSync(join(dir, "e.csv"), events.join("\n"));
          const r = await importCases(actor, db, [join(dir, "c.csv"), join(dir, "e.csv")], { today: TODAY });
          expect(r.errors).toEqual([]);

          const ids = INDICATORS.filter((d) => d.kind === "count" || d.kind === "ratio").map((d) => d.id);
          const court = await computeIndicators(actor, db, { ...PERIOD, by: "all", ids });
          const byDivision = await computeIndicators(actor, db, {
            ...PERIOD,
            by: "division",
            ids: ["closed", "filed"],
          });
          const g = court.groups[0]?.indicators ?? {};
          const val = (id: string) => g[id]?.numerator ?? 0;

          expect(val("pending_end")).toBe(val("pending_start") + val("filed") - val("closed"));
          const sumClosed = byDivision.groups.reduce((s, x) => s + (x.indicators.closed?.numerator ?? 0), 0);
          expect(sumClosed).toBe(val("closed"));

          // The same predicates evaluated in memory over the stored facts.
          const facts = (await db.db.selectFrom("case_facts").selectAll().execute()) as unknown as FactsRow[];
          const period = { fromDay: parseIsoDate(PERIOD.from), toDay: parseIsoDate(PERIOD.to) };
          const memory = (m: Measure) =>
            facts.reduce((s, f) => {
              if ("count" in m) return s + (evaluatePred(m.count, f, period) ? 1 : 0);
              return s + (evaluatePred(m.where, f, period) ? Number(f[m.sum] ?? 0) : 0);
            }, 0);
          for (const d of INDICATORS.filter((x) => ids.includes(x.id))) {
            expect(g[d.id]?.numerator, d.id).toBe(memory(d.numerator));
            if (d.denominator) expect(g[d.id]?.denominator, d.id).toBe(memory(d.denominator));
          }

          // Drill-down lists match their figures (count measures).
          for (const id of [
            "closed",
            "on_time_rate",
            "overdue_pending",
            "mediation_rate",
            "long_pending_12m",
            "appeal_rate",
          ]) {
            const def = INDICATORS.find((x) => x.id === id);
            if (!def) continue;
            for (const part of ["numerator", "denominator"] as const) {
              const m = part === "numerator" ? def.numerator : def.denominator;
              if (!m || !("count" in m)) continue;
              const list = await drillDown(actor, db, { indicator: id, part, ...PERIOD, all: true });
              const expected = part === "numerator" ? g[id]?.numerator : g[id]?.denominator;
              expect(list.total, `${id} ${part}`).toBe(expected);
              expect(list.rows.length, `${id} ${part}`).toBe(expected);
            }
          }
        }),
        { numRuns: 12 },
      );
    });
  });
}
