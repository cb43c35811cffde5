/**
 * `shenguan report quarterly|monthly` on a small court: the files land in --out with the report's
 * title as their name, the paths are printed, bad options exit with code 2 naming the option and
 * the value; and the built command (bin/shenguan.js over dist/, as `npm test` builds it) does the
 * same in a process of its own — the font package and the chart libraries resolve from dist/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureConsole, programWith } from "../../test/helpers/cli.js";
import { importCases } from "../app/imports/import-cases.js";
import { systemActor } from "../app/shared/actor.js";
import { openDb } from "../db/connect.js";
import { CliError } from "./errors.js";
import { registerReportCommand } from "./report.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-report-cli-"));
const dbPath = join(dir, "court.db");
afterAll(() => rm(dir, { recursive: true, force: true }));

// Three cases of one division. In 2024 Q4: A filed 10-08 (pending), B filed 2024-06-03 closed
// 11-20, C filed 12-02 closed 12-20 → 新收 2 (A, C), 结案 2 (B, C), 未结 at 12-31: A = 1.
const CASES = [
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企,上诉,二审结果",
  "（2024）内0602民初201号,民间借贷纠纷,2024-10-08,简易程序,民事审判第一庭,张三,,,10000,甲某,乙某,否,,",
  "（2024）内0602民初202号,买卖合同纠纷,2024-06-03,普通程序,民事审判第一庭,李四,2024-11-20,判决,10000,甲某,乙某,否,,",
  "（2024）内0602民初203号,物业服务合同纠纷,2024-12-02,简易程序,民事审判第一庭,张三,2024-12-20,调解,10000,甲某,乙某,否,,",
].join("\n");

beforeAll(async () => {
  const csv = join(dir, "cases.csv");
  writeFileSync(csv, CASES);
  const handle = await openDb(dbPath);
  try {
    const r = await importCases(systemActor(), handle, [csv], { today: "2025-01-15" });
    expect(r.errors).toEqual([]);
  } finally {
    await handle.close();
  }
});

const { out } = captureConsole();
const program = () => programWith(registerReportCommand);
const TITLE = "鄂尔多斯市东胜区人民法院2024年第四季度审判态势分析报告";

async function docxBody(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

describe("shenguan report", () => {
  it("quarterly: writes the document and its workbook into --out and prints their paths", async () => {
    const target = join(dir, "out");
    await program().parseAsync([
      "node",
      "x",
      "report",
      "quarterly",
      "--quarter",
      "2024Q4",
      "--out",
      target,
      "--db",
      dbPath,
    ]);
    const docx = join(target, `${TITLE}.docx`);
    const xlsx = join(target, `${TITLE}.xlsx`);
    expect(existsSync(docx)).toBe(true);
    expect(existsSync(xlsx)).toBe(true);
    expect(await docxBody(docx)).toMatch(/全院新收案件 2 件[^；]*；结案 2 件[^；]*；期末未结 1 件/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const intake = wb.getWorksheet("收结存") as ExcelJS.Worksheet;
    // Row 4 is the first data row (title, note, header above): 新收 2.
    expect(intake.getRow(4).getCell(1).value).toBe("新收");
    expect(intake.getRow(4).getCell(2).value).toBe(2);
    const text = out.join("\n");
    expect(text).toContain(`${TITLE}（数据截至 2025-01-15）`);
    expect(text).toContain(docx);
    expect(text).toContain(xlsx);
  });

  it("monthly with --division: the division's 质效通报", async () => {
    const target = join(dir, "monthly");
    await program().parseAsync([
      "node",
      "x",
      "report",
      "monthly",
      "--month",
      "2024-12",
      "--division",
      "民事审判第一庭",
      "--out",
      target,
      "--db",
      dbPath,
    ]);
    const docx = join(target, "鄂尔多斯市东胜区人民法院民事审判第一庭2024年12月审判质效通报.docx");
    // December: C filed and closed → 新收 1, 结案 1.
    expect(await docxBody(docx)).toMatch(/民事审判第一庭新收案件 1 件[^；]*；结案 1 件/);
  });

  it("rejects a bad quarter or month with exit code 2, naming the option and the value", async () => {
    for (const [cmd, flag, bad] of [
      ["quarterly", "--quarter", "2024Q5"],
      ["quarterly", "--quarter", "2024-Q4"],
      ["monthly", "--month", "2024-13"],
    ] as const) {
      const err = await program()
        .parseAsync(["node", "x", "report", cmd, flag, bad, "--db", dbPath, "--out", dir])
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).exitCode).toBe(2);
      expect((err as CliError).message).toContain(`${flag}: ${JSON.stringify(bad)}`);
    }
  });

  it("the built command writes the same files in a process of its own", () => {
    const bin = fileURLToPath(new URL("../../bin/shenguan.js", import.meta.url));
    const target = join(dir, "built");
    const r = spawnSync(
      process.execPath,
      [bin, "report", "quarterly", "--quarter", "2024Q4", "--out", target, "--db", dbPath],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(join(target, `${TITLE}.docx`));
    expect(existsSync(join(target, `${TITLE}.xlsx`))).toBe(true);
  });
});
