import type { Command } from "commander";
import { type ComputedAlert, detectAllAlerts } from "../app/alerts/detect-alerts.js";
import { todayInChina } from "../app/shared/today.js";
import { ALERT_RULES_BY_ID, SEVERITY_NAMES, SEVERITY_RANK } from "../domain/alerts/index.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import { counter, withDb } from "./common.js";
import { CliError } from "./errors.js";
import { formatTable } from "./table.js";

export function registerAlertsCommand(program: Command): void {
  program
    .command("alerts")
    .description("预警：审限预警、长期未结、隐形超审限、数据质量 (run every detector as of a date)")
    .option("--db <url>", "数据库")
    .option("--as-of <date>", "基准日 YYYY-MM-DD（默认今天）")
    .option("--rule <id>", "只看某一规则（或其前缀，如 time-limit 或 concealed-overrun）")
    .option("--division <name>", "只看某一承办部门")
    .option("--json", "输出 JSON 数组")
    .action(
      async (opts: { db?: string; asOf?: string; rule?: string; division?: string; json?: boolean }) => {
        const asOf = opts.asOf ?? todayInChina();
        if (tryParseIsoDate(asOf) === undefined)
          throw new CliError(
            `--as-of: ${JSON.stringify(asOf)} — 不是有效日期 （应为形如 2024-06-30 的日期）`,
            2,
          );
        if (
          opts.rule &&
          !ALERT_RULES_BY_ID.has(opts.rule) &&
          ![...ALERT_RULES_BY_ID.keys()].some((k) => k.startsWith(`${opts.rule}.`))
        ) {
          throw new CliError(
            `--rule: ${JSON.stringify(opts.rule)} — 未知的规则（应为 ${[...ALERT_RULES_BY_ID.keys()].join("、")}）`,
            2,
          );
        }
        const alerts: ComputedAlert[] = [];
        await withDb(opts.db, async (db) => {
          const progress = counter("检查");
          try {
            await detectAllAlerts(
              db,
              (page) => {
                for (const a of page) {
                  if (opts.rule && a.ruleId !== opts.rule && !a.ruleId.startsWith(`${opts.rule}.`)) continue;
                  if (opts.division && a.division !== opts.division) continue;
                  alerts.push(a);
                }
              },
              { asOf, onProgress: (n) => progress.update(n) },
            );
          } finally {
            progress.stop();
          }
        });
        alerts.sort(
          (a, b) =>
            SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
            a.ruleId.localeCompare(b.ruleId) ||
            a.caseNumber.localeCompare(b.caseNumber),
        );
        if (opts.json) {
          console.log(JSON.stringify(alerts, null, 2));
          return;
        }
        console.log(`截至 ${asOf} 共 ${alerts.length} 条预警`);
        const counts = new Map<string, number>();
        for (const a of alerts) counts.set(a.ruleId, (counts.get(a.ruleId) ?? 0) + 1);
        console.log(
          formatTable(
            ["规则", "名称", "件数"],
            [...counts.entries()].map(([id, n]) => [id, ALERT_RULES_BY_ID.get(id)?.title ?? id, String(n)]),
            [2],
          ),
        );
        console.log("");
        console.log(
          formatTable(
            ["级别", "预警", "案号", "承办部门", "承办人", "说明"],
            alerts
              .slice(0, 200)
              .map((a) => [
                SEVERITY_NAMES[a.severity],
                ALERT_RULES_BY_ID.get(a.ruleId)?.title ?? a.ruleId,
                a.caseNumber,
                a.division,
                a.judge,
                a.reason,
              ]),
          ),
        );
        if (alerts.length > 200) console.log(`…另有 ${alerts.length - 200} 条（--json 输出全部）`);
      },
    );
}
