/**
 * What an import may not do silently, on SQLite and PostgreSQL: accept an event dated before its
 * case's filing (from the same file or the database), change stored cases without listing every
 * change old → new before the commit (and keeping the list in the audit log), or leave cases whose
 * facts and alerts were never brought up to date (an import stays `facts-pending` until they are,
 * and opening the database completes it).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ComputedAlert } from "../../../src/app/alerts/detect-alerts.js";
import { detectAllAlerts } from "../../../src/app/alerts/detect-alerts.js";
import { completePendingImports } from "../../../src/app/imports/complete-pending-imports.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { withDatabase } from "../../../src/app/runtime/database.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { startApp } from "../../../src/http/start.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-import-integrity-"));
const actor = systemActor("tester");
const TODAY = "2024-12-31";

const CASES_HEADER = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企";
const CASES = [
  CASES_HEADER,
  "（2024）内0602民初11号,民间借贷纠纷,2024-03-01,简易程序,民事审判第一庭,张三,,,50000,王五,赵六,是",
  "（2024）内0602民初12号,买卖合同纠纷,2024-04-10,普通程序,民事审判第一庭,李四,,,,钱七,孙八,否",
].join("\n");
const EVENTS_HEADER = "案号,事项,原因,开始日期,结束日期,期限,新程序,批准人,说明";
const EVENTS = [EVENTS_HEADER, "（2024）内0602民初12号,扣除审限,鉴定,2024-05-06,2024-06-04,,,,委托鉴定"].join(
  "\n",
);

let n = 0;
function write(name: string, content: string): string {
  const p = join(dir, `${n++}-${name}`);
  writeFileSync(p, content);
  return p;
}

async function snapshot(db: TestDb) {
  const cases = await db.db.selectFrom("cases").selectAll().orderBy("id").execute();
  const events = await db.db.selectFrom("case_events").selectAll().orderBy("id").execute();
  const facts = await db.db.selectFrom("case_facts").selectAll().orderBy("case_id").execute();
  return JSON.stringify({ cases, events, facts });
}

async function count(db: TestDb, table: "cases" | "case_events" | "case_facts"): Promise<number> {
  const r = await db.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function activeAlerts(db: TestDb): Promise<number> {
  const r = await db.db
    .selectFrom("alerts")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("state", "<>", "resolved")
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function freshDetection(db: TestDb): Promise<ComputedAlert[]> {
  const found: ComputedAlert[] = [];
  await detectAllAlerts(db, (page) => void found.push(...page), { asOf: TODAY });
  return found;
}

for (const dialect of TEST_DIALECTS) {
  describe(`import integrity on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      const r = await importCases(actor, db, [write("cases.csv", CASES), write("events.csv", EVENTS)], {
        today: TODAY,
      });
      expect(r.errors).toEqual([]);
      expect(r.changes).toEqual({ total: 0, cases: [], limit: 200 });
    });
    afterAll(async () => {
      await db?.drop();
    });

    describe("an event before its case's filing date is an error on its 开始日期; nothing is written", () => {
      it("the filing date from the same file", async () => {
        const before = await snapshot(db);
        const cases = `${CASES}\n（2024）内0602民初13号,离婚纠纷,2024-06-03,简易程序,民事审判第二庭,陈十二,,,,,,`;
        // Row 3: 民初13 is filed 2024-06-03 in row 4 of the cases file; its 延长审限 of 2024/6/1 precedes it.
        const events = `${EVENTS}\n（2024）内0602民初13号,延长审限,,2024/6/1,,1个月,,院长,`;
        const r = await importCases(actor, db, [write("c.csv", cases), write("e.csv", events)], {
          today: TODAY,
        });
        expect(r.status).toBe("rejected");
        expect(r.errors).toEqual([
          {
            sheet: expect.stringMatching(/e\.csv$/),
            row: 3,
            column: "开始日期",
            value: "2024/6/1",
            message:
              "延长审限的开始日期早于该案立案日期 2024-06-03：审理期限自立案次日起算，立案之前不能有审限变更",
            severity: "error",
          },
        ]);
        expect(await snapshot(db)).toBe(before);
      });

      it("the filing date of a stored case; the filing day itself is allowed", async () => {
        const before = await snapshot(db);
        // 民初11 is stored, filed 2024-03-01: a 程序转换 of 2024-02-28 (row 2) precedes it; the
        // 中止诉讼 of 2024-03-01 (row 3) is on the filing day and passes.
        const events = [
          EVENTS_HEADER,
          "（2024）内0602民初11号,程序转换,,2024-02-28,,,普通程序,,",
          "（2024）内0602民初11号,中止诉讼,,2024-03-01,2024-03-20,,,,",
        ].join("\n");
        const r = await importCases(actor, db, [write("only-events.csv", events)], { today: TODAY });
        expect(r.errors.map((e) => [e.row, e.column, e.value, e.message])).toEqual([
          [
            2,
            "开始日期",
            "2024-02-28",
            "程序转换的开始日期早于该案立案日期 2024-03-01：审理期限自立案次日起算，立案之前不能有审限变更",
          ],
        ]);
        expect(await snapshot(db)).toBe(before);
      });

      it("a re-import moving a stored case's filing date after its stored events", async () => {
        const before = await snapshot(db);
        // 民初12 has a stored 扣除审限 from 2024-05-06; the file moves its filing to 2024-05-10 (row 3).
        const cases = CASES.replace(
          "（2024）内0602民初12号,买卖合同纠纷,2024-04-10",
          "（2024）内0602民初12号,买卖合同纠纷,2024-05-10",
        );
        const r = await importCases(actor, db, [write("moved.csv", cases)], { today: TODAY });
        expect(r.errors.map((e) => [e.row, e.column, e.value, e.message])).toEqual([
          [
            3,
            "立案日期",
            "2024-05-10",
            "立案日期晚于该案已导入的扣除审限（开始日期 2024-05-06）；审限变更只能追加，不能通过导入删除，请核对立案日期",
          ],
        ]);
        expect(await snapshot(db)).toBe(before);
      });
    });

    describe("a re-import lists every stored case it changes, old → new, before and after the commit", () => {
      // 民初11: closed 2024-10-08 by 判决, 标的额 50,000 → 60,000.5 yuan, 涉企 是 → 否, and a new
      // 延长审限; 民初12: only a new 中止诉讼; 民初14: new (not a change of a stored case).
      const cases = [
        CASES_HEADER,
        "（2024）内0602民初11号,民间借贷纠纷,2024-03-01,简易程序,民事审判第一庭,张三,2024-10-08,判决,60000.5,王五,赵六,否",
        "（2024）内0602民初12号,买卖合同纠纷,2024-04-10,普通程序,民事审判第一庭,李四,,,,钱七,孙八,否",
        "（2024）内0602民初14号,物业服务合同纠纷,2024-07-01,小额诉讼程序,民事审判第二庭,陈十二,,,,,,",
      ].join("\n");
      const events = [
        EVENTS.split("\n")[0],
        EVENTS.split("\n")[1],
        "（2024）内0602民初11号,延长审限,,2024-05-20,,1个月,,院长,",
        "（2024）内0602民初12号,中止诉讼,,2024-08-01,,,,,",
      ].join("\n");
      const expected = {
        total: 2,
        limit: 200,
        cases: [
          {
            caseNumber: "（2024）内0602民初11号",
            row: 2,
            fields: [
              { field: "结案日期", before: "（空）", after: "2024-10-08" },
              { field: "结案方式", before: "（空）", after: "判决" },
              { field: "标的额", before: "50,000.00 元", after: "60,000.50 元" },
              { field: "涉企", before: "是", after: "否" },
              { field: "新增审限变更", before: "—", after: "延长审限 2024-05-20，期限 1个月，批准人 院长" },
            ],
          },
          {
            caseNumber: "（2024）内0602民初12号",
            row: 3,
            fields: [
              { field: "新增审限变更", before: "—", after: "中止诉讼 2024-08-01 至 （未填结束日期）" },
            ],
          },
        ],
      };

      it("the dry run lists them and writes nothing", async () => {
        const before = await snapshot(db);
        const r = await importCases(actor, db, [write("c2.csv", cases), write("e2.csv", events)], {
          today: TODAY,
          dryRun: true,
        });
        expect(r.errors).toEqual([]);
        expect(r.changes).toEqual(expected);
        expect(r.summary).toContain("将修改已存储的案件 2 件");
        expect(await snapshot(db)).toBe(before);
      });

      it("the list is bounded (all counted) and the real import's audit keeps it", async () => {
        const dry = await importCases(actor, db, [write("c3.csv", cases), write("e3.csv", events)], {
          today: TODAY,
          dryRun: true,
          maxChanges: 1,
        });
        expect(dry.changes).toEqual({ total: 2, limit: 1, cases: [expected.cases[0]] });
        expect(dry.summary).toContain("报告逐项列出前 1 件");

        const r = await importCases(actor, db, [write("c4.csv", cases), write("e4.csv", events)], {
          today: TODAY,
        });
        expect(r.status).toBe("imported");
        expect(r.changes).toEqual(expected);
        const audit = await db.db
          .selectFrom("audit_log")
          .selectAll()
          .where("entity", "=", "imports")
          .where("entity_id", "=", String(r.importId))
          .where("action", "=", "import")
          .executeTakeFirstOrThrow();
        expect(JSON.parse(audit.detail ?? "{}").changes).toEqual(expected);
        const perCase = await db.db
          .selectFrom("audit_log")
          .select(["action", "entity_id", "after_json", "detail"])
          .where("entity", "=", "cases")
          .where("action", "in", ["update", "append-events"])
          .orderBy("id")
          .execute();
        expect(
          perCase.map((a) => [
            a.action,
            a.entity_id,
            a.action === "update" ? JSON.parse(a.detail ?? "{}").changes : JSON.parse(a.after_json ?? "[]"),
          ]),
        ).toEqual([
          ["update", "（2024）内0602民初11号", expected.cases[0]?.fields.slice(0, 4)],
          ["append-events", "（2024）内0602民初11号", expected.cases[0]?.fields.slice(4)],
          ["append-events", "（2024）内0602民初12号", expected.cases[1]?.fields],
        ]);
      });
    });

    describe("an import is imported only once its facts and alerts are current", () => {
      it("left facts-pending (refresh: false), it is completed by whoever opens the database", async () => {
        const cases = `${CASES}\n（2024）内0602民初15号,民间借贷纠纷,2024-08-01,简易程序,民事审判第一庭,张三,,,,,,`;
        const r = await importCases(actor, db, [write("c5.csv", cases)], { today: TODAY, refresh: false });
        expect(r.status).toBe("imported");
        const row = await db.db
          .selectFrom("imports")
          .select(["status", "as_of", "finished_at"])
          .where("id", "=", r.importId as number)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ status: "facts-pending", as_of: TODAY, finished_at: null });
        // The new case has no facts yet: cases and facts disagree.
        expect(await count(db, "case_facts")).toBe((await count(db, "cases")) - 1);

        const done = await withDatabase(db.url, async (h) => {
          const again = await completePendingImports(h);
          return again;
        });
        // withDatabase completed it before fn ran: nothing left for fn.
        expect(done).toBeNull();
        expect(await count(db, "case_facts")).toBe(await count(db, "cases"));
        const after = await db.db
          .selectFrom("imports")
          .select(["status", "finished_at"])
          .where("id", "=", r.importId as number)
          .executeTakeFirstOrThrow();
        expect(after.status).toBe("imported");
        expect(after.finished_at).not.toBeNull();
        expect(await activeAlerts(db)).toBe((await freshDetection(db)).length);
        const completion = await db.db
          .selectFrom("audit_log")
          .select(["entity_id"])
          .where("action", "=", "import-completed")
          .executeTakeFirstOrThrow();
        expect(completion.entity_id).toBe(String(r.importId));
      });

      it("the server's start completes a pending import before it serves", async () => {
        const cases = `${CASES}\n（2024）内0602民初17号,民间借贷纠纷,2024-09-02,简易程序,民事审判第一庭,张三,,,,,,`;
        const r = await importCases(actor, db, [write("c7.csv", cases)], { today: TODAY, refresh: false });
        const status = () =>
          db.db
            .selectFrom("imports")
            .select("status")
            .where("id", "=", r.importId as number)
            .executeTakeFirstOrThrow()
            .then((x) => x.status);
        expect(await status()).toBe("facts-pending");
        const log: string[] = [];
        const app = await startApp({
          db: db.url,
          demo: false,
          buildWeb: false,
          warm: false,
          port: 0,
          logger: false,
          log: (s) => log.push(s),
        });
        await app.close();
        expect(await status()).toBe("imported");
        expect(log.some((l) => l.startsWith(`已补完未完成的导入（编号 ${r.importId}）`))).toBe(true);
        expect(await count(db, "case_facts")).toBe(await count(db, "cases"));
        expect(await activeAlerts(db)).toBe((await freshDetection(db)).length);
      });

      it("the stored alerts after an import equal a fresh detection, one facts row per case", async () => {
        const cases = `${CASES}\n（2023）内0602民初16号,民间借贷纠纷,2023-08-01,简易程序,民事审判第一庭,张三,,,,,,`;
        const r = await importCases(actor, db, [write("c6.csv", cases)], { today: TODAY });
        expect(r.status).toBe("imported");
        const row = await db.db
          .selectFrom("imports")
          .select(["status"])
          .where("id", "=", r.importId as number)
          .executeTakeFirstOrThrow();
        expect(row.status).toBe("imported");
        expect(await count(db, "case_facts")).toBe(await count(db, "cases"));
        const fresh = await freshDetection(db);
        // Filed 2023-08-01 and pending at 2024-12-31: over a year (long-pending.12m), so the
        // detection is not empty.
        expect(fresh.some((a) => a.caseNumber === "（2023）内0602民初16号")).toBe(true);
        expect(await activeAlerts(db)).toBe(fresh.length);
        expect(await completePendingImports(db)).toBeNull();
      });
    });
  });
}
