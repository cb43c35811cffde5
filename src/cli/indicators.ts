import type { Command } from "commander";
import { MemberUnreachableError } from "../app/federation/federated-read.js";
import { computeIndicators } from "../app/indicators/compute-indicators.js";
import { DRILL_SORT_FIELDS, type DrillSortField, drillDown } from "../app/indicators/drill-down.js";
import { saveIndicatorWorkbook } from "../app/indicators/export-indicators.js";
import { systemActor } from "../app/shared/actor.js";
import { InvalidInputError } from "../app/shared/errors.js";
import { GROUPINGS, type Grouping, type IndicatorDef, indicatorById } from "../domain/indicators/index.js";
import { withDb } from "./common.js";
import { CliError } from "./errors.js";
import { formatTable } from "./table.js";

function grouping(v: string | undefined): Grouping {
  const by = (v ?? "court") as Grouping;
  if (!GROUPINGS.includes(by))
    throw new CliError(`--by: ${JSON.stringify(v)} — 应为 ${GROUPINGS.join("|")}`, 2);
  return by;
}

function format(def: IndicatorDef, v: number | null): string {
  if (v === null) return "—";
  if (def.unit === "%") return `${(v * 100).toFixed(2)}%`;
  if (def.unit === "天") return v.toFixed(1);
  if (def.unit === "比") return v.toFixed(2);
  return String(Math.round(v));
}

async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof InvalidInputError) throw new CliError(err.message, 2);
    // A federation member that cannot be reached (the message names it).
    if (err instanceof MemberUnreachableError) throw new CliError(err.message, 1);
    throw err;
  }
}

