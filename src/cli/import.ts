import type { Command } from "commander";
import { type ImportReport, importCases } from "../app/imports/import-cases.js";
import { systemActor } from "../app/shared/actor.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import type { ImportIssue } from "../domain/import/validate.js";
import { counter, withDb } from "./common.js";
import { CliError } from "./errors.js";
import { formatTable } from "./table.js";

function issueTable(list: ImportIssue[]): string {
  return formatTable(
    ["工作表", "行", "列", "值", "问题"],
    list.map((i) => [i.sheet, i.row ? String(i.row) : "", i.column, i.value, i.message]),
    [1],
  );
}

export function printImportReport(r: ImportReport): void {
  if (r.errors.length > 0) {
    console.log(`错误 (${r.errorCount}):`);
    console.log(issueTable(r.errors));
    if (r.errorCount > r.errors.length) console.log(`…另有 ${r.errorCount - r.errors.length} 处错误未列出`);
  }
  if (r.warnings.length > 0) {
    console.log(`${r.errors.length > 0 ? "\n" : ""}提示 (${r.warningCount}):`);
    console.log(issueTable(r.warnings.slice(0, 50)));
    if (r.warningCount > 50) console.log(`…另有 ${r.warningCount - 50} 条提示未列出（--json 可查看全部）`);
  }
  console.log(`${r.errors.length + r.warnings.length > 0 ? "\n" : ""}${r.summary}`);
  if (r.factsRefreshed > 0) console.log(`已刷新 ${r.factsRefreshed} 件案件的审限与统计数据。`);
}

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("导入案件数据 (import cases.csv + events.csv, or one .xlsx with sheets 案件 and 审限变更)")
    .argument("<files...>", "cases.csv events.csv | export.xlsx")
    .option("--db <url>", "数据库 (SQLite file or postgres://…; default SHENGUAN_DB or ./data/shenguan.db)")
    .option("--dry-run", "只校验，不写入")
    .option("--json", "以 JSON 输出报告")
    .option("--today <date>", "校验与刷新所用的今天日期 YYYY-MM-DD（默认今天）")
    .action(
      async (files: string[], opts: { db?: string; dryRun?: boolean; json?: boolean; today?: string }) => {
        if (opts.today !== undefined && tryParseIsoDate(opts.today) === undefined) {
          throw new CliError(
            `--today: ${JSON.stringify(opts.today)} — 不是有效日期 （应为形如 2024-06-30 的日期）`,
            2,
          );
        }
        const report = await withDb(opts.db, async (db) => {
          const progress = counter("导入");
          try {
            return await importCases(systemActor(process.env.USER ?? "cli"), db, files, {
              dryRun: opts.dryRun,
              today: opts.today,
              onProgress: (_phase, n) => progress.update(n),
            });
          } finally {
            progress.stop();
          }
        });
        if (opts.json) console.log(JSON.stringify(report, null, 2));
        else printImportReport(report);
        if (!report.ok) process.exitCode = 2;
      },
    );
}
