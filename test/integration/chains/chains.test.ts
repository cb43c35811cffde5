/**
 * Linked cases on SQLite and PostgreSQL: two imports where a link's origin arrives only in the
 * second; the chain facts, 案-件比, 一审判决进入执行比 and 二审改判—发回重审比 against hand counts;
 * the drill-down's roots and the chain view of a case. Period 2024; facts as of 2025-06-30.
 *
 * Cases (N = （2024）内0602…号):
 *   A1 民初101 判决 closed 03-01 ← E1 执201 (closed 09-01) ← X1 执异301 (closed 07-01)
 *   A2 民初102 判决 closed 04-01, 申请执行 否, 二审结果 改判
 *   A3 民初103 判决 closed 06-01 — only in the second import; E2 执202 (pending) names it
 *   A4 民初104 调解 closed 05-01
 *   A5 民初105 判决 closed 05-10, 申请执行 是 (enforced elsewhere), 二审结果 发回重审
 *   A6 民初106 判决 closed 05-20, 二审结果 改判
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCaseChain } from "../../../src/app/chains/get-case-chain.js";
import { refreshFacts } from "../../../src/app/facts/refresh-facts.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { computeIndicators } from "../../../src/app/indicators/compute-indicators.js";
import { drillDown } from "../../../src/app/indicators/drill-down.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const actor = systemActor("tester");
const TODAY = "2025-06-30";
const P = { from: "2024-01-01", to: "2024-12-31" };
const N = (t: string) => `（2024）内0602${t}号`;
const HEADER = "案号,案由,立案日期,承办部门,承办人,结案日期,结案方式,二审结果,申请执行,原审案号";
const CIVIL = "民事审判第一庭";
const ENF = "执行局";

const FIRST = [
  HEADER,
  `${N("民初101")},民间借贷纠纷,2024-01-10,${CIVIL},张法官,2024-03-01,判决,,,`,
  `${N("执201")},,2024-05-01,${ENF},李法官,2024-09-01,执行完毕,,,${N("民初101")}`,
  `${N("执异301")},,2024-06-01,${ENF},李法官,2024-07-01,其他,,,${N("执201")}`,
  `${N("民初102")},民间借贷纠纷,2024-02-01,${CIVIL},张法官,2024-04-01,判决,改判,否,`,
  `${N("执202")},,2024-08-01,${ENF},李法官,,,,,${N("民初103")}`,
  `${N("民初104")},买卖合同纠纷,2024-02-10,${CIVIL},王法官,2024-05-01,调解,,,`,
  `${N("民初105")},买卖合同纠纷,2024-02-15,${CIVIL},王法官,2024-05-10,判决,发回重审,是,`,
  `${N("民初106")},买卖合同纠纷,2024-02-20,${CIVIL},王法官,2024-05-20,判决,改判,,`,
].join("\n");
const SECOND = [HEADER, `${N("民初103")},民间借贷纠纷,2024-03-01,${CIVIL},张法官,2024-06-01,判决,,,`].join(
  "\n",
);

async function load(db: TestDb, csv: string, name: string) {
  const dir = mkdtempSync(join(tmpdir(), "shenguan-chains-"));
  writeFileSync(join(dir, name), csv);
  const r = await importCases(actor, db, [join(dir, name)], { today: TODAY });
  expect(r.errors).toEqual([]);
  return r;
}

async function idOf(db: TestDb, caseNumber: string): Promise<number> {
  const r = await db.db
    .selectFrom("cases")
    .select("id")
    .where("case_number", "=", caseNumber)
    .executeTakeFirst();
  if (!r) throw new Error(`no case ${caseNumber}`);
  return Number(r.id);
}

async function chainFacts(db: TestDb) {
  const rows = await db.db
    .selectFrom("case_facts as f")
    .innerJoin("cases as c", "c.id", "f.case_id")
    .select(["c.case_number", "f.chain_root", "f.chain_cases", "f.enforced_by_case"])
    .execute();
  return Object.fromEntries(
    rows.map((r) => [
      r.case_number,
      [Number(r.chain_root), Number(r.chain_cases), Number(r.enforced_by_case)] as const,
    ]),
  );
}

const IDS = ["case_proceedings_ratio", "judgment_enforcement_rate", "appeal_reversal_remand_ratio"];

async function figures(db: TestDb) {
  const panel = await computeIndicators(actor, db, { ...P, by: "all", ids: IDS });
  return panel.groups[0]?.indicators ?? {};
}

for (const dialect of TEST_DIALECTS) {
  describe(`linked cases on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("first import: chains built, the link to a case not yet imported left open", async () => {
      const r = await load(db, FIRST, "cases.csv");
      expect(r.cases.inserted).toBe(8);
      const f = await chainFacts(db);
      // [chain_root, chain_cases, enforced_by_case]
      expect(f[N("民初101")]).toEqual([1, 3, 1]);
      expect(f[N("执201")]).toEqual([0, 0, 0]);
      expect(f[N("执异301")]).toEqual([0, 0, 0]);
      expect(f[N("执202")]).toEqual([1, 1, 0]); // its origin 民初103 is not in the data yet
      expect(f[N("民初102")]).toEqual([1, 1, 0]);

      const v = await figures(db);
      // 案: roots closed in 2024 = 民初101 (3 件), 102, 104, 105, 106 (1 件 each); 执202 is pending.
      // 案-件比 = (3 + 1 + 1 + 1 + 1) ÷ 5 = 7 / 5 = 1.4.
      expect(v.case_proceedings_ratio).toMatchObject({ value: 1.4, numerator: 7, denominator: 5 });
      // 判决 一审 closed: 101, 102, 105, 106 = 4; enforced: 101 (an 执 names it), 105 (申请执行 是) = 2.
      expect(v.judgment_enforcement_rate).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
      // 改判: 102, 106 = 2; 发回重审: 105 = 1 → 2 ÷ 1 = 2.
      expect(v.appeal_reversal_remand_ratio).toMatchObject({ value: 2, numerator: 2, denominator: 1 });

      const chain = await getCaseChain(actor, db, await idOf(db, N("执202")));
      expect(chain.caseCount).toBe(1);
      expect(chain.cases[0]).toMatchObject({
        caseNumber: N("执202"),
        originCaseNumber: N("民初103"),
        originNote: "原审案件不在本院数据中",
        current: true,
        canView: true,
      });
    });

    it("second import: the origin arrives and the open link resolves", async () => {
      await load(db, SECOND, "cases2.csv");
      const f = await chainFacts(db);
      expect(f[N("民初103")]).toEqual([1, 2, 1]);
      expect(f[N("执202")]).toEqual([0, 0, 0]);
      expect(f[N("民初101")]).toEqual([1, 3, 1]);

      const v = await figures(db);
      // Roots closed in 2024 now also 民初103 (2 件): (3 + 1 + 1 + 1 + 1 + 2) ÷ 6 = 9 / 6 = 1.5.
      expect(v.case_proceedings_ratio).toMatchObject({ value: 1.5, numerator: 9, denominator: 6 });
      // 判决: 101, 102, 103, 105, 106 = 5; enforced: 101, 103 (执202 names it), 105 = 3.
      expect(v.judgment_enforcement_rate).toMatchObject({ value: 0.6, numerator: 3, denominator: 5 });

      const chain = await getCaseChain(actor, db, await idOf(db, N("执202")));
      expect(chain.cases.map((c) => [c.caseNumber, c.depth, c.originNote, c.current])).toEqual([
        [N("民初103"), 0, null, false],
        [N("执202"), 1, null, true],
      ]);
    });

    it("the drill lists the roots; each opens to its chain, root first", async () => {
      const d = await drillDown(actor, db, {
        ...P,
        indicator: "case_proceedings_ratio",
        part: "denominator",
        sort: "case_number",
      });
      expect(d.total).toBe(6);
      expect(d.rows.map((r) => r.caseNumber)).toEqual(
        ["民初101", "民初102", "民初103", "民初104", "民初105", "民初106"].map(N),
      );
      const a1 = d.rows[0]?.id as number;
      const chain = await getCaseChain(actor, db, a1);
      expect(chain.rootId).toBe(a1);
      expect(chain.caseCount).toBe(3);
      expect(chain.cases.map((c) => [c.caseNumber, c.typeCode, c.depth, c.closureMode])).toEqual([
        [N("民初101"), "民初", 0, "判决"],
        [N("执201"), "执", 1, "执行完毕"],
        [N("执异301"), "执异", 2, "其他"],
      ]);
      // Asked from the middle of the chain: the same chain.
      const fromMiddle = await getCaseChain(actor, db, await idOf(db, N("执201")));
      expect(fromMiddle.cases.map((c) => c.id)).toEqual(chain.cases.map((c) => c.id));
      expect(fromMiddle.cases.find((c) => c.current)?.caseNumber).toBe(N("执201"));
    });

    it("a full refresh gives the same chain facts as the import's refresh", async () => {
      const before = await chainFacts(db);
      await refreshFacts(actor, db, { asOf: TODAY });
      expect(await chainFacts(db)).toEqual(before);
    });

    it("a judge reads the chain of their own case; the cases of others are listed, not opened", async () => {
      const li = { username: "li", role: "judge" as const, division: ENF, judgeName: "李法官" };
      const chain = await getCaseChain(li, db, await idOf(db, N("执201")));
      expect(chain.cases.map((c) => [c.caseNumber, c.canView])).toEqual([
        [N("民初101"), false],
        [N("执201"), true],
        [N("执异301"), true],
      ]);
      // 民初101 is 张法官's: 李法官 may not ask for its chain.
      await expect(getCaseChain(li, db, await idOf(db, N("民初101")))).rejects.toMatchObject({ status: 403 });
    });
  });
}
