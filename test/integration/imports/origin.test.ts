/**
 * 原审案号 and 生效日期 through a real import on SQLite and PostgreSQL: the link is stored normalised,
 * may name a case that arrives in a later import (and then resolves by number), and a re-import that
 * changes it is an update like any other attribute.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-origin-"));
const actor = systemActor("tester");
const TODAY = "2024-12-31";
const HEADER = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,原审案号,生效日期";

function write(name: string, lines: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, [HEADER, ...lines].join("\n"));
  return p;
}

for (const dialect of TEST_DIALECTS) {
  describe(`原审案号 on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
    });
    afterAll(async () => {
      await db?.drop();
    });

    const origins = async () =>
      db.db
        .selectFrom("cases as c")
        .leftJoin("cases as o", "o.case_number", "c.origin_case_number")
        .select(["c.case_number", "c.origin_case_number", "c.effective_on", "o.id as origin_id"])
        .where("c.origin_case_number", "is not", null)
        .orderBy("c.case_number")
        .execute();

    it("stores a link to a case not yet imported, which resolves when that case arrives", async () => {
      const first = await importCases(
        actor,
        db,
        [write("a.csv", ["(2024)内0602执5号,,2024-06-03,执行实施,执行实施一庭,李四,,,(2024)内0602民初9号,"])],
        { today: TODAY },
      );
      expect(first.errors).toEqual([]);
      let rows = await origins();
      expect(rows).toEqual([
        {
          case_number: "（2024）内0602执5号",
          origin_case_number: "（2024）内0602民初9号",
          effective_on: null,
          origin_id: null,
        },
      ]);

      const second = await importCases(
        actor,
        db,
        [
          write("b.csv", [
            "（2024）内0602民初9号,民间借贷纠纷,2024-01-08,简易程序,民事审判第一庭,张三,2024-03-01,判决,,2024-03-25",
          ]),
        ],
        { today: TODAY },
      );
      expect(second.errors).toEqual([]);
      rows = await origins();
      expect(rows[0]?.origin_id).not.toBeNull();
      const judgment = await db.db
        .selectFrom("cases")
        .select(["id", "effective_on"])
        .where("case_number", "=", "（2024）内0602民初9号")
        .executeTakeFirstOrThrow();
      expect(rows[0]?.origin_id).toBe(judgment.id);
      expect(judgment.effective_on).toBe("2024-03-25");
    });

    it("refuses a malformed 原审案号 naming the row, and stores nothing of that import", async () => {
      const before = await db.db.selectFrom("cases").select("id").execute();
      const r = await importCases(
        actor,
        db,
        [
          write("c.csv", [
            "（2024）内0602执6号,,2024-07-01,执行实施,执行实施一庭,李四,,,,",
            "（2024）内0602执7号,,2024-07-02,执行实施,执行实施一庭,李四,,,民初九号,",
          ]),
        ],
        { today: TODAY },
      );
      expect(r.status).not.toBe("imported");
      const err = r.errors.find((e) => e.column === "原审案号");
      expect(err?.row).toBe(3);
      expect(err?.value).toBe("民初九号");
      expect((await db.db.selectFrom("cases").select("id").execute()).length).toBe(before.length);
    });
  });
}
