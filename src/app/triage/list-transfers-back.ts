/**
 * 退案流转: the civil first-instance cases that left the fast track, within the reader's scope,
 * by division, optionally only the late ones, newest transfer first, a page at a time.
 */
import type { Db } from "../../db/connect.js";
import { listTransferredCases } from "../../db/triage/list-transferred-cases.js";
import type { Actor } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";
import { type TransferRow, transferRowOf } from "./transfer-row.js";
import { loadTriageSettings } from "./triage-settings.js";

export interface TransfersQuery {
  division?: string;
  /** Only transfers after the time limit. */
  lateOnly?: boolean;
  page?: number;
  pageSize?: number;
}

export interface TransfersPage {
  total: number;
  /** Of the listed transfers (before paging): how many were late, and the limit applied. */
  late: number;
  limitDays: number;
  page: number;
  pageSize: number;
  rows: TransferRow[];
}

/** Every transfer matching the query (for the list and the export). */
export async function allTransfersBack(
  actor: Actor,
  handle: Db,
  q: TransfersQuery,
  asOf: string,
): Promise<{ rows: TransferRow[]; limitDays: number }> {
  mustAuthorize(actor, "view-cases");
  const scope = scopeFilters(actor);
  const settings = await loadTriageSettings(handle);
  const cases = await listTransferredCases(handle.db, scope, q.division || undefined);
  const rows: TransferRow[] = [];
  for (const c of cases) {
    const row = transferRowOf(c, settings, asOf);
    if (row && (!q.lateOnly || row.late === true)) rows.push(row);
  }
  rows.sort((a, b) =>
    a.transferredOn === b.transferredOn ? b.caseId - a.caseId : a.transferredOn < b.transferredOn ? 1 : -1,
  );
  return { rows, limitDays: settings.transferBackDays };
}

export async function listTransfersBack(
  actor: Actor,
  handle: Db,
  q: TransfersQuery,
  asOf: string,
): Promise<TransfersPage> {
  const { rows, limitDays } = await allTransfersBack(actor, handle, q, asOf);
  const page = Math.max(1, Math.floor(q.page ?? 1));
  const pageSize = Math.min(1000, Math.max(1, Math.floor(q.pageSize ?? 50)));
  return {
    total: rows.length,
    late: rows.filter((r) => r.late === true).length,
    limitDays,
    page,
    pageSize,
    rows: rows.slice((page - 1) * pageSize, page * pageSize),
  };
}
