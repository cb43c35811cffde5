/**
 * Searching the cases the actor may see (case number, party or judge; division, judge, status), a
 * page at a time, the most urgent first unless another order is asked for.
 */
import { countAlertsByCase } from "../../db/alerts/count-alerts-by-case.js";
import type { CaseListRow } from "../../db/cases/case-list-row.js";
import { type CaseSearch, listCaseRows } from "../../db/cases/list-cases.js";
import type { Db } from "../../db/connect.js";
import { ALERT_SEVERITIES, type AlertSeverity } from "../../domain/alerts/index.js";
import type { Actor } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";

export type { CaseListRow } from "../../db/cases/case-list-row.js";
export { CASE_SORT, CASE_STATUSES, type CaseSort, type CaseStatusFilter } from "../../db/cases/list-cases.js";

export type CaseListQuery = Omit<CaseSearch, "filters"> & { filters?: CaseSearch["filters"] };

export interface CaseList {
  total: number;
  page: number;
  pageSize: number;
  rows: CaseListRow[];
}

export async function listCases(actor: Actor, handle: Db, query: CaseListQuery): Promise<CaseList> {
  mustAuthorize(actor, "view-cases");
  return listCaseRows(handle, { ...query, filters: [...scopeFilters(actor), ...(query.filters ?? [])] });
}

/** A case's open alerts: how many, how many not yet acknowledged, how many of each level. */
export interface CaseAlertSummary {
  open: number;
  unacknowledged: number;
  bySeverity: Record<AlertSeverity, number>;
}

export interface CaseSearchRow extends CaseListRow {
  alerts: CaseAlertSummary;
}

/** The search as the screens show it: each row with its open alerts counted (one query a page). */
export async function searchCases(
  actor: Actor,
  handle: Db,
  query: CaseListQuery,
): Promise<Omit<CaseList, "rows"> & { rows: CaseSearchRow[] }> {
  const list = await listCases(actor, handle, query);
  const counts = await countAlertsByCase(
    handle,
    scopeFilters(actor),
    list.rows.map((r) => r.id),
  );
  const summaries = new Map<number, CaseAlertSummary>();
  const summaryOf = (id: number) => {
    let s = summaries.get(id);
    if (!s) {
      s = {
        open: 0,
        unacknowledged: 0,
        bySeverity: Object.fromEntries(ALERT_SEVERITIES.map((v) => [v, 0])) as Record<AlertSeverity, number>,
      };
      summaries.set(id, s);
    }
    return s;
  };
  for (const c of counts) {
    const s = summaryOf(c.caseId);
    s.open += c.count;
    if (c.state === "new") s.unacknowledged += c.count;
    if ((ALERT_SEVERITIES as readonly string[]).includes(c.severity))
      s.bySeverity[c.severity as AlertSeverity] += c.count;
  }
  return { ...list, rows: list.rows.map((r) => ({ ...r, alerts: summaryOf(r.id) })) };
}
