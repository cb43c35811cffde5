import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureConsole, programWith } from "../../test/helpers/cli.js";
import { importCases } from "../app/imports/import-cases.js";
import { systemActor } from "../app/shared/actor.js";
import { openDb } from "../db/connect.js";
import { registerBulletinCommand } from "./bulletin.js";
import { CliError } from "./errors.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-bulletin-cli-"));
const dbPath = join(dir, "court.db");
afterAll(() => rm(dir, { recursive: true, force: true }));

// Two pending cases: A 简易 filed 2024-01-15, deadline 2024-04-15 → overdue 76 days at 06-30 (46 at
// 05-31); B 普通 filed 2024-01-22, deadline 2024-07-22 → 22 days left at 06-30, 即将届满, and six
// months on 07-22 → 临近六个月.
const CASES = [
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企,上诉,二审结果",
  "（2024）内0602民初101号,民间借贷纠纷,2024-01-15,简易程序,民事审判第一庭,张三,,,10000,甲某,乙某,否,,",
  "（2024）内0602民初103号,物业服务合同纠纷,2024-01-22,普通程序,民事审判第一庭,张三,,,10000,甲某,乙某,否,,",
].join("\n");

beforeAll(async () => {
  const csv = join(dir, "cases.csv");
  writeFileSync(csv, CASES);
  const handle = await openDb(dbPath);
  try {
    const r = await importCases(systemActor(), handle, [csv], { today: "2024-07-15" });
    expect(r.errors).toEqual([]);
  } finally {
    await handle.close();
  }
});

const { out } = captureConsole();
const program = () => programWith(registerBulletinCommand);

const STEM = "鄂尔多斯市东胜区人民法院-2024-06-审限与长期未结通报";

describe("shenguan bulletin", () => {
  it("writes the workbook and the document", async () => {
    const target = join(dir, "out");
    await program().parseAsync([
      "node",
      "x",
      "bulletin",
      "--month",
      "2024-06",
      "--out",
      target,
      "--db",
      dbPath,
      "--today",
      "2024-07-15",
    ]);
    const xlsx = join(target, `${STEM}.xlsx`);
    const docx = join(target, `${STEM}.docx`);
    expect(existsSync(xlsx)).toBe(true);
    expect(existsSync(docx)).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "审限预警", "长期未结", "隐形超审限"]);
    const tl = wb.getWorksheet("审限预警") as ExcelJS.Worksheet;
    // 承办部门, 已超审限, 5日内届满, 即将届满, 已过三分之二, 合计, 上月合计, 增减
    // Last month (05-31): A overdue; B 130 of 182 days used → 已过三分之二.
    expect((tl.getRow(5).values as unknown[]).slice(1)).toEqual(["民事审判第一庭", 1, 0, 1, 0, 2, 2, 0]);

    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("鄂尔多斯市东胜区人民法院 2024年6月审限与长期未结案件通报");
    expect(xml).toContain("（2024）内0602民初101号");

    const text = out.join("\n");
    expect(text).toContain("截至 2024年6月30日");
    expect(text).toContain("超审限未结 1 件，临近届满 1 件");
    expect(text).toContain(xlsx);
    expect(text).toContain(docx);
  });

  it("rejects a bad month with exit code 2, naming the option and the value", async () => {
    const run = (month: string) =>
      program().parseAsync(["node", "x", "bulletin", "--month", month, "--out", dir, "--db", dbPath]);
    for (const bad of ["2024-13", "2024-6", "June"]) {
      const err = await run(bad).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).exitCode).toBe(2);
      expect((err as CliError).message).toContain("--month");
      expect((err as CliError).message).toContain(JSON.stringify(bad));
    }
    // A month that has not begun.
    const err = await program()
      .parseAsync(["node", "x", "bulletin", "--month", "2024-09", "--db", dbPath, "--today", "2024-07-15"])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(2);
    expect((err as CliError).message).toContain('--month: "2024-09"');
  });
});
