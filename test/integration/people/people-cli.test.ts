/**
 * `shenguan people import` on SQLite and PostgreSQL: a sheet with an error prints the sheet, row,
 * column and value, exits 2 and writes nothing; a good one says what it added.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerPeopleCommands } from "../../../src/cli/people.js";
import { captureConsole, programWith } from "../../helpers/cli.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-people-cli-"));
const output = captureConsole();

for (const dialect of TEST_DIALECTS) {
  describe(`shenguan people import on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
    });
    afterAll(async () => {
      await db?.drop();
    });
    const run = (...args: string[]) =>
      programWith(registerPeopleCommands).parseAsync([
        "node",
        "shenguan",
        "people",
        "import",
        "--db",
        db.url,
        ...args,
      ]);

    it("refuses a sheet with two people of one name in a division, writing nothing", async () => {
      const p = join(dir, `人员-bad-${dialect}.csv`);
      writeFileSync(
        p,
        "工号,姓名,部门,职务\nA1,张三,民事审判第一庭,员额法官\nA2,张三,民事审判第一庭,员额法官\n",
      );
      await run(p);
      expect(process.exitCode).toBe(2);
      const text = output.out.join("\n");
      expect(text).toContain("未写入任何人员");
      expect(text).toMatch(/人员-bad-\w+\.csv\s+3\s+姓名\s+张三/);
      const n = await db.db.selectFrom("staff").select("id").execute();
      expect(n).toHaveLength(0);
    });

    it("imports a good sheet", async () => {
      const p = join(dir, `人员-${dialect}.csv`);
      writeFileSync(
        p,
        "工号,姓名,部门,职务\nA1,张三,民事审判第一庭,庭长、员额法官\nA2,李四,民事审判第一庭,员额法官\n",
      );
      await run(p);
      expect(process.exitCode ?? 0).toBe(0);
      expect(output.out.join("\n")).toContain("已导入人员表：新增 2 名，更新 0 名");
    });
  });
}
