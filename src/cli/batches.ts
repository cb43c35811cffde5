/**
 * `shenguan batches [--as-of DATE] [--json]`: the 并案审理 candidates — groups of pending civil
 * first-instance cases of one party (原告 or 被告) and one cause, filed within the window (use case
 * listBatches, the whole court, the court's settings). `--json` prints an array of
 * `{ party, cause, caseNumbers }`, one per group, largest first.
 */
import type { Command } from "commander";
import type { BatchView } from "../app/batches/batch-view.js";
import { listBatches } from "../app/batches/list-batches.js";
import { systemActor } from "../app/shared/actor.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import { withDb } from "./common.js";
import { CliError } from "./errors.js";
import { formatTable } from "./table.js";

/** One group as `--json` prints it. */
export interface BatchJson {
  party: string;
  cause: string;
  caseNumbers: string[];
}

export function batchJson(b: BatchView): BatchJson {
  return { party: b.party, cause: b.cause, caseNumbers: b.cases.map((c) => c.caseNumber) };
}

const yuan = (fen: number) =>
  (fen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function registerBatchesCommand(program: Command): void {
  program
    .command("batches")
    .description("并案审理候选：同一原告（或同一被告）、同一案由、立案时间相近的未结民事一审案件")
    .option("--db <url>", "数据库 (SQLite file or postgres://…)")
    .option("--as-of <date>", "截至日期 YYYY-MM-DD（默认今天）")
    .option("--json", "输出 JSON 数组：[{ party, cause, caseNumbers }]")
    .action(async (opts: { db?: string; asOf?: string; json?: boolean }) => {
      if (
        opts.asOf !== undefined &&
        (!/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf) || tryParseIsoDate(opts.asOf) === undefined)
      )
        throw new CliError(
          `--as-of: ${JSON.stringify(opts.asOf)} — 不是有效日期 （应为形如 2024-06-30 的日期）`,
          2,
        );
      const list = await withDb(opts.db, (db) =>
        listBatches(systemActor(), db, opts.asOf === undefined ? {} : { asOf: opts.asOf }),
      );
      if (opts.json) {
        console.log(JSON.stringify(list.rows.map(batchJson), null, 2));
        return;
      }
      const s = list.settings;
      console.log(
        `截至 ${list.asOf}：并案审理候选 ${list.total} 组，涉及 ${list.cases} 件未结案件（同一当事人、同一案由，立案相距不超过 ${s.windowDays} 日，每组至少 ${s.minCases} 件）`,
      );
      if (list.rows.length === 0) return;
      console.log(
        formatTable(
          ["类型", "当事人", "案由", "件数", "承办人数", "部门", "标的额合计（元）", "立案日期"],
          list.rows.map((r) => [
            r.sideName,
            r.party,
            r.cause,
            String(r.caseCount),
            String(r.judges.length),
            r.divisions.map((d) => d.division).join("、"),
            yuan(r.totalAmountFen),
            `${r.firstFiledOn} 至 ${r.lastFiledOn}`,
          ]),
          [3, 4, 6],
        ),
      );
    });
}
