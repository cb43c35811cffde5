/**
 * Alerts (/api/alerts, /counts, /rules) and acknowledging one (POST /api/alerts/:id/ack): query
 * keys, calls, hooks, and the .xlsx export.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { download, type Query, request } from "../../shared/api/client";
import type {
  AckRequest,
  AckResponse,
  AlertCounts,
  AlertQuery,
  AlertRow,
  AlertRulesResponse,
  CaseResponse,
  ListResult,
} from "../../shared/api/types";
import { caseKeys } from "../cases/api";

export const alertKeys = {
  all: ["alerts"] as const,
  lists: () => [...alertKeys.all, "list"] as const,
  list: (q: AlertQuery) => [...alertKeys.lists(), q] as const,
  allCounts: () => [...alertKeys.all, "counts"] as const,
  counts: (q: AlertQuery) => [...alertKeys.allCounts(), q] as const,
  rules: () => [...alertKeys.all, "rules"] as const,
};

export function fetchAlerts(q: AlertQuery, signal?: AbortSignal): Promise<ListResult<AlertRow>> {
  return request<ListResult<AlertRow>>("GET", "/alerts", { query: q as Query, signal });
}

export function fetchAlertCounts(q: AlertQuery, signal?: AbortSignal): Promise<AlertCounts> {
  return request<AlertCounts>("GET", "/alerts/counts", { query: q as Query, signal });
}

/** A page of alerts; the rows on screen stay while another page, sort or filter loads. */
export function useAlerts(q: AlertQuery) {
  return useQuery({
    queryKey: alertKeys.list(q),
    queryFn: ({ signal }) => fetchAlerts(q, signal),
    placeholderData: keepPreviousData,
  });
}

/** The counts per rule, division and severity for the filters (without paging). */
export function useAlertCounts(q: AlertQuery) {
  return useQuery({
    queryKey: alertKeys.counts(q),
    queryFn: ({ signal }) => fetchAlertCounts(q, signal),
    placeholderData: keepPreviousData,
  });
}

/** The rule catalogue (what each rule means, its legal basis): fixed while the server runs. */
export function useAlertRules() {
  return useQuery({
    queryKey: alertKeys.rules(),
    queryFn: ({ signal }) => request<AlertRulesResponse>("GET", "/alerts/rules", { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * 确认 an alert with a note. The answer replaces the row wherever it is shown (lists, its case's
 * page) at once; then the lists, the counts and the case's page are read again.
 */
export function useAcknowledgeAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: AckRequest & { id: number }) =>
      request<AckResponse>("POST", `/alerts/${id}/ack`, { json: { note } satisfies AckRequest }),
    onSuccess: ({ alert }) => {
      const replace = (r: AlertRow) => (r.id === alert.id ? alert : r);
      queryClient.setQueriesData<ListResult<AlertRow>>({ queryKey: alertKeys.lists() }, (list) =>
        list ? { ...list, rows: list.rows.map(replace) } : list,
      );
      if (alert.caseId !== null) {
        queryClient.setQueryData<CaseResponse>(caseKeys.detail(alert.caseId), (c) =>
          c ? { ...c, alerts: c.alerts.map(replace) } : c,
        );
      }
      // Read again in the background: the dialog closes without waiting for it.
      void queryClient.invalidateQueries({ queryKey: alertKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: alertKeys.allCounts() });
      // Case lists count each case's unacknowledged alerts.
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
      if (alert.caseId !== null)
        void queryClient.invalidateQueries({ queryKey: caseKeys.detail(alert.caseId) });
    },
  });
}

/** The row offers 确认: the server lists "acknowledge" among what the user may do to it now. */
export function canAcknowledge(alert: AlertRow): boolean {
  return alert.actions.includes("acknowledge");
}

export function exportAlerts(q: AlertQuery): Promise<string> {
  return download("/alerts/export", q as Query, `预警清单_${q.family ?? "全部"}.xlsx`);
}
