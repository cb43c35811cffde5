/**
 * Workflow matters (督办, 四类案件监管, 阅核 …): one matter (/api/matters/:id), a step on it
 * (POST /api/matters/:id/act, 409 when someone else acted first), the matters on a case
 * (/api/cases/:id/matters), 我的待办 (/api/inbox, its count for the header, its export). Query
 * keys, calls and hooks; a step invalidates every workflow query (the matter, the case's matters,
 * 我的待办 and its count).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { download, type Query, request } from "../../shared/api/client";
import type { ActRequest, InboxCount, InboxPage, InboxQuery, MatterView } from "./types";

export const workflowKeys = {
  all: ["workflow"] as const,
  matters: () => [...workflowKeys.all, "matter"] as const,
  matter: (id: string | number) => [...workflowKeys.matters(), String(id)] as const,
  caseMatters: (caseId: string | number) => [...workflowKeys.all, "case", String(caseId)] as const,
  inboxes: () => [...workflowKeys.all, "inbox"] as const,
  inbox: (q: InboxQuery) => [...workflowKeys.inboxes(), q] as const,
  inboxCount: () => [...workflowKeys.all, "inbox-count"] as const,
};

export function fetchMatter(id: string | number, signal?: AbortSignal): Promise<MatterView> {
  return request<MatterView>("GET", `/matters/${encodeURIComponent(id)}`, { signal });
}

/** A matter with its trace, tasks and the actions the reader may take now. */
export function useMatter(id: string | number) {
  return useQuery({
    queryKey: workflowKeys.matter(id),
    queryFn: ({ signal }) => fetchMatter(id, signal),
  });
}

/** Every matter on a case, each with its trace (全程留痕). */
export function useCaseMatters(caseId: string | number, enabled = true) {
  return useQuery({
    queryKey: workflowKeys.caseMatters(caseId),
    queryFn: ({ signal }) =>
      request<{ matters: MatterView[] }>("GET", `/cases/${encodeURIComponent(caseId)}/matters`, { signal }),
    enabled,
  });
}

/**
 * Takes a step on a matter. The answer replaces the matter in the cache at once; then every
 * workflow query (case matters, 我的待办, its count in the header) is read again.
 */
export function useActOnMatter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ActRequest & { id: number }) =>
      request<MatterView>("POST", `/matters/${id}/act`, { json: body satisfies ActRequest }),
    onSuccess: (matter) => {
      queryClient.setQueryData(workflowKeys.matter(matter.id), matter);
      void queryClient.invalidateQueries({ queryKey: workflowKeys.all });
    },
  });
}

/** A page of 我的待办 (待办, 我发起的 or 已办); the rows on screen stay while the next page loads. */
export function useInbox(q: InboxQuery) {
  return useQuery({
    queryKey: workflowKeys.inbox(q),
    queryFn: ({ signal }) => request<InboxPage>("GET", "/inbox", { query: q as Query, signal }),
    placeholderData: keepPreviousData,
  });
}

/**
 * The header's badge: open tasks and how many are overdue. Read every minute, and again after any
 * write the app makes (a step, an acknowledgement …) — it may have closed or opened a task.
 */
export function useInboxCount(enabled: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    return queryClient.getMutationCache().subscribe((e) => {
      if (e.type === "updated" && e.action.type === "success")
        void queryClient.invalidateQueries({ queryKey: workflowKeys.inboxCount() });
    });
  }, [queryClient, enabled]);
  return useQuery({
    queryKey: workflowKeys.inboxCount(),
    queryFn: ({ signal }) => request<InboxCount>("GET", "/inbox/count", { signal }),
    refetchInterval: 60_000,
    enabled,
  });
}

export function exportInbox(q: InboxQuery): Promise<string> {
  return download("/inbox/export", q as Query, "我的待办.xlsx");
}
