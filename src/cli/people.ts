import type { Command } from "commander";
import { importStaff, type StaffImportReport } from "../app/people/import-staff.js";
import { systemActor } from "../app/shared/actor.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import { withDb } from "./common.js";
import { CliError } from "./errors.js";
import { formatTable } from "./table.js";

function printReport(r: StaffImportReport): void {
  if (r.errors.length > 0) {
    console.log(`错误 (${r.errors.length})，未写入任何人员:`);
    console.log(
      formatTable(
        ["工作表", "行", "列", "值", "问题"],
        r.errors.map((e) => [e.sheet, e.row ? String(e.row) : "", e.column, e.value, e.message]),
        [1],
      ),
    );
  }
  for (const w of r.warnings) console.log(`提示：${w}`);
  if (r.ok) {
    console.log(
      r.dryRun
        ? `校验通过：${r.rows} 名人员（未写入）`
        : `已导入人员表：新增 ${r.inserted} 名，更新 ${r.updated} 名；承办人不在名册中的案件 ${r.unknownJudgeAlerts} 件`,
    );
  }
}

export function registerPeopleCommands(program: Command): void {
  const people = program.command("people").description("人员名册 (the staff register)");
  people
    .command("import <file>")
    .description("导入人员表：含“人员”工作表的 .xlsx，或 人员.csv（全部写入或全部不写入）")
    .option("--dry-run", "只校验，不写入")
    .option("--today <date>", "核查预警的基准日 (YYYY-MM-DD)")
    .option("--json", "以 JSON 输出报告")
    .option("--db <url>", "数据库")
    .action(async (file: string, opts: { dryRun?: boolean; today?: string; json?: boolean; db?: string }) => {
      if (opts.today !== undefined && tryParseIsoDate(opts.today) === undefined)
        throw new CliError(`--today: ${JSON.stringify(opts.today)} 不是有效日期 (YYYY-MM-DD)`, 2);
      const report = await withDb(opts.db, (db) =>
        importStaff(systemActor(), db, file, { dryRun: opts.dryRun, today: opts.today }),
      );
      if (opts.json) console.log(JSON.stringify(report, null, 2));
      else printReport(report);
      if (!report.ok) process.exitCode = 2;
    });
}
