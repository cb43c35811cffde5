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
import { type CourtLevel, lookupCourt } from "../../domain/case-number/index.js";
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
import { courtName, courtsOfLevel, LEVEL_NAMES } from "../courts/court-choice.js";
import { computeIndicators } from "../indicators/compute-indicators.js";
import { checkCourtFilter } from "../indicators/validate-query.js";
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
  /**
   * In a database of several courts: the court the report is about (its cases only, under its
   * name), or with `level` every court of that level under it — one row per court, the level's
   * total as the whole (a 中院's report on its basic courts).
   */
  choice: { court?: string; level?: CourtLevel } = {},
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
  if (choice.level && !choice.court) throw InvalidInputError.of("level", choice.level, "须同时指定法院");
  if (choice.level && division) throw InvalidInputError.of("level", choice.level, "不能与部门同用");
  const levelCourts = choice.level
    ? await courtsOfLevel(actor, handle, choice.court as string, choice.level)
    : undefined;
  if (levelCourts && levelCourts.length === 0)
    throw InvalidInputError.of(
      "level",
      choice.level as string,
      `数据库中没有 ${choice.court} 辖下的${LEVEL_NAMES[choice.level as CourtLevel]}`,
    );
  const courtFilter: Filter[] = levelCourts
    ? [{ field: "court_code", values: levelCourts }]
    : choice.court
      ? [{ field: "court_code", values: [choice.court] }]
      : [];
  checkCourtFilter(actor, courtFilter);
  const filters: Filter[] = [
    ...courtFilter,
    ...(division ? [{ field: "division" as const, values: [division] }] : []),
  ];
  if (division && (await divisionJudgePairs(handle, filters)).length === 0)
    throw InvalidInputError.of("division", division, "没有该部门的案件数据");

  const unitBy = levelCourts ? "court" : division ? "judge" : "division";
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
  // Its 全院 is the report's court (the chosen one, else the courts the reader sees: a chief's own).
  const wholeCourts = courtFilter[0]?.values ?? dataScope(actor).courts;
  const court = division
    ? await courtFigures(actor, handle, { division, period, ids, courts: wholeCourts ?? undefined })
    : undefined;
  // Divisions in the court's own order (setting division_order, then pinyin), as the bulletin lists them.
  const byDivision = divisionComparator(await readDivisionOrder(handle));
  const total: Record<string, PanelFigure> = whole.groups[0]?.indicators ?? {};
  const comparedWith = whole.comparedWith ?? { yoy: period, mom: period };
  // In a division's version the units are its judges, named without the division ("民一庭 / 张三").
  const unitName = (key: string) =>
    division && key.startsWith(`${division} / `) ? key.slice(division.length + 3) : key;
  const units: ReportUnit[] = byUnit.groups.map((g) => ({
    key: g.name ?? unitName(g.key),
    indicators: g.indicators,
    ladder: ladderUnits.get(g.key) ?? {},
  }));
  if (!division && !levelCourts) units.sort((a, b) => byDivision(a.key, b.key));
  const input: ReportInput = {
    kind,
    court: { name: await reportCourtName(handle, code, choice, levelCourts !== undefined) },
    ...(levelCourts ? { scopeName: `辖区${LEVEL_NAMES[choice.level as CourtLevel]}` } : {}),
    division,
    period,
    comparedWith,
    comparable: {
      yoy: range.firstFiled <= comparedWith.yoy.to,
      mom: range.firstFiled <= comparedWith.mom.to,
    },
    dataDate,
    unitKind: levelCourts ? "court" : division ? "judge" : "division",
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

/** The name a report goes under: the chosen court's, or "<court>辖区基层人民法院" for a level. */
async function reportCourtName(
  handle: Db,
  installation: string,
  choice: { court?: string; level?: CourtLevel },
  isLevel: boolean,
): Promise<string> {
  if (!choice.court) return lookupCourt(installation)?.name ?? installation;
  const name = await courtName(handle, choice.court);
  return isLevel ? `${name}辖区${LEVEL_NAMES[choice.level as CourtLevel]}` : name;
}
