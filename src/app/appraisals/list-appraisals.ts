/** The 鉴定 register page: filters, flags, paging (docs/appraisals.md). */
import type { Db } from "../../db/connect.js";
import type { AppraisalKind, AppraisalStage } from "../../domain/appraisals/appraisal.js";
import { type Actor, authorize } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { readAppraisalSettings } from "./appraisal-settings.js";
import { type AppraisalRow, registerRows, visibleRows } from "./register.js";

export interface AppraisalQuery {
  stage?: AppraisalStage;
  kind?: AppraisalKind;
  /** Only appraisals past their working-day period. */
  overdue?: boolean;
  /** Only 诉中 appraisals that disagree with the case's 扣除审限. */
  mismatch?: boolean;
  /** Only still running. */
  running?: boolean;
  /** 委托日期 from / to. */
  from?: string;
  to?: string;
  /** Part of the case number (or of the linked case's). */
  q?: string;
  division?: string;
  page?: number;
  pageSize?: number;
  asOf?: string;
}

export interface AppraisalList {
  rows: (AppraisalRow & { actions: "edit"[] })[];
  total: number;
  counts: { total: number; overdue: number; running: number; mismatch: number };
  limitWorkingDays: number;
  extensionWorkingDays: number;
  asOf: string;
}

export function matches(r: AppraisalRow, q: AppraisalQuery): boolean {
  return (
    (!q.stage || r.stage === q.stage) &&
    (!q.kind || r.kind === q.kind) &&
    (q.overdue === undefined || r.overdue === q.overdue) &&
    (q.mismatch === undefined || (r.mismatch !== null) === q.mismatch) &&
    (q.running === undefined || r.running === q.running) &&
    (!q.from || r.commissionedOn >= q.from) &&
    (!q.to || r.commissionedOn <= q.to) &&
    (!q.division || r.division === q.division) &&
    (!q.q || r.caseNumber.includes(q.q) || (r.linkedCaseNumber ?? "").includes(q.q))
  );
}

export async function listAppraisals(
  actor: Actor,
  handle: Db,
  q: AppraisalQuery = {},
): Promise<AppraisalList> {
  mustAuthorize(actor, "view-appraisals");
  const asOf = q.asOf ?? todayInChina();
  const settings = await readAppraisalSettings(handle);
  const all = visibleRows(actor, await registerRows(handle, asOf, settings));
  const picked = all.filter((r) => matches(r, q));
  const pageSize = Math.min(Math.max(q.pageSize ?? 50, 1), 1000);
  const page = Math.max(q.page ?? 1, 1);
  const editable = authorize(actor, "edit-appraisals").allowed;
  return {
    rows: picked.slice((page - 1) * pageSize, page * pageSize).map((r) => ({
      ...r,
      actions: editable ? ["edit" as const] : [],
    })),
    total: picked.length,
    counts: {
      total: picked.length,
      overdue: picked.filter((r) => r.overdue).length,
      running: picked.filter((r) => r.running).length,
      mismatch: picked.filter((r) => r.mismatch !== null).length,
    },
    limitWorkingDays: settings.limitWorkingDays,
    extensionWorkingDays: settings.extensionWorkingDays,
    asOf,
  };
}
