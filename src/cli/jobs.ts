import type { Command } from "commander";
import { listJobs } from "../app/jobs/list-jobs.js";
import { runJob } from "../app/jobs/run-job.js";
import { systemActor } from "../app/shared/actor.js";
import { AppError, InvalidInputError } from "../app/shared/errors.js";
import { todayInChina } from "../app/shared/today.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import { withDb } from "./common.js";
import { CliError } from "./errors.js";
import { formatTable } from "./table.js";

const STATUS: Record<string, string> = { running: "运行中", succeeded: "成功", failed: "失败" };

/** An instant as China time, 2026-12-01 06:00 (China keeps UTC+8 all year). */
function chinaTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function registerJobsCommand(program: Command): void {
  const jobs = program.command("jobs").description("定时报表：运行与查看 (scheduled reports)");
  jobs
    .command("run <name>")
    .description("立即运行一个定时报表并归档 (run a scheduled report now and archive it)")
    .option("--period <period>", "报表期间：月度如 2024-06，季度如 2024Q4（默认按今天应出的期间）")
    .option("--as-of <date>", "基准日 YYYY-MM-DD（默认北京时间今天）")
    .option("--db <url>", "数据库 (SQLite file or postgres://…)")
    .action(async (name: string, opts: { period?: string; asOf?: string; db?: string }) => {
      const today = opts.asOf ?? todayInChina();
      if (tryParseIsoDate(today) === undefined)
        throw new CliError(
          `--as-of: ${JSON.stringify(today)} — 不是有效日期 （应为形如 2024-06-30 的日期）`,
          2,
        );
      const r = await withDb(opts.db, async (db) => {
        try {
          return await runJob(systemActor(), db, { name, period: opts.period, today });
        } catch (err) {
          if (err instanceof InvalidInputError) throw new CliError(`--${err.message}`, 2);
          if (err instanceof AppError) throw new CliError(err.message, err.status === 404 ? 2 : 1);
          throw err;
        }
      });
      console.log(`${r.title}（${r.period.name}）`);
      for (const run of r.runs) {
        const who = run.scope === "court" ? "全院" : run.scope;
        if (run.status === "failed") {
          console.log(`  ${who}：第 ${run.attempt} 次运行失败：${run.error}`);
          continue;
        }
        console.log(`  ${who}：已归档（数据截至 ${run.dataDate}，第 ${run.attempt} 次运行）`);
        for (const f of run.files)
          console.log(`    #${f.id} ${f.fileName}  ${kb(f.size)}  sha256 ${f.sha256}`);
      }
      if (r.runs.length === 0) console.log("  没有需要生成的版本");
      if (r.runs.some((x) => x.status === "failed")) process.exitCode = 1;
    });
  jobs
    .command("list")
    .description("列出定时报表、执行时间与最近运行 (list the jobs and their last runs)")
    .option("--db <url>", "数据库 (SQLite file or postgres://…)")
    .action(async (opts: { db?: string }) => {
      const r = await withDb(opts.db, (db) =>
        listJobs(systemActor(), db, { nowMs: Date.now(), runsPerJob: 5 }),
      );
      console.log(
        formatTable(
          ["任务", "名称", "执行时间", "启用", "下次运行（北京时间）", "覆盖期间", "版本"],
          r.jobs.map((j) => [
            j.name,
            j.title,
            j.cron,
            j.enabled ? "是" : "否",
            j.nextRunAt ? chinaTime(j.nextRunAt) : "—",
            j.nextPeriod ?? "—",
            j.scopes.map((s) => s.scopeName).join("、"),
          ]),
        ),
      );
      for (const j of r.jobs) {
        console.log(`\n${j.title} 最近运行：`);
        if (j.runs.length === 0) {
          console.log("  （尚未运行）");
          continue;
        }
        console.log(
          formatTable(
            ["期间", "版本", "次", "状态", "数据截至", "开始（北京时间）", "错误"],
            j.runs.map((x) => [
              x.periodLabel,
              x.scopeName,
              String(x.attempt),
              STATUS[x.status] ?? x.status,
              x.dataDate ?? "",
              chinaTime(x.startedAt),
              x.error ?? "",
            ]),
            [2],
          ),
        );
      }
      console.log(
        `\n失败重试：最多 ${r.retry.maxAttempts} 次，间隔 ${r.retry.backoffMinutes.join("、")} 分钟`,
      );
    });
}
