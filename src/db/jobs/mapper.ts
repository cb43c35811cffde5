/** Rows of the scheduled reports' tables as the application reads them. */
import type { Selectable } from "kysely";
import type { JobRunsTable, ReportArchiveTable } from "../schema.js";

export type JobRunStatus = "running" | "succeeded" | "failed";

export interface JobRun {
  id: number;
  job: string;
  periodLabel: string;
  scope: string;
  attempt: number;
  status: JobRunStatus;
  trigger: string;
  startedBy: string;
  error: string | null;
  dataDate: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export function toJobRun(r: Selectable<JobRunsTable>): JobRun {
  return {
    id: Number(r.id),
    job: r.job,
    periodLabel: r.period_label,
    scope: r.scope,
    attempt: Number(r.attempt),
    status: r.status as JobRunStatus,
    trigger: r.trigger,
    startedBy: r.started_by,
    error: r.error,
    dataDate: r.data_date,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export interface ArchivedReport {
  id: number;
  jobRunId: number;
  job: string;
  title: string;
  periodLabel: string;
  scope: string;
  dataDate: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  storedPath: string;
  createdAt: string;
}

export function toArchivedReport(r: Selectable<ReportArchiveTable>): ArchivedReport {
  return {
    id: Number(r.id),
    jobRunId: Number(r.job_run_id),
    job: r.job,
    title: r.title,
    periodLabel: r.period_label,
    scope: r.scope,
    dataDate: r.data_date,
    fileName: r.file_name,
    mediaType: r.media_type,
    size: Number(r.size),
    sha256: r.sha256,
    storedPath: r.stored_path,
    createdAt: r.created_at,
  };
}
