/**
 * Importing cases: the dry run (POST /api/imports/validate), the commit (POST
 * /api/imports/:token/commit) and the import history (/api/imports).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { request } from "../../shared/api/client";
import type {
  ImportHistoryQuery,
  ImportHistoryRow,
  ImportReport,
  ListResult,
  ValidateImportResponse,
} from "../../shared/api/types";
import { sessionKeys } from "../../shared/session/queries";
import { alertKeys } from "../alerts/api";
import { caseKeys } from "../cases/api";
import { indicatorKeys } from "../indicators/api";

export const importKeys = {
  all: ["imports"] as const,
  histories: () => [...importKeys.all, "history"] as const,
  history: (q: ImportHistoryQuery) => [...importKeys.histories(), q] as const,
};

/** A page of the import history; the rows on screen stay while another page loads. */
export function useImportHistory(q: ImportHistoryQuery) {
  return useQuery({
    queryKey: importKeys.history(q),
    queryFn: ({ signal }) =>
      request<ListResult<ImportHistoryRow>>("GET", "/imports", { query: { ...q }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The dry run: nothing is written but a line in the history. */
export function useValidateImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: File[]) => {
      const form = new FormData();
      for (const f of files) form.append("files", f, f.name);
      return request<ValidateImportResponse>("POST", "/imports/validate", { form });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: importKeys.all }),
  });
}

/**
 * Writes what the dry run checked. Everything read from the data may have changed: the meta (data
 * date, divisions, judges), every figure, alert, case page and the history are read again.
 */
export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      request<ImportReport>("POST", `/imports/${encodeURIComponent(token)}/commit`, { json: {} }),
    onSuccess: () => {
      for (const queryKey of [
        sessionKeys.meta(),
        indicatorKeys.all,
        alertKeys.all,
        caseKeys.all,
        importKeys.all,
      ]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
