/**
 * Import of court exports into SQLite and PostgreSQL: atomic, validated, idempotent.
 * The expected deadlines are calculated by hand next to each case.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-import-"));
const actor = systemActor("tester");
const TODAY = "2024-12-31";

const CASES_HEADER =
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企,上诉,二审结果";
const CASES = [
  CASES_HEADER,
  // A: 简易, filed 2024-03-01, 3 months → 2024-06-01 (Sat) → 2024-06-03 (Mon); closed 05-20 on time.
  '（2024）内0602民初1号,民间借贷纠纷,2024-03-01,简易程序,民事审判第一庭,张三,2024-05-20,调解,"12,345.67",王五,赵六,否,,',
  // B: 普通, filed 2024/3/1, 鉴定 04-01…04-30 (30 days): 2024-09-01 + 30 = 2024-10-01 (国庆) → 2024-10-08; pending.
  "（2024）内0602民初2号,买卖合同纠纷,2024/3/1,普通程序,民事审判第一庭,张三,,,50000,某某商贸有限公司,钱七,是,,",
  // C: 执, filed 2024年4月1日, 6 months → 2024-10-01 (国庆) → 2024-10-08; closed 2024-10-09: one day late.
  "（2024）内0602执3号,,2024年4月1日,,执行实施一庭,李四,2024-10-09,执行完毕,8000,孙八,周九,否,,",
  // D: 刑初 速裁 filed 2024-09-24: 10 days → 2024-10-04 (国庆) → 2024-10-08; judged 10-08, appealed, 维持.
  "（2024）内0602刑初4号,危险驾驶罪,2024-09-24,速裁程序,刑事审判庭,吴十,2024-10-08,判决,,内蒙古自治区鄂尔多斯市东胜区人民检察院,郑十一,否,是,维持",
].join("\n");
const EVENTS = [
  "案号,事项,原因,开始日期,结束日期,期限,新程序,批准人,说明",
  "（2024）内0602民初2号,扣除审限,鉴定,2024-04-01,2024-04-30,,,,委托司法鉴定",
].join("\n");

function write(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function snapshot(db: TestDb) {
  const cases = await db.db.selectFrom("cases").selectAll().orderBy("id").execute();
  const events = await db.db.selectFrom("case_events").selectAll().orderBy("id").execute();
  const facts = await db.db.selectFrom("case_facts").selectAll().orderBy("case_id").execute();
  return JSON.stringify({ cases, events, facts });
}

for (const dialect of TEST_DIALECTS) {
  describe(`import on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("imports cases and events, and derives facts with the right deadlines", async () => {
      const r = await importCases(
        actor,
        db,
        [write("cases.csv", `\uFEFF${CASES}`), write("events.csv", EVENTS)],
        {
          today: TODAY,
        },
      );
      expect(r.errors).toEqual([]);
      expect(r.status).toBe("imported");
      expect(r.cases).toEqual({ total: 4, inserted: 4, updated: 0, unchanged: 0 });
      expect(r.events).toEqual({ total: 1, inserted: 1, alreadyStored: 0 });
      expect(r.factsRefreshed).toBe(4);

      const facts = await db.db
        .selectFrom("case_facts")
        .innerJoin("cases", "cases.id", "case_facts.case_id")
        .select(["cases.case_number", "case_facts.deadline", "case_facts.status", "case_facts.excluded_days"])
        .orderBy("cases.id")
        .execute();
      expect(facts).toEqual([
        {
          case_number: "（2024）内0602民初1号",
          deadline: "2024-06-03",
          status: "closed-on-time",
          excluded_days: 0,
        },
        {
          case_number: "（2024）内0602民初2号",
          deadline: "2024-10-08",
          status: "overdue",
          excluded_days: 30,
        },
        {
          case_number: "（2024）内0602执3号",
          deadline: "2024-10-08",
          status: "closed-late",
          excluded_days: 0,
        },
        {
          case_number: "（2024）内0602刑初4号",
          deadline: "2024-10-08",
          status: "closed-on-time",
          excluded_days: 0,
        },
      ]);
      const a = await db.db
        .selectFrom("cases")
        .selectAll()
        .where("case_number", "=", "（2024）内0602民初1号")
        .executeTakeFirstOrThrow();
      expect(a.amount_fen).toBe(1234567);
      expect(a.enterprise).toBe(0);
      const imports = await db.db.selectFrom("imports").selectAll().execute();
      expect(imports.map((i) => i.status)).toEqual(["imported"]);
      const audit = await db.db.selectFrom("audit_log").selectAll().where("action", "=", "import").execute();
      expect(audit).toHaveLength(1);
    });

    it("re-importing the identical files changes nothing and says so", async () => {
      const before = await snapshot(db);
      const r = await importCases(actor, db, [write("cases.csv", CASES), write("events.csv", EVENTS)], {
        today: TODAY,
      });
      expect(r.status).toBe("unchanged");
      expect(r.summary).toMatch(/没有变化/);
      expect(r.cases).toEqual({ total: 4, inserted: 0, updated: 0, unchanged: 4 });
      expect(r.events).toEqual({ total: 1, inserted: 0, alreadyStored: 1 });
      expect(await snapshot(db)).toBe(before);
    });

    it("a re-import updates changed attributes, appends new events and audits before/after", async () => {
      // B is now closed 2024-10-08 by 判决 (on time: deadline 2024-10-08), and gets an extension row.
      const cases2 = CASES.replace(
        "（2024）内0602民初2号,买卖合同纠纷,2024/3/1,普通程序,民事审判第一庭,张三,,,",
        "（2024）内0602民初2号,买卖合同纠纷,2024/3/1,普通程序,民事审判第一庭,张三,2024-10-08,判决,",
      );
      const events2 = `${EVENTS}\n（2024）内0602民初2号,延长审限,,2024-08-20,,6个月,,院长,`;
      const r = await importCases(actor, db, [write("cases2.csv", cases2), write("events2.csv", events2)], {
        today: TODAY,
      });
      expect(r.errors).toEqual([]);
      expect(r.cases).toEqual({ total: 4, inserted: 0, updated: 1, unchanged: 3 });
      expect(r.events).toEqual({ total: 2, inserted: 1, alreadyStored: 1 });
      const audit = await db.db
        .selectFrom("audit_log")
        .selectAll()
        .where("action", "=", "update")
        .where("entity_id", "=", "（2024）内0602民初2号")
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.before_json ?? "")).toEqual({ closed_on: null, closure_mode: null });
      expect(JSON.parse(audit.after_json ?? "")).toEqual({ closed_on: "2024-10-08", closure_mode: "判决" });
      // With the extension: 2024-03-01 + 12 months = 2025-03-01, + 30 days = 2025-03-31 (Mon).
      const f = await db.db
        .selectFrom("case_facts")
        .innerJoin("cases", "cases.id", "case_facts.case_id")
        .select(["case_facts.deadline", "case_facts.status", "case_facts.extension_count"])
        .where("cases.case_number", "=", "（2024）内0602民初2号")
        .executeTakeFirstOrThrow();
      expect(f).toEqual({ deadline: "2025-03-31", status: "closed-on-time", extension_count: 1 });
    });

    describe("bad files are rejected whole, with row and column, and change nothing", () => {
      async function rejected(
        files: string[],
        expected: Partial<Record<"sheet" | "row" | "column" | "value", unknown>> & { message: RegExp },
      ) {
        const before = await snapshot(db);
        const r = await importCases(actor, db, files, { today: TODAY });
        expect(r.ok).toBe(false);
        expect(r.status).toBe("rejected");
        const { message, ...where } = expected;
        const hit = r.errors.find(
          (e) =>
            Object.entries(where).every(([k, v]) => e[k as keyof typeof e] === v) && message.test(e.message),
        );
        expect(hit, JSON.stringify(r.errors)).toBeDefined();
        expect(await snapshot(db)).toBe(before);
        const last = await db.db
          .selectFrom("imports")
          .selectAll()
          .orderBy("id", "desc")
          .executeTakeFirstOrThrow();
        expect(last.status).toBe("rejected");
        expect(last.errors).toBe(r.errorCount);
        return r;
      }

      it("a wrong date", async () => {
        const bad = CASES.replace("2024年4月1日", "2024-02-30");
        await rejected([write("bad-date.csv", bad)], {
          sheet: "bad-date.csv",
          row: 4,
          column: "立案日期",
          value: "2024-02-30",
          message: /日期不存在/,
        });
      });

      it("a bad 案号, reported together with every other error of the file", async () => {
        const bad = CASES.replace("（2024）内0602民初1号", "（2024）内0602民X1号").replace(
          "2024-09-24",
          "2024-13-01",
        );
        const r = await rejected([write("bad-no.csv", bad)], {
          row: 2,
          column: "案号",
          value: "（2024）内0602民X1号",
          message: /类型代字|案号/,
        });
        expect(r.errors.some((e) => e.row === 5 && e.column === "立案日期")).toBe(true);
      });

      it("a missing column", async () => {
        const bad = CASES.split("\n")
          .map((l) =>
            l
              .split(",")
              .filter((_, i) => i !== 5)
              .join(","),
          )
          .join("\n");
        await rejected([write("no-judge.csv", bad)], { row: 1, column: "承办人", message: /缺少必填列/ });
      });

      it("an event for an unknown case", async () => {
        const ev = `${EVENTS}\n（2024）内0602民初999号,中止诉讼,,2024-05-01,,,,,`;
        await rejected([write("cases.csv", CASES), write("ev-unknown.csv", ev)], {
          sheet: "ev-unknown.csv",
          row: 3,
          column: "案号",
          value: "（2024）内0602民初999号",
          message: /找不到/,
        });
      });

      it("GB18030 with a bad byte", async () => {
        const bytes = iconv.encode(CASES, "gb18030");
        // Corrupt 买 (row 3, column 2 案由 "买卖合同纠纷"): GB18030 is 2 bytes per Chinese character.
        const prefix = iconv.encode(CASES.slice(0, CASES.indexOf("买卖合同纠纷")), "gb18030");
        const corrupted = Buffer.from(bytes);
        corrupted[prefix.length + 1] = 0x2d; // the trail byte of 买 becomes "-": a lead byte without a valid trail
        await rejected([write("gb-bad.csv", corrupted)], {
          sheet: "gb-bad.csv",
          row: 3,
          column: "案由",
          message: /GB18030/,
        });
      });

      it("an unterminated quote", async () => {
        const bad = `${CASES}\n（2024）内0602民初7号,"民间借贷纠纷,2024-03-01,简易程序,民事审判第一庭,张三,,,,,,,,`;
        await rejected([write("quote.csv", bad)], { sheet: "quote.csv", row: 6, message: /引号|quote/i });
      });

      it("an empty file", async () => {
        const r = await rejected([write("empty.csv", "")], { sheet: "empty.csv", message: /文件为空/ });
        expect(r.errorCount).toBe(1);
      });

      it("a closed case without closure mode and an interval ending before it starts", async () => {
        const bad = CASES.replace("2024-05-20,调解", "2024-05-20,");
        const ev = `${EVENTS}\n（2024）内0602民初2号,中止诉讼,,2024-05-01,2024-04-01,,,,`;
        const r = await rejected([write("c.csv", bad), write("e.csv", ev)], {
          row: 2,
          column: "结案方式",
          message: /结案方式/,
        });
        expect(r.errors.some((e) => e.sheet === "e.csv" && e.row === 3 && e.column === "结束日期")).toBe(
          true,
        );
      });
    });

    it("a dry run validates and writes nothing", async () => {
      const before = await snapshot(db);
      const extra = `${CASES}\n（2024）内0602民初5号,离婚纠纷,2024-11-01,简易程序,民事审判第二庭,陈十二,,,,,,,,`;
      const r = await importCases(actor, db, [write("dry.csv", extra)], { today: TODAY, dryRun: true });
      expect(r.ok).toBe(true);
      expect(r.status).toBe("dry-run");
      expect(r.cases.inserted).toBe(1);
      expect(await snapshot(db)).toBe(before);
    });

    it("imports an .xlsx workbook with real date cells", async () => {
      const wb = new ExcelJS.Workbook();
      const s1 = wb.addWorksheet("案件");
      s1.addRow(["案号", "案由", "立案日期", "审理程序", "承办部门", "承办人", "结案日期", "结案方式"]);
      const row = s1.addRow([
        "（2024）内0602民初6号",
        "物业服务合同纠纷",
        new Date(Date.UTC(2024, 6, 5)),
        "小额诉讼程序",
        "速裁团队",
        "刘十三",
        null,
        null,
      ]);
      row.getCell(3).numFmt = "yyyy-mm-dd";
      const s2 = wb.addWorksheet("审限变更");
      s2.addRow(["案号", "事项", "原因", "开始日期", "结束日期", "期限", "新程序"]);
      const ev = s2.addRow([
        "（2024）内0602民初6号",
        "程序转换",
        null,
        new Date(Date.UTC(2024, 7, 1)),
        null,
        null,
        "普通程序",
      ]);
      ev.getCell(4).numFmt = "yyyy-mm-dd";
      const path = join(dir, "book.xlsx");
      await wb.xlsx.writeFile(path);
      const r = await importCases(actor, db, [path], { today: TODAY });
      expect(r.errors).toEqual([]);
      expect(r.cases.inserted).toBe(1);
      expect(r.events.inserted).toBe(1);
      // 小额 → 普通 continuous from filing: 2024-07-05 + 6 months = 2025-01-05 (Sun) → 2025-01-06.
      const f = await db.db
        .selectFrom("case_facts")
        .innerJoin("cases", "cases.id", "case_facts.case_id")
        .select(["case_facts.deadline", "case_facts.procedure", "cases.filed_on"])
        .where("cases.case_number", "=", "（2024）内0602民初6号")
        .executeTakeFirstOrThrow();
      expect(f).toEqual({ deadline: "2025-01-06", procedure: "普通程序", filed_on: "2024-07-05" });
    });
  });
}
