import type { Command } from "commander";
import { CHANGE_LIST_LIMIT, type ImportReport, importCases } from "../app/imports/import-cases.js";
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

/** The stored cases the file changes, one line per field: 案号 (first line of each case), 行, 字段, 原值, 新值. */
export function changeTable(changes: ImportReport["changes"]): string {
  const rows: string[][] = [];
  for (const c of changes.cases) {
    c.fields.forEach((f, i) => {
      rows.push([
        i === 0 ? c.caseNumber : "",
        i === 0 && c.row ? String(c.row) : "",
        f.field,
        f.before,
        f.after,
      ]);
    });
  }
  return formatTable(["案号", "行", "字段", "原值", "新值"], rows, [1]);
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
  const c = r.changes;
  if (c.total > 0) {
    const listed = c.cases.length;
    console.log(
      `${r.errors.length + r.warnings.length > 0 ? "\n" : ""}${r.dryRun ? "将修改" : "已修改"}的已存储案件 (${c.total} 件${listed < c.total ? `，逐项列出前 ${listed} 件，另有 ${c.total - listed} 件未列出${r.dryRun ? "（--max-changes 可列出更多）" : "（每件的变化已记入审计日志）"}` : ""}):`,
    );
    console.log(changeTable(c));
  }
  console.log(`${r.errors.length + r.warnings.length + c.total > 0 ? "\n" : ""}${r.summary}`);
  if (r.factsRefreshed > 0) console.log(`已刷新 ${r.factsRefreshed} 件案件的审限与统计数据。`);
}

const PHASE_NAMES = { cases: "案件", events: "审限变更", facts: "审限与统计", alerts: "预警" } as const;

/** `--progress`: one line per report on stderr — `进度 案件 20000` — whatever stderr is. */
function progressLines(): { update(n: number, phase: keyof typeof PHASE_NAMES): void; stop(): void } {
  return {
    update: (n, phase) => console.error(`进度 ${PHASE_NAMES[phase]} ${n}`),
    stop() {},
  };
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
    .option("--progress", "逐行输出进度（阶段与件数）到标准错误，供脚本与日志使用")
    .option(
      "--max-changes <n>",
      `报告中逐项列出的已修改案件数上限（默认 ${CHANGE_LIST_LIMIT}；全部都会计数）`,
    )
    .action(
      async (
        files: string[],
        opts: {
          db?: string;
          dryRun?: boolean;
          json?: boolean;
          today?: string;
          maxChanges?: string;
          progress?: boolean;
        },
      ) => {
        if (opts.today !== undefined && tryParseIsoDate(opts.today) === undefined) {
          throw new CliError(
            `--today: ${JSON.stringify(opts.today)} — 不是有效日期 （应为形如 2024-06-30 的日期）`,
            2,
          );
        }
        const maxChanges = opts.maxChanges === undefined ? undefined : Number(opts.maxChanges);
        if (maxChanges !== undefined && !(Number.isInteger(maxChanges) && maxChanges >= 0)) {
          throw new CliError(`--max-changes: ${JSON.stringify(opts.maxChanges)} — 应为不小于 0 的整数`, 2);
        }
        const report = await withDb(opts.db, async (db) => {
          const progress = opts.progress ? progressLines() : counter("导入");
          try {
            return await importCases(systemActor(process.env.USER ?? "cli"), db, files, {
              dryRun: opts.dryRun,
              today: opts.today,
              maxChanges,
              onProgress: (phase, n) => progress.update(n, phase),
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
