/**
 * The quarterly 审判态势分析报告 and the monthly 审判质效通报: what figures they are built from and
 * what they hold. The figures come from the indicator engine (src/app/indicators) and the
 * long-pending ladder of the 审限与长期未结通报 (src/domain/bulletin: the rungs 六个月、一年、一年半、
 * 二年、三年, each case counted under the highest rung it has reached); composing the document from
 * them is compose.ts, its words format.ts and the 下一步工作建议 rules suggestions.ts.
 */
import { LONG_PENDING_RUNGS } from "../alerts/index.js";
import { RUNG_NAMES } from "../bulletin/model.js";
import type { Figure, IndicatorDef, PanelFigure, Period } from "../indicators/index.js";
import { P } from "../indicators/predicate.js";
import type { ReportPeriod } from "./period.js";

export type ReportKind = "quarterly" | "monthly";

/** The indicators a report reads (catalogue ids), in the order its indicator table lists them. */
export const REPORT_INDICATOR_IDS = [
  "filed",
  "closed",
  "pending_start",
  "pending_end",
  "clearance_rate",
  "disposition_rate",
  "on_time_rate",
  "avg_duration_days",
  "overdue_pending",
  "overdue_pending_ratio",
  "long_pending_12m",
  "long_pending_12m_ratio",
  "long_pending_36m",
  "extension_rate",
  "simple_procedure_rate",
  "mediation_rate",
  "withdrawal_rate",
  "appeal_rate",
  "acceptance_rate",
  "reversal_remand_rate",
  "reversal_rate",
  "remand_rate",
] as const;

/** The indicators of the 核心质效指标 table (the 收结存 counts have their own section). */
export const CORE_TABLE_IDS = [
  "clearance_rate",
  "disposition_rate",
  "on_time_rate",
  "avg_duration_days",
  "overdue_pending",
  "long_pending_12m_ratio",
  "long_pending_36m",
  "extension_rate",
  "simple_procedure_rate",
  "mediation_rate",
  "withdrawal_rate",
  "appeal_rate",
  "acceptance_rate",
  "reversal_remand_rate",
] as const;

/** The ladder's rungs in months (the bulletin's: 6, 12, 18, 24, 36). */
export const LADDER_RUNGS: readonly number[] = LONG_PENDING_RUNGS;

/**
 * The cases pending at the period's end whose 立案日期 + N months lies before its last day — the
 * same rule as the catalogue's 超12个月未结案件数 and the long-pending warnings (months counted by
 * 《中华人民共和国民法典》第二百零二条), one count per rung. Counted by the indicator engine in
 * one pass with the report's other figures.
 */
export const LADDER_DEFS: IndicatorDef[] = LONG_PENDING_RUNGS.map((months) => ({
  id: `ladder_${months}m`,
  name: `立案满${RUNG_NAMES[months]}以上未结案件数`,
  group: "过程",
  dimension: "效率",
  unit: "件",
  kind: "count",
  numerator: { count: P.and(P.pendingEnd, { olderAtEnd: months }) },
  direction: "lower",
  scope: "期末未结案件",
  definition: `期末未结、且立案日期加 ${months} 个月早于统计期间末日的案件数。`,
  source: "审限与长期未结案件通报的长期未结节点（六个月、一年、一年半、二年、三年）",
}));

/** Cases at or past each rung (cumulative: a case pending 2 years counts at 6, 12, 18 and 24). */
export type LadderCounts = Record<number, number>;

/** One band of the ladder: reached `months` and not the next rung (the last band: and more). */
export interface LadderBand {
  months: number;
  /** 满六个月不满一年, …, 满三年以上 */
  name: string;
  count: number;
}

/** The bands of the ladder, each case under the highest rung it has reached (as the bulletin counts). */
export function ladderBands(c: LadderCounts): LadderBand[] {
  return LONG_PENDING_RUNGS.map((m, i) => {
    const next = LONG_PENDING_RUNGS[i + 1];
    const here = c[m] ?? 0;
    return {
      months: m,
      name: next === undefined ? `满${RUNG_NAMES[m]}以上` : `满${RUNG_NAMES[m]}不满${RUNG_NAMES[next]}`,
      count: next === undefined ? here : here - (c[next] ?? 0),
    };
  });
}

