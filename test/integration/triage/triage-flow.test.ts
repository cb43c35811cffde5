/**
 * 退案流转 and the fast-track facts and figures on SQLite and PostgreSQL, over eight 民初 cases
 * counted by hand. Settings: a wage of 100,000 yuan applying from 2024-01-01, so 小额诉讼's
 * threshold is 50,000 yuan and its ceiling (with consent) 200,000 yuan (民事诉讼法第一百六十五条);
 * the 速裁 division is 速裁团队 and the time limit 15 days (defaults).
 *
 *  A 简易 in 速裁团队, 80,000 yuan (no consent: not eligible), closed after 20 days   → 速裁, stays
 *  B 小额 in 速裁团队, 30,000 yuan (eligible), closed under 小额 after 30 days         → 小额, stays
 *  C 简易 in 速裁团队, 20,000 yuan (eligible), moved to 民一庭 on day 15 (in time), closed 简易
 *  D 小额 in 城东人民法庭, 公告 from 05-20 (not eligible, art. 166(4)), converted to 简易 on day 31
 *  E 普通 离婚纠纷 in 民一庭 (never fast; 人身关系 not eligible), closed
 *  F 简易 in 民二庭 with a 反诉 (not eligible, not fast), pending
 *  G 简易 in 速裁团队 (eligible), pending; a re-import names 民二庭 with no row → inferred move
 *  H 简易 in 速裁团队, pending; a re-import names 民二庭 and a row dated 07-10 (day 9) → explicit only
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { computeIndicators } from "../../../src/app/indicators/compute-indicators.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { fastTrackStats } from "../../../src/app/triage/fast-track-stats.js";
import { listTransfersBack } from "../../../src/app/triage/list-transfers-back.js";
import { refreshTriageFacts } from "../../../src/app/triage/refresh-triage-facts.js";
import { loadTriageSettings, TRIAGE_SETTINGS_NAME } from "../../../src/app/triage/triage-settings.js";
import { writeSetting } from "../../../src/db/settings/settings.js";
import { parseIsoDate } from "../../../src/domain/calendar/civil-date.js";
import { INFERRED_DIVISION_CHANGE_REASON } from "../../../src/domain/import/validate.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const HEADER =
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,涉外,反诉,约定适用小额诉讼";
const n = (i: number) => `（2024）内0602民初${i}号`;
const [A, B, C, D, E, F, G, H] = [1, 2, 3, 4, 5, 6, 7, 8].map(n) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
const FIRST = [
  HEADER,
  `${A},买卖合同纠纷,2024-03-01,简易程序,速裁团队,张某,2024-03-21,判决,80000,,,`,
  `${B},民间借贷纠纷,2024-03-01,小额诉讼程序,速裁团队,张某,2024-03-31,判决,30000,,,`,
  `${C},信用卡纠纷,2024-04-01,简易程序,民事审判第一庭,王某,2024-08-01,判决,20000,,,`,
  `${D},物业服务合同纠纷,2024-05-01,小额诉讼程序,城东人民法庭,赵某,2024-09-01,判决,3000,,,`,
  `${E},离婚纠纷,2024-05-01,普通程序,民事审判第一庭,王某,2024-10-01,调解,,,,`,
  `${F},买卖合同纠纷,2024-06-01,简易程序,民事审判第二庭,钱某,,,10000,否,是,`,
  `${G},追索劳动报酬纠纷,2024-07-01,简易程序,速裁团队,张某,,,5000,,,`,
  `${H},买卖合同纠纷,2024-07-01,简易程序,速裁团队,张某,,,6000,,,`,
].join("\n");
const EVENT_HEADER = "案号,事项,原因,开始日期,结束日期,期限,新程序,原部门,新部门,批准人,说明";
const FIRST_EVENTS = [
  EVENT_HEADER,
  `${C},变更承办部门,案情复杂需要鉴定,2024-04-16,,,,速裁团队,民事审判第一庭,,`,
  `${D},扣除审限,公告,2024-05-20,2024-07-20,,,,,,`,
  `${D},程序转换,,2024-06-01,,,简易程序,,,,被告下落不明需公告送达`,
].join("\n");
// The re-import: G and H now in 民二庭; only H has its row.
const SECOND = [
  HEADER,
  `${G},追索劳动报酬纠纷,2024-07-01,简易程序,民事审判第二庭,钱某,,,5000,,,`,
  `${H},买卖合同纠纷,2024-07-01,简易程序,民事审判第二庭,钱某,,,6000,,,`,
].join("\n");
const SECOND_EVENTS = [
  EVENT_HEADER,
  `${H},变更承办部门,当事人申请追加被告,2024-07-10,,,,速裁团队,民事审判第二庭,,`,
].join("\n");

const actor = systemActor("tester");
const TODAY = "2025-06-30";
const P = { from: "2024-01-01", to: "2024-12-31" };
const SETTINGS = {
  averageWages: [{ appliesFrom: "2024-01-01", wageYear: 2023, yuan: 100_000, source: "测试数据" }],
};

for (const dialect of TEST_DIALECTS) {
  describe(`退案流转 and fast-track figures on ${dialect}`, () => {
    let db: TestDb;
    const ids = new Map<string, number>();
    beforeAll(async () => {
      db = await freshDb(dialect);
      await writeSetting(db, TRIAGE_SETTINGS_NAME, JSON.stringify(SETTINGS), `${TODAY}T00:00:00Z`);
      const dir = mkdtempSync(join(tmpdir(), "shenguan-triage-"));
      writeFileSync(join(dir, "cases.csv"), FIRST);
      writeFileSync(join(dir, "events.csv"), FIRST_EVENTS);
      writeFileSync(join(dir, "cases2.csv"), SECOND);
      writeFileSync(join(dir, "events2.csv"), SECOND_EVENTS);
      const r1 = await importCases(actor, db, [join(dir, "cases.csv"), join(dir, "events.csv")], {
        today: TODAY,
      });
      expect(r1.errors).toEqual([]);
      const r2 = await importCases(actor, db, [join(dir, "cases2.csv"), join(dir, "events2.csv")], {
        today: TODAY,
      });
      expect(r2.errors).toEqual([]);
      for (const row of await db.db.selectFrom("cases").select(["id", "case_number"]).execute())
        ids.set(row.case_number, Number(row.id));
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("records the inferred move of G, and only the explicit one of H", async () => {
      const moves = await db.db
        .selectFrom("case_events")
        .select(["case_id", "reason", "from_on", "prior_division", "new_division"])
        .where("kind", "=", "divisionChange")
        .orderBy("case_id")
        .execute();
      const of = (c: string) => moves.filter((m) => Number(m.case_id) === ids.get(c));
      expect(of(G)).toEqual([
        expect.objectContaining({
          reason: INFERRED_DIVISION_CHANGE_REASON,
          from_on: TODAY,
          prior_division: "速裁团队",
          new_division: "民事审判第二庭",
        }),
      ]);
      expect(of(H)).toEqual([
        expect.objectContaining({ reason: "当事人申请追加被告", from_on: "2024-07-10" }),
      ]);
    });

    it("writes the fast-track facts", async () => {
      const facts = await db.db
        .selectFrom("case_facts")
        .select(["case_id", "fast_track", "small_claims_eligible", "transferred_back", "transfer_day"])
        .execute();
      const f = (c: string) => {
        const row = facts.find((x) => Number(x.case_id) === ids.get(c));
        return [
          Number(row?.fast_track),
          Number(row?.small_claims_eligible),
          Number(row?.transferred_back),
          row?.transfer_day === null ? null : Number(row?.transfer_day),
        ];
      };
      expect(f(A)).toEqual([1, 0, 0, null]);
      expect(f(B)).toEqual([2, 1, 0, null]);
      expect(f(C)).toEqual([1, 1, 1, parseIsoDate("2024-04-16")]);
      expect(f(D)).toEqual([2, 0, 1, parseIsoDate("2024-06-01")]);
      expect(f(E)).toEqual([0, 0, 0, null]);
      expect(f(F)).toEqual([0, 0, 0, null]);
      expect(f(G)).toEqual([1, 1, 1, parseIsoDate(TODAY)]);
      expect(f(H)).toEqual([1, 1, 1, parseIsoDate("2024-07-10")]);
    });

    it("resets the facts when the settings change, and writes nothing when nothing changed", async () => {
      const settings = await loadTriageSettings(db);
      // No 速裁 division named 速裁团队 and no wage: only the 小额 cases B and D keep a track.
      const other = {
        ...settings,
        averageWages: [],
        fastTrack: { ...settings.fastTrack, divisions: ["另一团队"] },
      };
      const changed = await db.db.transaction().execute((trx) => refreshTriageFacts(trx, other, TODAY));
      // A, C, G, H lose 速裁 (C, G, H their transfer too); B loses eligibility; D keeps 小额 and its
      // conversion: 5 rows.
      const back = await db.db.transaction().execute((trx) => refreshTriageFacts(trx, settings, TODAY));
      expect([changed.written, back.written]).toEqual([5, 5]);
      const again = await db.db.transaction().execute((trx) => refreshTriageFacts(trx, settings, TODAY));
      expect(again.written).toBe(0);
    });

    it("lists the transfers back, late ones flagged, the inferred one not judged", async () => {
      const all = await listTransfersBack(actor, db, {}, TODAY);
      // Newest first: G (import day), D (06-01; day 31, late), H (07-10) … sorted by date desc:
      // G 2025-06-30, H 2024-07-10, D 2024-06-01, C 2024-04-16.
      expect(all.rows.map((r) => [r.caseNumber, r.daysInFastTrack, r.lateLabel])).toEqual([
        [G, 364, "日期不详"],
        [H, 9, "按期"],
        [D, 31, "逾期"],
        [C, 15, "按期"],
      ]);
      expect(all.late).toBe(1);
      expect(all.rows.find((r) => r.caseNumber === D)?.reason).toBe("被告下落不明需公告送达");
      const late = await listTransfersBack(actor, db, { lateOnly: true }, TODAY);
      expect(late.rows.map((r) => r.caseNumber)).toEqual([D]);
      const civil2 = await listTransfersBack(actor, db, { division: "民事审判第二庭" }, TODAY);
      expect(civil2.rows.map((r) => r.caseNumber)).toEqual([G, H]);
    });

    it("computes the catalogue's fast-track figures by hand", async () => {
      const panel = await computeIndicators(actor, db, {
        ...P,
        by: "all",
        ids: [
          "triage_fast_track_share",
          "triage_fast_track_avg_days",
          "triage_fast_track_median_days",
          "triage_transfer_back_rate",
          "triage_small_claims_eligible_rate",
        ],
      });
      const f = panel.groups[0]?.indicators ?? {};
      // Entered: A, B, C, D, G, H of the eight 民初 filed in 2024.
      expect(f.triage_fast_track_share).toMatchObject({ value: 6 / 8, numerator: 6, denominator: 8 });
      // Closed without leaving: A (20 days), B (30 days): mean 25, median 25.
      expect(f.triage_fast_track_avg_days).toMatchObject({ value: 25, numerator: 50, denominator: 2 });
      expect(f.triage_fast_track_median_days?.value).toBe(25);
      // Sent back: C, D, G, H of the six.
      expect(f.triage_transfer_back_rate).toMatchObject({ value: 4 / 6, numerator: 4, denominator: 6 });
      // Closed and eligible: B (小额) and C (简易): 1 of 2.
      expect(f.triage_small_claims_eligible_rate).toMatchObject({
        value: 1 / 2,
        numerator: 1,
        denominator: 2,
      });
    });

    it("gives the statistics by division (the current division)", async () => {
      const s = await fastTrackStats(actor, db, { ...P, by: "division" });
      const row = (k: string) => s.rows.find((r) => r.key === k);
      // 速裁团队 now holds A and B: both entered, both closed in the track.
      expect(row("速裁团队")).toMatchObject({ filed: 2, entered: 2, closedInTrack: 2, avgDays: 25 });
      // 民二庭: F (not fast), G and H (fast, both sent back).
      expect(row("民事审判第二庭")).toMatchObject({ filed: 3, entered: 2, transferredBack: 2 });
    });

    it("gives the statistics by month (filing month for the shares, closing month for durations)", async () => {
      const s = await fastTrackStats(actor, db, { ...P, by: "month" });
      expect(s.rows).toHaveLength(12);
      const row = (k: string) => s.rows.find((r) => r.key === k);
      // March: A and B filed (both fast) and closed in the track (20 and 30 days).
      expect(row("2024-03")).toMatchObject({
        filed: 2,
        entered: 2,
        closedInTrack: 2,
        avgDays: 25,
        medianDays: 25,
      });
      // July: G and H filed, both fast, both sent back by the data date.
      expect(row("2024-07")).toMatchObject({ filed: 2, entered: 2, transferredBack: 2, backRate: 1 });
      // August: C closed, eligible, under 简易 — 0 of 1.
      expect(row("2024-08")).toMatchObject({ eligibleClosed: 1, smallClaimsClosed: 0, eligibleRate: 0 });
    });
  });
}

describe("unreadable triage settings (SQLite)", () => {
  let db: TestDb;
  afterAll(async () => {
    await db?.drop();
  });

  it("do not stop an import; the 退案流转 list names the setting's problem", async () => {
    db = await freshDb("sqlite");
    // 退案期限 must be a positive whole number of days.
    await writeSetting(
      db,
      TRIAGE_SETTINGS_NAME,
      JSON.stringify({ transferBackDays: 0 }),
      `${TODAY}T00:00:00Z`,
    );
    const dir = mkdtempSync(join(tmpdir(), "shenguan-triage-bad-"));
    writeFileSync(join(dir, "cases.csv"), [HEADER, FIRST.split("\n")[1]].join("\n"));
    const r = await importCases(actor, db, [join(dir, "cases.csv")], { today: TODAY });
    expect(r.errors).toEqual([]);
    const facts = await db.db.selectFrom("case_facts").select(["fast_track"]).execute();
    // The pass was skipped: A keeps the default although it is a 速裁 case.
    expect(facts.map((f) => Number(f.fast_track))).toEqual([0]);
    await expect(listTransfersBack(actor, db, {}, TODAY)).rejects.toThrow(/退案期限应为正整数/);
  });
});
