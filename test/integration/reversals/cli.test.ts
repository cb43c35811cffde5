/**
 * `shenguan reversals` with the built command line, over a hand-made cases.csv imported with
 * `shenguan import` (first-instance cases with 二审结果, 中院 appellate cases with 原审案号): the
 * JSON is exactly the hand-checked entries of the period; `--by judge` counts per judge; bad
 * input is refused.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { classifyReversal } from "../../../src/app/reversals/classify-reversal.js";
import { openDb } from "../../../src/db/connect.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "shenguan-cli-reversals-"));
const db = join(dir, "court.db");

function built(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin", "shenguan.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

const HEADER =
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,上诉,二审结果,二审结案日期,原审案号";
const CSV = [
  HEADER,
  // 改判 recorded on the case itself, 2025-06-20.
  "（2025）内0602民初101号,民间借贷纠纷,2025-01-10,普通程序,民事审判第一庭,张三,2025-03-10,判决,是,改判,2025-06-20,",
  // 发回重审 on the case (07-01) and by the 中院's case (07-03): one entry, dated 07-03.
  "（2025）内0602民初102号,买卖合同纠纷,2025-01-12,普通程序,民事审判第一庭,李四,2025-03-12,判决,是,发回重审,2025-07-01,",
  "（2025）内06民终201号,买卖合同纠纷,2025-04-01,第二审程序,中院民一庭,赵六,2025-07-03,发回重审,,,,（2025）内0602民初102号",
  // Only the 中院's case says 改判 (2025-08-15).
  "（2025）内0602民初103号,民间借贷纠纷,2025-01-15,普通程序,民事审判第一庭,张三,2025-03-15,判决,是,,,",
  "（2025）内06民终202号,民间借贷纠纷,2025-04-02,第二审程序,中院民一庭,赵六,2025-08-15,改判,,,,（2025）内0602民初103号",
  // 维持: not an entry.
  "（2025）内0602民初104号,民间借贷纠纷,2025-01-16,普通程序,民事审判第一庭,李四,2025-03-16,判决,是,维持,2025-06-01,",
  // 改判 in 2024: outside the period.
  "（2024）内0602刑初105号,盗窃罪,2024-03-01,普通程序,刑事审判庭,王五,2024-06-01,判决,是,改判,2024-12-20,",
].join("\n");

describe("shenguan reversals (built)", () => {
  beforeAll(() => {
    expect(existsSync(join(root, "dist", "cli", "reversals.js")), "run `npm run build` first").toBe(true);
    writeFileSync(join(dir, "cases.csv"), `${CSV}\n`);
    const imported = built("import", "--db", db, "--today", "2025-09-30", join(dir, "cases.csv"));
    expect(imported.code, imported.err + imported.out).toBe(0);
  }, 60_000);

  it("--json prints the hand-checked entries of the period, newest first", async () => {
    const r = built("reversals", "--db", db, "--from", "2025-01-01", "--to", "2025-12-31", "--json");
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      {
        caseNumber: "（2025）内0602民初103号",
        judge: "张三",
        division: "民事审判第一庭",
        outcome: "改判",
        decidedOn: "2025-08-15",
        reason: null,
        responsibility: null,
      },
      {
        caseNumber: "（2025）内0602民初102号",
        judge: "李四",
        division: "民事审判第一庭",
        outcome: "发回重审",
        decidedOn: "2025-07-03",
        reason: null,
        responsibility: null,
      },
      {
        caseNumber: "（2025）内0602民初101号",
        judge: "张三",
        division: "民事审判第一庭",
        outcome: "改判",
        decidedOn: "2025-06-20",
        reason: null,
        responsibility: null,
      },
    ]);
    // A classification shows in the JSON.
    const handle = await openDb(db);
    try {
      const c = await handle.db
        .selectFrom("cases")
        .select("id")
        .where("case_number", "=", "（2025）内0602民初101号")
        .executeTakeFirstOrThrow();
      await classifyReversal({ username: "office", role: "office" }, handle, Number(c.id), {
        reason: "事实认定",
        responsibility: "差错",
        note: "未查明借款实际交付",
        version: 0,
      });
    } finally {
      await handle.close();
    }
    const again = JSON.parse(
      built("reversals", "--db", db, "--from", "2025-06-20", "--to", "2025-06-20", "--json").out,
    ) as unknown[];
    expect(again).toEqual([
      {
        caseNumber: "（2025）内0602民初101号",
        judge: "张三",
        division: "民事审判第一庭",
        outcome: "改判",
        decidedOn: "2025-06-20",
        reason: "事实认定",
        responsibility: "差错",
      },
    ]);
  });

  it("--by judge prints the counts per judge, then the entries", () => {
    const r = built("reversals", "--db", db, "--from", "2025-01-01", "--to", "2025-12-31", "--by", "judge");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("发改案件 3 件（改判 2 件，发回重审 1 件）");
    // 张三: 2 entries (101 改判 classified 差错, 103 改判) → 差错占比 1 of 1 classified = 100.0%.
    expect(r.out).toMatch(/民事审判第一庭／张三\s+2\s+2\s+0\s+1\s+1\s+0\s+0\s+100\.0%/);
    expect(r.out).toMatch(/民事审判第一庭／李四\s+1\s+0\s+1\s+0\s+0\s+0\s+0\s+—/);
  });

  it("refuses a missing or bad date, and a bad --by", () => {
    expect(built("reversals", "--db", db, "--to", "2025-12-31").code).toBe(2);
    const bad = built("reversals", "--db", db, "--from", "2025-02-30", "--to", "2025-12-31");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--from");
    expect(
      built("reversals", "--db", db, "--from", "2025-01-01", "--to", "2025-12-31", "--by", "court").code,
    ).toBe(2);
  });
});