/**
 * The trend's months from the cases filed and closed in each, and the cases pending at the last
 * month's end: walking back, 未结 at the end of the month before = 未结 − 新收 + 结案 of the month (a
 * case is closed on or after its filing day — the import refuses the opposite — so a case closed in
 * a month was pending before it or filed in it).
 */
export function trendFromFlow(
  months: readonly string[],
  flow: ReadonlyMap<string, { filed: number; closed: number }>,
  pendingAtLastEnd: number,
): { month: string; filed: number; closed: number; pendingEnd: number }[] {
  const out = months.map((month) => ({
    month,
    ...(flow.get(month) ?? { filed: 0, closed: 0 }),
    pendingEnd: 0,
  }));
  let pending = pendingAtLastEnd;
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i] as (typeof out)[number];
    m.pendingEnd = pending;
    pending = pending - m.filed + m.closed;
  }
  return out;
}

/** A unit of the report: a division (the court's report) or a judge (a division's report). */
export interface ReportUnit {
  key: string;
  indicators: Record<string, PanelFigure>;
  ladder: LadderCounts;
}

/** Everything a report is composed from. */
export interface ReportInput {
  kind: ReportKind;
  court: { name: string };
  /** The division the report covers; null: the whole court. */
  division: string | null;
  period: ReportPeriod;
  /** The periods of 同比 and 环比. */
  comparedWith: { yoy: Period; mom: Period };
  /** Whether the data reach back to the compared periods (the first filing date is before their end). */
  comparable: { yoy: boolean; mom: boolean };
  /** The date the figures were computed from (the facts' as-of date). */
  dataDate: string;
  /**
   * What the units are: divisions (the court's report), judges (a division's), or courts (the
   * report on a level of courts under a court: one row per court).
   */
  unitKind: "division" | "judge" | "court";
  /** The whole scope's name where it is not a court (default 全院): e.g. 辖区基层法院. */
  scopeName?: string;
  /** The figures of the whole scope, with 同比 and 环比. */
  total: Record<string, PanelFigure>;
  totalLadder: LadderCounts;
  units: ReportUnit[];
  /** A division's version: the whole court's figures of the report's indicators, to compare with. */
  courtFigures?: Record<string, Figure>;
  /** The twelve months ending with the period: new, closed and pending at each month's end. */
  trend: { month: string; filed: number; closed: number; pendingEnd: number }[];
}

/** A chart of the document, as data (rendered to an image by src/io/charts). */
export interface ChartSpec {
  id: "trend" | "by-unit" | "ladder";
  title: string;
  categories: string[];
  /** `outside`: which values lie outside the reference range (as the indicator engine assessed them). */
  series: { name: string; type: "bar" | "line"; values: (number | null)[]; outside?: boolean[] }[];
  /** The value axis: 件, %, 天. Shares are given as percentages (96.1, not 0.961). */
  unit: string;
  /**
   * A reference line (the range's bound), in the axis unit: `min`, bars below it are outside the
   * range; `max`, bars above it.
   */
  reference?: { value: number; label: string; bound: "min" | "max" };
  width: number;
  height: number;
}

export type ReportBlock =
  | { kind: "h1" | "h2" | "para"; text: string }
  | {
      kind: "table";
      headers: string[];
      rows: string[][];
      shares: number[];
      align?: ("left" | "center")[];
      totalRow?: boolean;
    }
  | { kind: "chart"; chart: ChartSpec; caption: string }
  | { kind: "gap" };

/** A cell of the workbook: a number (with how to show it) or text. */
export type SheetCell = string | number | null | { value: number | null; format: "int" | "pct" | "dec1" };

export interface SheetSpec {
  name: string;
  title: string;
  headers: string[];
  rows: SheetCell[][];
  widths: number[];
}

export interface ReportDocument {
  title: string;
  subtitle: string;
  blocks: ReportBlock[];
  charts: ChartSpec[];
  signature: [string, string];
  sheets: SheetSpec[];
  /** The headline counts, for a caller's summary line. */
  headline: { filed: number; closed: number; pendingEnd: number; weak: number };
}

/** The numerator, denominator and value of a figure, or nothing. */
export function plain(f: Figure | undefined): Figure {
  return { value: f?.value ?? null, numerator: f?.numerator ?? null, denominator: f?.denominator ?? null };
}
