import type { Command } from "commander";
import { readReviewSettings } from "../app/review/review-settings.js";
import { sampleClosedCases } from "../app/review/sample-cases.js";
import { AppError } from "../app/shared/errors.js";
import { withDb } from "./common.js";
import { CliError } from "./errors.js";
import { formatTable } from "./table.js";

export function registerReviewCommand(program: Command): void {
  const review = program.command("review").description("案件评查 (case quality review)");
  review
    .command("sample")
    .description("按月抽取已结案件（不保存）(draw a month's review sample without storing it)")
    .requiredOption("--month <YYYY-MM>", "结案年月，如 2026-11")
    .requiredOption("--size <n>", "抽取件数")
    .option("--seed <s>", "随机种子 0…4294967295（默认为年月数字，如 202611）")
    .option("--by-division", "按部门分层，按结案数比例（最大余数法）分配件数")
    .option("--db <url>", "数据库 (SQLite file or postgres://…)")
    .option("--json", "以 JSON 输出：[{ caseNumber, division, judge }]")
    .action(
      async (opts: {
        month: string;
        size: string;
        seed?: string;
        byDivision?: boolean;
        db?: string;
        json?: boolean;
      }) => {
        await withDb(opts.db, async (db) => {
          try {
            const settings = await readReviewSettings(db);
            const r = await sampleClosedCases(db, {
              month: opts.month,
              size: opts.size,
              seed: opts.seed,
              byDivision: opts.byDivision === true,
              recentMonths: settings.recentMonths,
            });
            if (opts.json) {
              console.log(JSON.stringify(r.cases, null, 2));
              return;
            }
            console.log(
              `${r.month} 结案可抽取 ${r.eligible} 件（近 ${settings.recentMonths} 个月已评查而回避 ${r.skipped} 件），随机种子 ${r.seed}，抽取 ${r.cases.length} 件：`,
            );
            if (opts.byDivision)
              console.log(r.strata.map((s) => `${s.division} ${s.quota}/${s.eligible}`).join("；"));
            console.log(
              formatTable(
                ["案号", "承办部门", "承办人"],
                r.cases.map((c) => [c.caseNumber, c.division, c.judge]),
              ),
            );
          } catch (e) {
            if (e instanceof AppError) throw new CliError(e.message, 2);
            throw e;
          }
        });
      },
    );
}
