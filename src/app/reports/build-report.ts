/**
 * The pipeline both reports share: the figures from the indicator engine (the period with 同比 and
 * 环比, the same by division — or by judge in a division's version —, the twelve months of the
 * trend) and the long-pending ladder; the document composed from them (src/domain/reports); the
 * charts rendered to PNG; the .docx and the .xlsx written. Everything is computed from case_facts
 * as of their as-of date, which the report states as its data date.
 */
import type { Db } from "../../db/connect.js";
import { divisionJudgePairs, factsRange } from "../../db/facts/data-range.js";
import type { Filter } from "../../db/indicators/compile.js";
import { monthlyFlow } from "../../db/reports/monthly-flow.js";
import { readDivisionOrder } from "../../db/settings/division-order.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { chineseDate } from "../../domain/bulletin/dates.js";
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import { lookupCourt } from "../../domain/case-number/index.js";
import { divisionComparator } from "../../domain/court/division-order.js";
import { monthsOf, type PanelFigure } from "../../domain/indicators/index.js";
import { composeReport } from "../../domain/reports/compose.js";
import {
  type LadderCounts,
  REPORT_INDICATOR_IDS,
  type ReportInput,
  type ReportKind,
  type ReportUnit,
  trendFromFlow,
} from "../../domain/reports/model.js";
import { type ReportPeriod, trendWindow } from "../../domain/reports/period.js";
import { renderChartPng } from "../../io/charts/render-chart.js";
import { writeReportDocx } from "../../io/report-docx.js";
import { writeReportXlsx } from "../../io/report-xlsx.js";
import { computeIndicators } from "../indicators/compute-indicators.js";
import { courtCode } from "../meta/court-code.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";
import { courtFigures } from "./court-figures.js";
import { ladderCounts } from "./ladder-counts.js";

export interface BuiltReport {
  title: string;
  /** The date the figures were computed from: the facts' as-of date (the last import's). */
  dataDate: string;
  docx: Buffer;
  xlsx: Buffer;
}

/** The division a report covers: the one asked for, or a chief's own; null for the whole court. */
export function reportDivision(actor: Actor, division: string | undefined): string | null {
  const asked = division?.trim();
  if (asked) return asked;
  const scope = dataScope(actor);
  return scope.kind === "division" ? scope.division : null;
}

/** `<title>.docx` with the characters a file system refuses replaced. */
export function reportFileName(title: string, ext: "docx" | "xlsx"): string {
  return `${title.replace(/[\\/:*?"<>|]/g, "_")}.${ext}`;
}

/** The whole scope's ladder: the sum over every group (each case lies in exactly one, a blank division included). */
function sumLadders(groups: Iterable<LadderCounts>): LadderCounts {
  const total: LadderCounts = {};
  for (const g of groups)
    for (const [k, v] of Object.entries(g)) total[Number(k)] = (total[Number(k)] ?? 0) + v;
  return total;
}

export async function buildReport(
  actor: Actor,
  handle: Db,
  kind: ReportKind,
  period: ReportPeriod,
  field: "quarter" | "month",
  divisionAsked: string | undefined,
): Promise<BuiltReport> {
  const division = reportDivision(actor, divisionAsked);
  mustAuthorize(actor, "view-reports", { division });

  const range = await factsRange(handle);
  if (!range.asOf || !range.firstFiled)
    throw InvalidInputError.of(field, period.id, "尚无案件数据，请先导入案件");
  const dataDate = range.asOf;
  if (period.from > dataDate)
    throw InvalidInputError.of(field, period.id, `数据截至${chineseDate(dataDate)}，${period.label}尚无数据`);
  if (period.to < range.firstFiled)
    throw InvalidInputError.of(
      field,
      period.id,
      `最早的立案日期为${chineseDate(range.firstFiled)}，${period.label}没有案件数据`,
    );
  const filters: Filter[] = division ? [{ field: "division", values: [division] }] : [];
  if (division && (await divisionJudgePairs(handle, filters)).length === 0)
    throw InvalidInputError.of("division", division, "没有该部门的案件数据");

  const unitBy = division ? "judge" : "division";
  const ids = [...REPORT_INDICATOR_IDS];
  const trend = trendWindow(period);
  const [whole, byUnit, flow, ladderUnits, code] = await Promise.all([
    computeIndicators(actor, handle, {
      from: period.from,
      to: period.to,
      by: "all",
      ids,
      filters,
      compare: true,
    }),
    computeIndicators(actor, handle, { from: period.from, to: period.to, by: unitBy, ids, filters }),
    monthlyFlow(handle, { fromDay: parseIsoDate(trend.from), toDay: parseIsoDate(trend.to) }, [
      ...scopeFilters(actor),
      ...filters,
    ]),
    ladderCounts(actor, handle, { from: period.from, to: period.to, by: unitBy, filters }),
    courtCode(handle),
  ]);
  // A division's version compares the division with the whole court on every indicator.
  const court = division ? await courtFigures(actor, handle, { division, period, ids }) : undefined;
  // Divisions in the court's own order (setting division_order, then pinyin), as the bulletin lists them.
  const byDivision = divisionComparator(await readDivisionOrder(handle));
  const total: Record<string, PanelFigure> = whole.groups[0]?.indicators ?? {};
  const comparedWith = whole.comparedWith ?? { yoy: period, mom: period };
  // In a division's version the units are its judges, named without the division ("民一庭 / 张三").
  const unitName = (key: string) =>
    division && key.startsWith(`${division} / `) ? key.slice(division.length + 3) : key;
  const units: ReportUnit[] = byUnit.groups.map((g) => ({
    key: unitName(g.key),
    indicators: g.indicators,
    ladder: ladderUnits.get(g.key) ?? {},
  }));
  if (!division) units.sort((a, b) => byDivision(a.key, b.key));
  const input: ReportInput = {
    kind,
    court: { name: lookupCourt(code)?.name ?? code },
    division,
    period,
    comparedWith,
    comparable: {
      yoy: range.firstFiled <= comparedWith.yoy.to,
      mom: range.firstFiled <= comparedWith.mom.to,
    },
    dataDate,
    unitKind: division ? "judge" : "division",
    total,
    totalLadder: sumLadders(ladderUnits.values()),
    units,
    courtFigures: court,
    trend: trendFromFlow(
      monthsOf(trend).map((m) => m.label),
      flow,
      total.pending_end?.value ?? 0,
    ),
  };
  const doc = composeReport(input);
  const pngs = new Map<string, Buffer>();
  for (const c of doc.charts) pngs.set(c.id, await renderChartPng(c));
  const [docx, xlsx] = await Promise.all([writeReportDocx(doc, pngs), writeReportXlsx(doc)]);
  return { title: doc.title, dataDate, docx, xlsx };
}
