/**
 * The monthly rollup (docs/rollup.md) on random courts, on SQLite and PostgreSQL: every panel and
 * monthly trend over whole months, by any covered grouping and key filter, is answered from the
 * rollup with exactly the figures the facts give; a re-import changing some cases (the touched-case
 * refresh, maintained incrementally) keeps it so; a question the rollup does not cover is answered
 * from the facts and says so.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { computeIndicators, type IndicatorQuery } from "../../../src/app/indicators/compute-indicators.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { readRollupMeta, rebuildRollup } from "../../../src/db/rollup/rollup.js";
import {
  daysFromCivil,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
} from "../../../src/domain/calendar/civil-date.js";
import { INDICATORS } from "../../../src/domain/indicators/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const actor = systemActor("rollup");
const DIVISIONS = ["民一庭", "民二庭", "执行局", "刑庭"];
const JUDGES = ["甲法官", "乙法官", "丙法官"];
const MODES: Record<string, string[]> = {
  民初: ["判决", "调解", "撤诉", "按撤诉处理", "驳回起诉"],
  刑初: ["判决"],
  执: ["执行完毕", "终结本次执行程序", "和解"],
  民终: ["判决", "调解"],
};
const PROCS: Record<string, string[]> = {
  民初: ["简易程序", "小额诉讼程序", "普通程序"],
  刑初: ["速裁程序", "简易程序", "普通程序"],
  执: [""],
  民终: ["普通程序"],
};
// The data's day: not a month's last day, so the as-of month has a partial cell.
const TODAY = "2025-03-17";
const TODAY_DAY = parseIsoDate(TODAY);

const caseArb = fc.record({
  type: fc.constantFrom("民初", "刑初", "执", "民终"),
  procIdx: fc.nat(2),
  filed: fc.integer({ min: daysFromCivil(2022, 1, 1), max: TODAY_DAY }),
  duration: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  modeIdx: fc.nat(4),
  division: fc.constantFrom(...DIVISIONS),
  judge: fc.constantFrom(...JUDGES),
  appealed: fc.constantFrom("", "是", "否"),
  outcome: fc.constantFrom("", "维持", "改判", "发回重审"),
  extension: fc.boolean(),
  suspension: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
});
type CaseSpec = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

const monthArb = fc.integer({ min: 2021 * 12 + 10, max: 2025 * 12 + 2 });
const queryArb = fc.record({
  fromMonth: monthArb,
  months: fc.integer({ min: 1, max: 26 }),
  toAsOf: fc.boolean(),
  by: fc.constantFrom("court", "division", "judge", "category", "type", "procedure", "month", "all"),
  filter: fc.option(
    fc.record({
      field: fc.constantFrom("division", "judge", "type_code", "procedure", "category"),
      values: fc.subarray([...DIVISIONS, ...JUDGES, "民初", "执", "简易程序", "普通程序", "民事", "执行"], {
        minLength: 1,
      }),
    }),
    { nil: undefined },
  ),
  compare: fc.boolean(),
});

/** A whole-month query: months from fromMonth, ending on a month's last day or on TODAY. */
function toQuery(q: typeof queryArb extends fc.Arbitrary<infer T> ? T : never): IndicatorQuery {
  const last = Math.min(q.fromMonth + q.months - 1, 2025 * 12 + 2);
  const y = Math.floor(last / 12);
  const m = (last % 12) + 1;
  const from = formatIsoDate(daysFromCivil(Math.floor(q.fromMonth / 12), (q.fromMonth % 12) + 1, 1));
  const to =
    last === 2025 * 12 + 2 && q.toAsOf ? TODAY : formatIsoDate(daysFromCivil(y, m, daysInMonth(y, m)));
  return {
    from,
    to,
    by: q.by as IndicatorQuery["by"],
    ids: INDICATORS.map((d) => d.id),
    filters: q.filter ? [{ field: q.filter.field, values: q.filter.values }] : [],
    compare: q.compare && q.by !== "month",
  };
}

const dir = mkdtempSync(join(tmpdir(), "shenguan-rollup-"));

