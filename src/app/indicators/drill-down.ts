/**
 * drillDown — the exact case list behind a figure's numerator or denominator: the same predicate
 * as the aggregate, so the list's length always equals the count. Paged and sortable, within the
 * actor's scope.
 */
import type { CaseListRow } from "../../db/cases/case-list-row.js";
import type { Db } from "../../db/connect.js";
import type { Filter, Grouping } from "../../db/indicators/compile.js";
import {
  DRILL_SORT_FIELDS,
  type DrillSelection,
  type DrillSortField,
  drillRows,
} from "../../db/indicators/drill.js";
import type { Actor } from "../../domain/auth/index.js";
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import { indicatorById, monthsOf } from "../../domain/indicators/index.js";
import { federatedRead } from "../federation/federated-read.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";
import { checkCourtFilter, validatePeriod } from "./validate-query.js";

export { DRILL_SORT_FIELDS, type DrillSortField } from "../../db/indicators/drill.js";

export interface DrillQuery {
  indicator: string;
  part: "numerator" | "denominator";
  from: string;
  to: string;
  /** With `group`: restrict to one group of that grouping (for month: the month label YYYY-MM). */
  by?: Grouping;
  group?: string;
  filters?: Filter[];
  page?: number;
  pageSize?: number;
  sort?: DrillSortField;
  order?: "asc" | "desc";
  /** Return every row (exports); ignores page/pageSize. */
  all?: boolean;
}

/** A row of a figure's case list. */
export type DrillRow = CaseListRow;

export interface DrillResult {
  indicator: string;
  part: "numerator" | "denominator";
  total: number;
  page: number;
  pageSize: number;
  rows: DrillRow[];
  /** On a federation node without unreachable members (setting skipUnreachable): those left out. */
  missingMembers?: { name: string; courts: string[] }[];
}

export async function drillDown(actor: Actor, handle: Db, q: DrillQuery): Promise<DrillResult> {
  const { selection, indicator } = drillSelection(actor, q);
  const { value: result, missing } = await federatedRead(handle, selection.filters, (filters) =>
    drillRows(handle, { ...selection, filters }),
  );
  return { indicator, part: q.part, ...result, ...(missing.length > 0 ? { missingMembers: missing } : {}) };
}

/**
 * The selection behind a figure's case list, checked (the policy, the period, the indicator, the
 * part, the group, the sort) and within the actor's scope: what drillDown lists and exportDrill
 * exports.
 */
export function drillSelection(
  actor: Actor,
  q: DrillQuery,
): { selection: DrillSelection; indicator: string; name: string } {
  mustAuthorize(actor, "view-cases");
  validatePeriod(q.from, q.to);
  checkCourtFilter(actor, q.filters);
  const def = indicatorById(q.indicator);
  if (!def) throw InvalidInputError.of("indicator", q.indicator, "未知的指标");
  const measure = q.part === "numerator" ? def.numerator : def.denominator;
  if (!measure) throw InvalidInputError.of("part", q.part, `指标“${def.name}”没有分母`);
  const by = q.by ?? "all";

  let period = { from: q.from, to: q.to, label: "本期" };
  if (by === "month" && q.group !== undefined) {
    const m = monthsOf(period).find((x) => x.label === q.group);
    if (!m) throw InvalidInputError.of("group", q.group, "不在统计期间内的月份");
    period = m;
  }
  // The most urgent first unless another order is asked for (every case list does so).
  const sort = q.sort ?? "urgency";
  if (!DRILL_SORT_FIELDS.includes(sort)) throw InvalidInputError.of("sort", q.sort, "不支持的排序字段");
  const selection: DrillSelection = {
    measure,
    period: {
      id: 0,
      label: period.label,
      fromDay: parseIsoDate(period.from),
      toDay: parseIsoDate(period.to),
    },
    filters: [...scopeFilters(actor), ...(q.filters ?? [])],
    group: q.group !== undefined && by !== "month" && by !== "all" ? { by, key: q.group } : undefined,
    sort,
    order: q.order === "desc" ? "desc" : "asc",
    page: q.page,
    pageSize: q.pageSize,
    all: q.all,
  };
  return { selection, indicator: def.id, name: def.name };
}
