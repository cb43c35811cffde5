import type { Command } from "commander";
import { todayInChina } from "../app/shared/today.js";
import { escalateOverdueOrders } from "../app/supervision-orders/escalate-overdue-orders.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import { withDb } from "./common.js";
import { CliError } from "./errors.js";

export function registerOrdersCommand(program: Command): void {
  const orders = program.command("orders").description("督办单 (supervision orders)");
  orders
    .command("escalate")
    .description("逾期未答复的督办单报庭长、分管院领导督促 (escalate overdue orders)")
    .option("--db <url>", "数据库 (SQLite file or postgres://…)")
    .option("--as-of <date>", "基准日 YYYY-MM-DD（默认今天）")
    .action(async (opts: { db?: string; asOf?: string }) => {
      const asOf = opts.asOf ?? todayInChina();
      if (tryParseIsoDate(asOf) === undefined)
        throw new CliError(
          `--as-of: ${JSON.stringify(asOf)} — 不是有效日期 （应为形如 2024-06-30 的日期）`,
          2,
        );
      await withDb(opts.db, async (db) => {
        const r = await escalateOverdueOrders(db, asOf);
        console.log(`截至 ${asOf}：逾期报庭长 ${r.toChief} 件，报分管院领导 ${r.toLeader} 件。`);
      });
    });
}