/** Imports cases; a case's number comes from its index, so a re-import of a changed case updates it. */
async function importCourt(
  db: TestDb,
  cases: CaseSpec[] | [number, CaseSpec][],
  today: string,
  name: string,
  events = true,
  court = "内0602",
): Promise<void> {
  const entries = cases.map((c, i) => (Array.isArray(c) ? c : ([i, c] as [number, CaseSpec])));
  const rows = ["案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,上诉,二审结果"];
  const eventRows = ["案号,事项,原因,开始日期,结束日期,期限,新程序,批准人"];
  for (const [i, c] of entries) {
    const filed = formatIsoDate(c.filed);
    const year = filed.slice(0, 4);
    const no = `（${year}）${court}${c.type}${i + 1}号`;
    const closedDay = c.duration === null ? null : Math.min(c.filed + c.duration, parseIsoDate(today));
    const closed = closedDay === null ? "" : formatIsoDate(closedDay);
    const modes = MODES[c.type] as string[];
    const mode = closed ? (modes[c.modeIdx % modes.length] as string) : "";
    const proc = (PROCS[c.type] as string[])[c.procIdx % 3] ?? "";
    const cause = c.type === "刑初" ? "盗窃罪" : c.type === "执" ? "" : "民间借贷纠纷";
    const first = c.type === "民初" || c.type === "刑初";
    rows.push(
      [
        no,
        cause,
        filed,
        proc,
        c.division,
        c.judge,
        closed,
        mode,
        first ? c.appealed : "",
        first && c.appealed === "是" ? c.outcome : "",
      ].join(","),
    );
    if (!events) continue;
    if (c.extension && c.type !== "执")
      eventRows.push([no, "延长审限", "", formatIsoDate(c.filed + 30), "", "1个月", "", "院长"].join(","));
    if (c.suspension !== null && c.type === "民初") {
      const end = c.filed + 10 + c.suspension;
      eventRows.push(
        [
          no,
          "中止诉讼",
          "",
          formatIsoDate(c.filed + 10),
          end <= parseIsoDate(today) ? formatIsoDate(end) : "",
          "",
          "",
          "",
        ].join(","),
      );
    }
  }
  writeFileSync(join(dir, `${name}-c.csv`), rows.join("\n"));
  writeFileSync(join(dir, `${name}-e.csv`), eventRows.join("\n"));
  const r = await importCases(actor, db, [join(dir, `${name}-c.csv`), join(dir, `${name}-e.csv`)], { today });
  expect(r.errors).toEqual([]);
}

async function clearCourt(db: TestDb): Promise<void> {
  for (const t of [
    "alerts",
    "case_facts",
    "case_events",
    "supervision_findings",
    "tasks",
    "matter_trace",
    "matter_links",
    "matters",
    "cases",
  ] as const)
    await db.db.deleteFrom(t).execute();
}

/** The rollup and the facts give the same panel; returns which store answered. */
async function sameBothWays(db: TestDb, q: IndicatorQuery): Promise<void> {
  const fromRollup = await computeIndicators(actor, db, q);
  const fromFacts = await computeIndicators(actor, db, { ...q, noRollup: true });
  expect(fromFacts.answeredFrom).toBe("facts");
  const strip = (p: typeof fromRollup) => ({ ...p, answeredFrom: undefined, factsReason: undefined });
  expect(strip(fromRollup), JSON.stringify(q)).toEqual(strip(fromFacts));
  // 同比 and 环比 of a period ending on the data's day are not whole months: those read the facts.
  expect(fromRollup.answeredFrom).toBe(q.compare && q.to === TODAY ? "mixed" : "rollup");
}

