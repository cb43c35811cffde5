/** The staff register, a page at a time: the whole court's, or a chief's division's. */
import type { Db } from "../../db/connect.js";
import { listStaffPage } from "../../db/people/list-staff-page.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { type StaffRow, staffRow } from "./staff-row.js";

export interface StaffQuery {
  division?: string;
  q?: string;
  active?: boolean;
  page?: number;
  pageSize?: number;
}

export async function listStaff(
  actor: Actor,
  handle: Db,
  query: StaffQuery,
): Promise<{ total: number; page: number; pageSize: number; rows: StaffRow[] }> {
  mustAuthorize(actor, "view-staff");
  const scope = dataScope(actor);
  const division = scope.kind === "division" ? scope.division : query.division?.trim() || undefined;
  const page = Math.max(1, query.page ?? 1);
  const pageSize = Math.min(Math.max(query.pageSize ?? 20, 1), 500);
  const r = await listStaffPage(
    handle,
    // Staff belong to their account's court (docs/architecture.md, Courts); a chief's, their own court.
    {
      ...(scope.courts ? { courts: scope.courts } : {}),
      division,
      q: query.q?.trim() || undefined,
      active: query.active,
    },
    { page, pageSize },
  );
  return {
    total: r.total,
    page,
    pageSize,
    rows: r.rows.map(({ accounts, ...s }) => staffRow(actor, s, accounts)),
  };
}
