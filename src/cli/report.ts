/**
 * `shenguan report quarterly --quarter 2024Q4 [--out DIR] [--division NAME]` and
 * `shenguan report monthly --month 2024-11 [--out DIR] [--division NAME]`: the 审判态势分析报告 or
 * the 审判质效通报 as a .docx with its .xlsx companion, written into DIR; prints their paths.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { buildMonthlyQualityReport } from "../app/reports/build-monthly-quality-report.js";
import { buildQuarterlyReport } from "../app/reports/build-quarterly-report.js";
import { type BuiltReport, reportFileName } from "../app/reports/build-report.js";
import type { Db } from "../app/runtime/database.js";
import { systemActor } from "../app/shared/actor.js";
import { AppError } from "../app/shared/errors.js";
import { levelOption } from "./bulletin.js";
import { withDb } from "./common.js";
import { CliError } from "./errors.js";

interface Options {
  out: string;
  division?: string;
  db?: string;
  court?: string;
  level?: string;
}

const COURT_HELP = "法院代字：只统计该法院（多法院数据库；默认本院全部数据）";
const LEVEL_HELP =
  "与 --court 同用：该法院辖下某一层级的全部法院（basic 基层法院、intermediate 中级法院），每院一行";

async function write(opts: Options, make: (db: Db) => Promise<BuiltReport>) {
  const started = performance.now();
  const report = await withDb(opts.db, async (db) => {
    try {
      return await make(db);
    } catch (err) {
      if (err instanceof AppError) throw new CliError(`--${err.message}`, 2);
      throw err;
    }
  });
  const files = [
    join(opts.out, reportFileName(report.title, "docx")),
    join(opts.out, reportFileName(report.title, "xlsx")),
  ];
  try {
    await mkdir(opts.out, { recursive: true });
    await writeFile(files[0] as string, report.docx);
    await writeFile(files[1] as string, report.xlsx);
  } catch (err) {
    throw new CliError(`写入 ${opts.out} 失败: ${(err as Error).message}`, 1);
  }
  console.log(
    `${report.title}（数据截至 ${report.dataDate}），用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`,
  );
  for (const f of files) console.log(`  ${f}`);
}

export function registerReportCommand(program: Command): void {
  const report = program
    .command("report")
    .description("生成审判态势分析报告（季度）或审判质效通报（月度）：Word 报告与 Excel 数据表");
  report
    .command("quarterly")
    .description("季度审判态势分析报告 (quarterly analysis report, .docx + .xlsx)")
    .requiredOption("--quarter <YYYYQn>", "季度，如 2024Q4")
    .option("--out <dir>", "输出目录（不存在则创建）", ".")
    .option("--division <name>", "只统计一个部门（部门版报告，单位为承办法官）")
    .option("--db <url>", "数据库")
    .option("--court <code>", COURT_HELP)
    .option("--level <level>", LEVEL_HELP)
    .action((opts: Options & { quarter: string }) =>
      write(opts, (db) =>
        buildQuarterlyReport(systemActor(), db, {
          quarter: opts.quarter,
          division: opts.division,
          court: opts.court,
          level: levelOption(opts.level),
        }),
      ),
    );
  report
    .command("monthly")
    .description("月度审判质效通报 (monthly quality report, .docx + .xlsx)")
    .requiredOption("--month <YYYY-MM>", "月份，如 2024-11")
    .option("--out <dir>", "输出目录（不存在则创建）", ".")
    .option("--division <name>", "只统计一个部门（部门版通报，单位为承办法官）")
    .option("--db <url>", "数据库")
    .option("--court <code>", COURT_HELP)
    .option("--level <level>", LEVEL_HELP)
    .action((opts: Options & { month: string }) =>
      write(opts, (db) =>
        buildMonthlyQualityReport(systemActor(), db, {
          month: opts.month,
          division: opts.division,
          court: opts.court,
          level: levelOption(opts.level),
        }),
      ),
    );
}