for (const dialect of TEST_DIALECTS) {
  const runs = dialect === "sqlite" ? 8 : 3;
  describe(`monthly rollup on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("answers whole-month panels and trends exactly as the facts do, before and after a re-import", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(caseArb, { minLength: 3, maxLength: 30 }),
          fc.array(queryArb, { minLength: 4, maxLength: 4 }),
          fc.array(fc.record({ at: fc.nat(), change: caseArb }), { minLength: 1, maxLength: 6 }),
          async (cases, queries, changes) => {
            await clearCourt(db);
            await importCourt(db, cases, TODAY, "a");
            // An empty rollup tells nothing: the first import built it in the full refresh.
            const built = await readRollupMeta(db.db);
            expect(built?.asOf).toBe(TODAY);
            for (const q of queries.slice(0, 2)) await sameBothWays(db, toQuery(q));
            // Re-import: some cases changed (same numbers, so the same cases), others unchanged —
            // the touched-case refresh maintains the rollup incrementally.
            const changed = new Map<number, CaseSpec>();
            for (const { at, change } of changes) {
              const i = at % cases.length;
              const old = cases[i] as CaseSpec;
              // The same case (type, 立案日期); its closing, division, judge, procedure… may change.
              // Its 审限变更 stay as imported (an import only adds them).
              changed.set(i, { ...change, type: old.type, filed: old.filed });
            }
            await importCourt(db, [...changed], TODAY, "b", false);
            const meta = await readRollupMeta(db.db);
            expect(meta?.stale).toBe(false);
            // Fewer cases than the court's: the touched-case refresh, which maintains the cells
            // (a full refresh would have rebuilt them).
            if (changed.size < cases.length) expect(meta?.builtAt).toBe(built?.builtAt);
            for (const q of queries.slice(2)) await sameBothWays(db, toQuery(q));
          },
        ),
        { numRuns: runs, endOnFailure: true },
      );
    });

    it("a rebuild a court at a time (a province's) writes the same cells as one over every court", async () => {
      await clearCourt(db);
      const courts = ["内0602", "内0603", "内0621"];
      for (const [i, court] of courts.entries())
        await importCourt(db, fc.sample(caseArb, { numRuns: 12, seed: 40 + i }), TODAY, `g${i}`, true, court);
      const cells = async () =>
        (
          await db.db
            .selectFrom("indicator_rollup" as never)
            .select(["month", "kind", "k", "v", "h"] as never[])
            .orderBy(["month", "kind", "k"] as never[])
            .execute()
        ).map((r) => JSON.stringify(r));
      await db.db.transaction().execute((trx) => rebuildRollup(trx, { asOf: TODAY }));
      const whole = await cells();
      // Three courts' cells: every court's key appears.
      for (const court of courts) expect(whole.some((c) => c.includes(court))).toBe(true);
      await db.db.transaction().execute((trx) => rebuildRollup(trx, { asOf: TODAY, groupCases: 1 }));
      expect(await cells()).toEqual(whole);
      await sameBothWays(db, {
        from: "2024-01-01",
        to: "2024-12-31",
        by: "court",
        ids: ["filed", "closed", "pending_end", "clearance_rate", "avg_duration_days"],
      });
    });

    it("reads the facts, and says so, where the rollup does not cover the question", async () => {
      await clearCourt(db);
      await importCourt(
        db,
        [
          { ...fc.sample(caseArb, { numRuns: 1, seed: 1 })[0], type: "民初" } as CaseSpec,
          { ...fc.sample(caseArb, { numRuns: 1, seed: 2 })[0], type: "执" } as CaseSpec,
        ],
        TODAY,
        "c",
      );
      const ids = ["filed", "closed", "pending_end", "clearance_rate"];
      // 案由 is not a key of the rollup.
      const byCause = await computeIndicators(actor, db, {
        from: "2024-01-01",
        to: "2024-12-31",
        by: "cause",
        ids,
      });
      expect(byCause.answeredFrom).toBe("facts");
      expect(byCause.factsReason).toContain("案由");
      // A period ending on the 20th: 未结 on that day is not in any cell.
      const q = { from: "2024-01-01", to: "2024-06-20", by: "all" as const, ids };
      const odd = await computeIndicators(actor, db, q);
      expect(odd.answeredFrom).toBe("facts");
      expect(odd.groups[0]?.indicators.pending_end?.fromCases).toContain("此项按案件明细计算");
      // The same question over whole months: from the rollup, without the note.
      const whole = await computeIndicators(actor, db, { ...q, to: "2024-06-30" });
      expect(whole.answeredFrom).toBe("rollup");
      expect(whole.groups[0]?.indicators.pending_end?.fromCases).toBeUndefined();
      // 同比 of a period to the data's day (2024-01-01 … 2024-03-17): not whole months → mixed.
      const toDate = await computeIndicators(actor, db, {
        from: "2025-01-01",
        to: TODAY,
        by: "all",
        ids,
        compare: true,
      });
      expect(toDate.answeredFrom).toBe("mixed");
      const facts = await computeIndicators(actor, db, {
        from: "2025-01-01",
        to: TODAY,
        by: "all",
        ids,
        compare: true,
        noRollup: true,
      });
      expect(toDate.groups).toEqual(facts.groups);
    });
  });
}
