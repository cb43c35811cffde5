/** 考核 (/api/assessment): the schemes, writing a version, the scores of a period, their .xlsx. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { download, request } from "../../shared/api/client";
import type { AssessmentBy, AssessmentResult, SchemeBody, SchemeList, SchemeRow } from "./types";

export interface AssessmentQuery {
  schemeId?: number;
  from: string;
  to: string;
  by: AssessmentBy;
}

export const assessmentKeys = {
  all: ["assessment"] as const,
  schemes: () => [...assessmentKeys.all, "schemes"] as const,
  results: (q: AssessmentQuery) => [...assessmentKeys.all, "results", q] as const,
};

export function useSchemes() {
  return useQuery({
    queryKey: assessmentKeys.schemes(),
    queryFn: ({ signal }) => request<SchemeList>("GET", "/assessment/schemes", { signal }),
  });
}

export function useAssessment(q: AssessmentQuery, enabled = true) {
  return useQuery({
    queryKey: assessmentKeys.results(q),
    queryFn: ({ signal }) =>
      request<AssessmentResult>("GET", "/assessment/results", { query: { ...q }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSaveScheme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: SchemeBody }) =>
      id === null
        ? request<SchemeRow>("POST", "/assessment/schemes", { json: body })
        : request<SchemeRow>("PATCH", `/assessment/schemes/${id}`, { json: body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all }),
  });
}

export function exportAssessment(q: AssessmentQuery): Promise<string> {
  return download("/assessment/export", { ...q }, `考核结果_${q.from}_${q.to}.xlsx`);
}
