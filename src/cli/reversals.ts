/**
 * `shenguan reversals --from DATE --to DATE [--by division|judge] [--json]`: the 发改案件 whose
 * appellate result falls in the period — the same list the register page shows (use case
 * listReversals, the whole court). `--json` prints the array of entries
 * `{ caseNumber, judge, division, outcome, decidedOn, reason, responsibility }` (reason and
 * responsibility null when unclassified) whatever `--by` says; the table mode prints the entries
 * and, with `--by`, the counts per division or judge.
 */
import type { Command } from "commander";
import { listReversals } from "../app/reversals/list-reversals.js";
import type { ReversalRow } from "../app/reversals/register.js";
import { reversalStatistics } from "../app/reversals/reversal-statistics.js";
import { systemActor } from "../app/shared/actor.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import { withDb } from "./common.js";
import { CliError } from "./errors.js";
import { formatTable } from "./table.js";

/** One entry as `--json` prints it. */
export interface ReversalJson {
  caseNumber: string;
  judge: string;
  division: string;
  outcome: string;
  decidedOn: string | null;
  reason: string | null;
  responsibility: string | null;
}

export function reversalJson(r: ReversalRow): ReversalJson {
  return {
    caseNumber: r.caseNumber,
    judge: r.judge,
    division: r.division,
    outcome: r.outcome,
    decidedOn: r.decidedOn,
    reason: r.reason,
    responsibility: r.responsibility,
  };
}

function checkDate(flag: string, v: string | undefined): string {
  if (v === undefined) throw new CliError(`${flag}: 必须指定（形如 2025-01-01 的日期）`, 2);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || tryParseIsoDate(v) === undefined)
    throw new CliError(`${flag}: ${JSON.stringify(v)} — 不是有效日期 （应为形如 2024-06-30 的日期）`, 2);
  return v;
}

const percent = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

export function registerReversalsCommand(program: Command): void {
  program
    .command("reversals")
    .description("发改案件台账：二审结果（改判、发回重审）日期在期间内的一审案件")
    .option("--db <url>", "数据库 (SQLite file or postgres://…)")
    .option("--from <date>", "二审结果日期起 YYYY-MM-DD（含）")
    .option("--to <date>", "二审结果日期止 YYYY-MM-DD（含）")
    .option("--by <group>", "按 division（部门）或 judge（承办人）分组计数（表格模式）")
    .option(
      "--json",
      "输出 JSON 数组：[{ caseNumber, judge, division, outcome, decidedOn, reason, responsibility }]",
    )
    .action(async (opts: { db?: string; from?: string; to?: string; by?: string; json?: boolean }) => {
      const from = checkDate("--from", opts.from);
      const to = checkDate("--to", opts.to);
      if (from > to) throw new CliError(`--from: ${from} 晚于 --to: ${to}`, 2);
      if (opts.by !== undefined && opts.by !== "division" && opts.by !== "judge")
        throw new CliError(`--by: ${JSON.stringify(opts.by)} — 应为 division 或 judge`, 2);
      const by = opts.by as "division" | "judge" | undefined;
      const actor = systemActor();
      const { list, stats } = await withDb(opts.db, async (db) => ({
        list: await listReversals(actor, db, { from, to }),
        stats: by && !opts.json ? await reversalStatistics(actor, db, { from, to, by }) : null,
      }));
      if (opts.json) {
        console.log(JSON.stringify(list.rows.map(reversalJson), null, 2));
        return;
      }
      const reversed = list.rows.filter((r) => r.outcome === "改判").length;
      console.log(
        `${from} 至 ${to}：发改案件 ${list.total} 件（改判 ${reversed} 件，发回重审 ${list.total - reversed} 件）`,
      );
      if (stats) {
        console.log(
          formatTable(
            [
              by === "judge" ? "部门／承办人" : "部门",
              "件数",
              "改判",
              "发回重审",
              "已分类",
              "差错",
              "瑕疵",
              "非差错",
              "差错占比",
            ],
            [...stats.rows, stats.total].map((g) => [
              g.key,
              String(g.total),
              String(g.reversed),
              String(g.remanded),
              String(g.classified),
              String(g.byResponsibility.差错 ?? 0),
              String(g.byResponsibility.瑕疵 ?? 0),
              String(g.byResponsibility.非差错 ?? 0),
              percent(g.errorShare),
            ]),
            [1, 2, 3, 4, 5, 6, 7, 8],
          ),
        );
        console.log("");
      }
      console.log(
        formatTable(
          ["案号", "承办部门", "承办人", "二审结果", "日期", "发改原因", "责任认定"],
          list.rows.map((r) => [
            r.caseNumber,
            r.division,
            r.judge,
            r.outcome,
            r.decidedOn ?? "—",
            r.reason ?? "未分类",
            r.responsibility ?? "未分类",
          ]),
        ),
      );
      if (list.unmatched.length > 0)
        console.log(
          `\n另有 ${list.unmatched.length} 件二审改判、发回重审案件的原审案号在数据中找不到对应的一审案件。`,
        );
    });
}
