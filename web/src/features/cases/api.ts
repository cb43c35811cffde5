/** Cases: one case (/api/cases/:id) and the case search (/api/cases): query keys, calls, hooks, export. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { download, type Query, request } from "../../shared/api/client";
import type { CaseListQuery, CaseResponse, CaseSearchRow, ListResult } from "../../shared/api/types";

export const caseKeys = {
  all: ["cases"] as const,
  details: () => [...caseKeys.all, "detail"] as const,
  detail: (id: string | number) => [...caseKeys.details(), String(id)] as const,
  lists: () => [...caseKeys.all, "list"] as const,
  list: (q: CaseListQuery) => [...caseKeys.lists(), q] as const,
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

export function fetchCases(q: CaseListQuery, signal?: AbortSignal): Promise<ListResult<CaseSearchRow>> {
  return request<ListResult<CaseSearchRow>>("GET", "/cases", { query: q as Query, signal });
}

/** A page of the search (each row with its open alerts); the rows on screen stay while the next loads. */
export function useCases(q: CaseListQuery, enabled = true) {
  return useQuery({
    queryKey: caseKeys.list(q),
    queryFn: ({ signal }) => fetchCases(q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function exportCases(q: CaseListQuery): Promise<string> {
  return download("/cases/export", q as Query, "案件列表.xlsx");
}
