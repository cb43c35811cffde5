/**
 * 报表归档 (/api/report-archive) and 定时任务 (/api/jobs): the archive list and its downloads; the
 * jobs with their last runs, 立即运行, and the schedule settings.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ArchiveList,
  JobList,
  JobSettingsBody,
  RunJobResultBody,
} from "../../../../src/http/routes/report-archive/schema.js";
import { download, type Query, request } from "../../shared/api/client";

export type { ArchiveList, JobList, JobSettingsBody, RunJobResultBody };
export type ArchivedReportRow = ArchiveList["rows"][number];
export type JobRow = JobList["jobs"][number];
export type JobRunRow = JobRow["runs"][number];

export interface ArchiveQuery {
  job?: string;
  period?: string;
  page?: number;
  pageSize?: number;
}

export const archiveKeys = {
  all: ["report-archive"] as const,
  list: (q: ArchiveQuery) => [...archiveKeys.all, "list", q] as const,
  jobs: () => [...archiveKeys.all, "jobs"] as const,
  settings: () => [...archiveKeys.all, "settings"] as const,
};

export function useArchive(q: ArchiveQuery) {
  return useQuery({
    queryKey: archiveKeys.list(q),
    queryFn: ({ signal }) =>
      request<ArchiveList>("GET", "/report-archive", { query: q as unknown as Query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function downloadArchived(row: ArchivedReportRow): Promise<string> {
  return download(`/report-archive/${row.id}/download`, {}, row.fileName);
}

export function useJobs(enabled: boolean) {
  return useQuery({
    queryKey: archiveKeys.jobs(),
    queryFn: ({ signal }) => request<JobList>("GET", "/jobs", { signal }),
    enabled,
  });
}

export function useJobSettings(enabled: boolean) {
  return useQuery({
    queryKey: archiveKeys.settings(),
    queryFn: ({ signal }) => request<JobSettingsBody>("GET", "/jobs/settings", { signal }),
    enabled,
  });
}

/** 立即运行: the archive and the jobs are read again afterwards. */
export function useRunJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { name: string; period?: string }) =>
      request<RunJobResultBody>("POST", `/jobs/${encodeURIComponent(v.name)}/run`, {
        json: v.period ? { period: v.period } : {},
      }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: archiveKeys.all }),
  });
}

export function useSaveJobSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JobSettingsBody) => request<JobSettingsBody>("PUT", "/jobs/settings", { json: body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: archiveKeys.all }),
  });
}
