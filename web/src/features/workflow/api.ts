/**
 * Workflow matters (督办, 四类案件监管, 阅核 …): one matter (/api/matters/:id), a step on it
 * (POST /api/matters/:id/act, 409 when someone else acted first), the matters on a case
 * (/api/cases/:id/matters). Query keys, calls and hooks; a step invalidates every workflow query
 * (the matter, the case's matters, 我的待办 and its count).
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { request } from "../../shared/api/client";
import type { ActRequest, MatterView } from "./types";

export const workflowKeys = {
  all: ["workflow"] as const,
  matters: () => [...workflowKeys.all, "matter"] as const,
  matter: (id: string | number) => [...workflowKeys.matters(), String(id)] as const,
  caseMatters: (caseId: string | number) => [...workflowKeys.all, "case", String(caseId)] as const,
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
