import type { Command } from "commander";
import { refreshFacts } from "../app/facts/refresh-facts.js";
import { systemActor } from "../app/shared/actor.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import { progressBar, withDb } from "./common.js";
import { CliError } from "./errors.js";

export function registerRefreshCommand(program: Command): void {
  program
    .command("refresh")
    .description("重新计算全部案件的审限与统计数据 (recompute case_facts)")
    .option("--db <url>", "数据库 (SQLite file or postgres://…)")
    .option("--as-of <date>", "基准日 YYYY-MM-DD（默认今天）")
    .action(async (opts: { db?: string; asOf?: string }) => {
      if (opts.asOf !== undefined && tryParseIsoDate(opts.asOf) === undefined) {
        throw new CliError(
          `--as-of: ${JSON.stringify(opts.asOf)} — 不是有效日期 （应为形如 2024-06-30 的日期）`,
          2,
        );
      }
      await withDb(opts.db, async (db) => {
        let bar: ReturnType<typeof progressBar> | undefined;
        const r = await refreshFacts(systemActor(), db, {
          asOf: opts.asOf,
          onProgress: (done, total) => {
            bar ??= progressBar("刷新", total);
            bar.update(done);
          },
        });
        bar?.stop();
        const rate = r.ms > 0 ? Math.round((r.cases / r.ms) * 1000) : 0;
        console.log(
          `已刷新 ${r.cases} 件案件（基准日 ${r.asOf}），用时 ${(r.ms / 1000).toFixed(1)} 秒，${rate} 件/秒。`,
        );
        console.log(
          `预警 ${r.alerts.total} 条（新增 ${r.alerts.new}，消除 ${r.alerts.resolved}），用时 ${(r.alerts.ms / 1000).toFixed(1)} 秒。`,
        );
      });
    });
}
