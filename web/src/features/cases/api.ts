/** The case page (/api/cases/:id): its query key, call and hook. */
import { useQuery } from "@tanstack/react-query";
import { request } from "../../shared/api/client";
import type { CaseResponse } from "../../shared/api/types";

export const caseKeys = {
  all: ["cases"] as const,
  details: () => [...caseKeys.all, "detail"] as const,
  detail: (id: string | number) => [...caseKeys.details(), String(id)] as const,
};

export function fetchCase(id: string | number, signal?: AbortSignal): Promise<CaseResponse> {
  return request<CaseResponse>("GET", `/cases/${encodeURIComponent(id)}`, { signal });
}

/** A case with its clock, events and alerts; 403 (outside the user's scope) and 404 are not retried. */
export function useCase(id: string) {
  return useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) => fetchCase(id, signal),
  });
}
