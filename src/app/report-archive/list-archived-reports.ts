/**
 * 报表归档: the archived scheduled reports the reader may download — every version for the whole
 * court's readers (审管办, 院领导, administrator), the versions made for their division for a 庭长 —
 * filtered by job and period, newest period first.
 */
import type { Db } from "../../db/connect.js";
import { listArchivedReports as listRows } from "../../db/jobs/list-archived-reports.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { scopeName } from "../../domain/jobs/recipients.js";
import { JOBS } from "../jobs/registry.js";
import { mustAuthorize } from "../shared/policy.js";

export interface ArchivedReportRow {
  id: number;
  job: string;
  jobTitle: string;
  title: string;
  periodLabel: string;
  scope: string;
  scopeName: string;
  dataDate: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export interface ArchiveQuery {
  job?: string;
  period?: string;
  page?: number;
  pageSize?: number;
}

export async function listArchivedReports(
  actor: Actor,
  handle: Db,
  q: ArchiveQuery,
): Promise<{
  rows: ArchivedReportRow[];
  total: number;
  page: number;
  pageSize: number;
  jobs: { name: string; title: string }[];
}> {
  mustAuthorize(actor, "view-report-archive");
  const scope = dataScope(actor);
  const page = Math.max(1, q.page ?? 1);
  const pageSize = Math.min(Math.max(q.pageSize ?? 50, 1), 500);
  // The archive holds reports made for the whole database: none is for an account limited to courts.
  if (scope.courts)
    return { rows: [], total: 0, page, pageSize, jobs: JOBS.map((j) => ({ name: j.name, title: j.title })) };
  const { rows, total } = await listRows(handle, {
    job: q.job || undefined,
    period: q.period?.trim() || undefined,
    scopes: scope.kind === "division" ? [scope.division] : undefined,
    page,
    pageSize,
  });
  const titles = new Map(JOBS.map((j) => [j.name, j.title]));
  return {
    rows: rows.map((r) => ({
      id: r.id,
      job: r.job,
      jobTitle: titles.get(r.job) ?? r.job,
      title: r.title,
      periodLabel: r.periodLabel,
      scope: r.scope,
      scopeName: scopeName(r.scope),
      dataDate: r.dataDate,
      fileName: r.fileName,
      mediaType: r.mediaType,
      size: r.size,
      sha256: r.sha256,
      createdAt: r.createdAt,
    })),
    total,
    page,
    pageSize,
    jobs: JOBS.map((j) => ({ name: j.name, title: j.title })),
  };
}
