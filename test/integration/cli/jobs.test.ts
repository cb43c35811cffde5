/**
 * `shenguan jobs run|list` with the built command line on SQLite: the monthly bulletin run for a
 * month and archived (its files listed with their size and SHA-256, which match the stored files),
 * run again as the next attempt, listed with its schedule and runs; bad input refused with exit
 * code 2 and a Chinese message naming it.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../../src/db/connect.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "shenguan-cli-jobs-"));
const db = join(dir, "court.db");
const files = join(dir, "files");

// Two pending cases of 民一庭 (as in the bulletin's CLI test): A overdue at 2024-06-30.
const CASES = [
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企,上诉,二审结果",
  "（2024）内0602民初101号,民间借贷纠纷,2024-01-15,简易程序,民事审判第一庭,张三,,,10000,甲某,乙某,否,,",
  "（2024）内0602民初103号,物业服务合同纠纷,2024-01-22,普通程序,民事审判第一庭,张三,,,10000,甲某,乙某,否,,",
].join("\n");

function built(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin", "shenguan.js"), ...args], {
    encoding: "utf8",
    env: { ...process.env, SHENGUAN_FILES_DIR: files },
  });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

describe("shenguan jobs (built)", () => {
  beforeAll(() => {
    expect(existsSync(join(root, "dist", "cli", "jobs.js")), "run `npm run build` first").toBe(true);
    writeFileSync(join(dir, "cases.csv"), CASES);
    const imported = built("import", "--db", db, "--today", "2024-07-15", join(dir, "cases.csv"));
    expect(imported.code, imported.err).toBe(0);
  });

  it("runs the monthly bulletin for a month and archives its two files", async () => {
    const r = built(
      "jobs",
      "run",
      "monthly-bulletin",
      "--period",
      "2024-06",
      "--as-of",
      "2024-07-15",
      "--db",
      db,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("审限与长期未结案件通报（2024年6月）");
    expect(r.out).toContain("全院：已归档（数据截至 2024-06-30，第 1 次运行）");
    const listed = [...r.out.matchAll(/#(\d+) (\S+)\s+[\d.]+ KB\s+sha256 ([0-9a-f]{64})/g)];
    expect(listed.map((m) => m[2])).toEqual([
      "鄂尔多斯市东胜区人民法院-2024-06-审限与长期未结通报.docx",
      "鄂尔多斯市东胜区人民法院-2024-06-审限与长期未结通报.xlsx",
    ]);
    // The hashes printed are those of the files stored under the files directory.
    const handle = await openDb(db);
    try {
      const rows = await handle.db.selectFrom("report_archive").selectAll().orderBy("id").execute();
      expect(rows.map((x) => x.sha256)).toEqual(listed.map((m) => m[3]));
      for (const row of rows) {
        const bytes = readFileSync(join(files, row.stored_path));
        expect(createHash("sha256").update(bytes).digest("hex")).toBe(row.sha256);
        expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
      }
    } finally {
      await handle.close();
    }
  });

  it("runs the month a run on the as-of day covers when no period is given, as the next attempt", () => {
    // On 2024-07-15 a run covers June; June was run once already.
    const r = built("jobs", "run", "monthly-bulletin", "--as-of", "2024-07-15", "--db", db);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("全院：已归档（数据截至 2024-06-30，第 2 次运行）");
  });

  it("lists the jobs with their schedule and last runs", () => {
    const r = built("jobs", "list", "--db", db);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/monthly-bulletin\s+审限与长期未结案件通报\s+0 6 1 \* \*\s+是/);
    expect(r.out).toMatch(/2024-06\s+全院\s+2\s+成功\s+2024-06-30/);
    expect(r.out).toMatch(/2024-06\s+全院\s+1\s+成功\s+2024-06-30/);
    expect(r.out).toContain("失败重试：最多 3 次，间隔 5、30 分钟");
  });

  it("refuses a bad period, a period not ended and an unknown job", () => {
    const bad = built(
      "jobs",
      "run",
      "monthly-bulletin",
      "--period",
      "2024Q2",
      "--as-of",
      "2024-07-15",
      "--db",
      db,
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--period: "2024Q2" — 应为形如 2024-06 的月份');
    const open = built(
      "jobs",
      "run",
      "monthly-bulletin",
      "--period",
      "2024-07",
      "--as-of",
      "2024-07-15",
      "--db",
      db,
    );
    expect(open.code).toBe(2);
    expect(open.err).toContain("2024年7月尚未结束（截至 2024-07-15），不能归档");
    const unknown = built("jobs", "run", "weekly", "--db", db);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(
      "没有名为“weekly”的定时任务（现有：monthly-bulletin 审限与长期未结案件通报、monthly-quality-report 审判质效月度通报、quarterly-report 审判态势季度分析报告）",
    );
    const date = built("jobs", "run", "monthly-bulletin", "--as-of", "2024-02-30", "--db", db);
    expect(date.code).toBe(2);
    expect(date.err).toContain('--as-of: "2024-02-30" — 不是有效日期');
  });
});
