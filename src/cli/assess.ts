/**
 * `shenguan assess`: the units of a period scored against an assessment scheme (考核办法) — a JSON
 * file in the format of docs/assessment.md, or, without --scheme, the stored scheme in force on the
 * period's last day. --json prints the format's output object. A faulty scheme exits with code 2,
 * naming the item and field.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import {
  ASSESSMENT_GROUPINGS,
  type AssessmentGrouping,
  assessUnits,
} from "../app/assessment/assess-units.js";
import { systemActor } from "../app/shared/actor.js";
import { InvalidInputError, NotFoundError } from "../app/shared/errors.js";
import { catalogueLookup, trimNumber } from "../domain/assessment/index.js";
import { withDb } from "./common.js";
import { CliError } from "./errors.js";
import { formatTable } from "./table.js";

async function readScheme(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new CliError(`--scheme: 无法读取考核办法文件 ${file}`, 2);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new CliError(`--scheme: 考核办法文件不是有效的 JSON（${(e as Error).message}）`, 2);
  }
}

export function registerAssessCommand(program: Command): void {
  program
    .command("assess")
    .description(
      "按考核办法计算各部门或法官的考核得分 (score divisions or judges against an assessment scheme)",
    )
    .option("--scheme <file>", "考核办法 JSON 文件（省略：期间末日施行的考核办法）")
    .requiredOption("--from <date>", "统计期间首日 YYYY-MM-DD")
    .requiredOption("--to <date>", "统计期间末日 YYYY-MM-DD")
    .option("--by <unit>", "考核单位 division|judge（默认 division）")
    .option("--db <url>", "数据库")
    .option("--json", "输出 JSON")
    .action(
      async (opts: {
        scheme?: string;
        from: string;
        to: string;
        by?: string;
        db?: string;
        json?: boolean;
      }) => {
        const by = (opts.by ?? "division") as AssessmentGrouping;
        if (!ASSESSMENT_GROUPINGS.includes(by))
          throw new CliError(`--by: ${JSON.stringify(opts.by)} — 应为 division|judge`, 2);
        const scheme = opts.scheme === undefined ? undefined : await readScheme(opts.scheme);
        const r = await withDb(opts.db, async (db) => {
          try {
            return await assessUnits(systemActor(), db, { scheme, from: opts.from, to: opts.to, by });
          } catch (err) {
            if (err instanceof InvalidInputError || err instanceof NotFoundError)
              throw new CliError(err.message, 2);
            throw err;
          }
        });
        if (opts.json) {
          const out = {
            scheme: { name: r.scheme.name, version: r.scheme.version },
            from: r.from,
            to: r.to,
            by: r.by,
            units: r.units.map((u) => ({
              key: u.key,
              total: u.total,
              items: u.items.map((i) => ({
                indicator: i.indicator,
                value: i.value,
                points: i.points,
                weight: i.weight,
                scored: i.scored,
                explanation: i.explanation,
              })),
            })),
          };
          console.log(JSON.stringify(out, null, 2));
          return;
        }
        console.log(`${r.scheme.name}（版本 ${r.scheme.version}）　${r.from} 至 ${r.to}`);
        const first = r.units[0];
        if (!first) {
          console.log("期间内没有可考核的单位。");
          return;
        }
        const names = first.items.map((i) => catalogueLookup(i.indicator)?.name ?? i.indicator);
        const rows = r.units.map((u) => [
          u.key,
          ...u.items.map((i) => (i.scored ? trimNumber(i.points as number) : "不计分")),
          u.total === null ? "—" : (u.total as number).toFixed(2),
        ]);
        console.log(
          formatTable(
            [by === "judge" ? "承办部门 / 承办人" : "承办部门", ...names, "总分"],
            rows,
            names.map((_, i) => i + 1).concat(names.length + 1),
          ),
        );
      },
    );
}