export function registerIndicatorCommands(program: Command): void {
  program
    .command("indicators")
    .description("计算质效指标 (compute the indicator panel for a period)")
    .requiredOption("--from <date>", "统计期间首日 YYYY-MM-DD")
    .requiredOption("--to <date>", "统计期间末日 YYYY-MM-DD")
    .option("--by <grouping>", `分组 ${GROUPINGS.join("|")}（默认 court）`)
    .option("--ids <ids>", "指标 id，逗号分隔（默认核心指标）")
    .option("--compare", "同时计算同比、环比")
    .option("--db <url>", "数据库")
    .option("--json", "输出 JSON")
    .option("--xlsx <file>", "写出 Excel 工作簿")
    .action(
      async (opts: {
        from: string;
        to: string;
        by?: string;
        ids?: string;
        compare?: boolean;
        db?: string;
        json?: boolean;
        xlsx?: string;
      }) => {
        const by = grouping(opts.by);
        const ids = opts.ids
          ?.split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        const panel = await withDb(opts.db, (db) =>
          guard(() =>
            computeIndicators(systemActor(), db, {
              from: opts.from,
              to: opts.to,
              by,
              ids,
              compare: opts.compare,
            }),
          ),
        );
        if (opts.xlsx) await saveIndicatorWorkbook(panel, opts.xlsx);
        if (opts.json) {
          const out = {
            from: panel.from,
            to: panel.to,
            by: panel.by,
            catalogueVersion: panel.catalogueVersion,
            ...(panel.missingMembers ? { missingMembers: panel.missingMembers } : {}),
            groups: panel.groups.map((g) => ({
              key: g.key,
              indicators: Object.fromEntries(
                Object.entries(g.indicators).map(([id, f]) => [
                  id,
                  {
                    value: f.value,
                    numerator: f.numerator,
                    denominator: f.denominator,
                    ...(f.yoy ? { yoy: f.yoy, mom: f.mom } : {}),
                  },
                ]),
              ),
            })),
          };
          console.log(JSON.stringify(out, null, 2));
          return;
        }
        const defs = panel.indicators.map((id) => indicatorById(id) as IndicatorDef);
        console.log(`质效指标 ${panel.from} 至 ${panel.to}（目录版本 ${panel.catalogueVersion}）`);
        if (panel.missingMembers)
          console.log(
            `注意：联邦成员${panel.missingMembers.map((m) => `“${m.name}”（${m.courts.join("、")}）`).join("、")}无法连接，以下各项数据均不含其案件。`,
          );
        for (const g of panel.groups) {
          console.log(`\n【${g.key}】`);
          const rows = defs.map((d) => {
            const f = g.indicators[d.id];
            return [
              d.name,
              format(d, f?.value ?? null) + (f?.assessment === "weak" ? " ⚠" : ""),
              f?.numerator === null || f?.numerator === undefined ? "" : String(f.numerator),
              f?.denominator === null || f?.denominator === undefined ? "" : String(f.denominator),
              f?.yoy ? format(d, f.yoy.value) : "",
              f?.mom ? format(d, f.mom.value) : "",
            ];
          });
          console.log(
            formatTable(
              ["指标", "值", "分子", "分母", ...(opts.compare ? ["同比期", "环比期"] : ["", ""])],
              rows,
              [1, 2, 3, 4, 5],
            ),
          );
        }
        if (opts.xlsx) console.log(`\n已写出 ${opts.xlsx}`);
      },
    );

  program
    .command("drill")
    .description("指标明细：列出构成分子或分母的案件 (the cases behind a figure)")
    .requiredOption("--indicator <id>", "指标 id")
    .requiredOption("--part <part>", "numerator | denominator")
    .requiredOption("--from <date>", "统计期间首日")
    .requiredOption("--to <date>", "统计期间末日")
    .option("--by <grouping>", "分组（与 --group 一起使用）")
    .option("--group <key>", "分组键，如承办部门名称")
    .option("--page <n>", "页码", "1")
    .option("--page-size <n>", "每页条数", "50")
    .option("--sort <field>", `排序 ${DRILL_SORT_FIELDS.join("|")}`)
    .option("--desc", "倒序")
    .option("--all", "列出全部")
    .option("--db <url>", "数据库")
    .option("--json", "输出 JSON")
    .action(
      async (opts: {
        indicator: string;
        part: string;
        from: string;
        to: string;
        by?: string;
        group?: string;
        page: string;
        pageSize: string;
        sort?: string;
        desc?: boolean;
        all?: boolean;
        db?: string;
        json?: boolean;
      }) => {
        if (opts.part !== "numerator" && opts.part !== "denominator") {
          throw new CliError(`--part: ${JSON.stringify(opts.part)} — 应为 numerator 或 denominator`, 2);
        }
        if (opts.sort && !DRILL_SORT_FIELDS.includes(opts.sort as DrillSortField)) {
          throw new CliError(`--sort: ${JSON.stringify(opts.sort)} — 应为 ${DRILL_SORT_FIELDS.join("|")}`, 2);
        }
        const result = await withDb(opts.db, (db) =>
          guard(() =>
            drillDown(systemActor(), db, {
              indicator: opts.indicator,
              part: opts.part as "numerator" | "denominator",
              from: opts.from,
              to: opts.to,
              by: opts.by ? grouping(opts.by) : undefined,
              group: opts.group,
              page: Number(opts.page),
              pageSize: Number(opts.pageSize),
              sort: opts.sort as DrillSortField | undefined,
              order: opts.desc ? "desc" : "asc",
              all: opts.all,
            }),
          ),
        );
        if (opts.json) {
          console.log(JSON.stringify(result, null, 2));
          return;
        }
        const def = indicatorById(opts.indicator) as IndicatorDef;
        console.log(
          `${def.name}（${opts.part === "numerator" ? "分子" : "分母"}）共 ${result.total} 件，第 ${result.page} 页`,
        );
        console.log(
          formatTable(
            ["案号", "承办部门", "承办人", "立案日期", "结案日期", "结案方式", "届满日", "审理天数"],
            result.rows.map((r) => [
              r.caseNumber,
              r.division,
              r.judge,
              r.filedOn,
              r.closedOn ?? "",
              r.closureMode ?? "",
              r.deadline ?? "",
              String(r.durationDays ?? r.naturalDays),
            ]),
            [7],
          ),
        );
      },
    );
}
