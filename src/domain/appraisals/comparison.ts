/**
 * The comparison the 诉前鉴定 plan argues for: cases whose appraisal was done before filing (诉前,
 * under a 诉前调 number, the later case naming that number as its 原审案号) against cases whose
 * appraisal was done during the proceedings (诉中), kind by kind and quarter by quarter (the
 * quarter of the 委托日期): the natural days from the appraisal's start to the case's closing, the
 * days excluded from the 审限, and the share of long-pending cases. Pure.
 */
import { parseIsoDate } from "../calendar/index.js";
import {
  APPRAISAL_SETTINGS_DEFAULTS,
  type AppraisalKind,
  type AppraisalSettings,
  type AppraisalStage,
} from "./appraisal.js";

/** One appraisal with the case it belongs to (诉中: the case; 诉前: the later case). */
export interface ComparisonInput {
  stage: AppraisalStage;
  kind: AppraisalKind;
  commissionedOn: string;
  caseId: number;
  caseNumber: string;
  filedOn: string;
  closedOn: string | null;
  /** Days excluded from the 审限 (the case's facts). */
  excludedDays: number;
}

export interface ComparisonCell {
  quarter: string;
  kind: AppraisalKind;
  stage: AppraisalStage;
  /** Cases (each case once per stage and kind: its earliest appraisal of that kind). */
  cases: number;
  closed: number;
  /** Mean natural days 委托日期 → 结案日期 over the closed cases; null when none is closed. */
  meanDaysToClose: number | null;
  /** Mean days excluded from the 审限, over all the cases. */
  meanExcludedDays: number | null;
  /** Cases long-pending (filing → closing, or → asOf while pending, at least longPendingDays). */
  longPending: number;
  longPendingShare: number | null;
}

/** `2024Q3` for a date. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

export function isLongPending(
  c: Pick<ComparisonInput, "filedOn" | "closedOn">,
  asOf: string,
  settings: Pick<AppraisalSettings, "longPendingDays"> = APPRAISAL_SETTINGS_DEFAULTS,
): boolean {
  const end = c.closedOn !== null && c.closedOn <= asOf ? c.closedOn : asOf;
  return parseIsoDate(end) - parseIsoDate(c.filedOn) >= settings.longPendingDays;
}

/** Each case once per stage and kind, with its earliest appraisal of that kind. */
export function distinctCases(rows: readonly ComparisonInput[]): ComparisonInput[] {
  const first = new Map<string, ComparisonInput>();
  for (const r of rows) {
    const k = `${r.stage}|${r.kind}|${r.caseId}`;
    const seen = first.get(k);
    if (!seen || r.commissionedOn < seen.commissionedOn) first.set(k, r);
  }
  return [...first.values()];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function compareStages(
  rows: readonly ComparisonInput[],
  asOf: string,
  settings: Pick<AppraisalSettings, "longPendingDays"> = APPRAISAL_SETTINGS_DEFAULTS,
): ComparisonCell[] {
  const cells = new Map<string, { cell: ComparisonCell; closeDays: number; excluded: number }>();
  for (const r of distinctCases(rows)) {
    const quarter = quarterOf(r.commissionedOn);
    const key = `${quarter}|${r.kind}|${r.stage}`;
    let c = cells.get(key);
    if (!c) {
      c = {
        cell: {
          quarter,
          kind: r.kind,
          stage: r.stage,
          cases: 0,
          closed: 0,
          meanDaysToClose: null,
          meanExcludedDays: null,
          longPending: 0,
          longPendingShare: null,
        },
        closeDays: 0,
        excluded: 0,
      };
      cells.set(key, c);
    }
    c.cell.cases++;
    c.excluded += r.excludedDays;
    if (r.closedOn !== null && r.closedOn <= asOf) {
      c.cell.closed++;
      c.closeDays += parseIsoDate(r.closedOn) - parseIsoDate(r.commissionedOn);
    }
    if (isLongPending(r, asOf, settings)) c.cell.longPending++;
  }
  const out: ComparisonCell[] = [];
  for (const { cell, closeDays, excluded } of cells.values()) {
    cell.meanDaysToClose = cell.closed > 0 ? round1(closeDays / cell.closed) : null;
    cell.meanExcludedDays = cell.cases > 0 ? round1(excluded / cell.cases) : null;
    cell.longPendingShare = cell.cases > 0 ? cell.longPending / cell.cases : null;
    out.push(cell);
  }
  return out.sort(
    (a, b) =>
      a.quarter.localeCompare(b.quarter) ||
      a.kind.localeCompare(b.kind, "zh") ||
      a.stage.localeCompare(b.stage, "zh"),
  );
}
