/**
 * 加权工作量, 案件权重, 本庭与全院对比, 业绩档案 and 分案建议 (/api/workload*, /api/judges/:name/record,
 * /api/cases/:id/assignment-suggestion, /api/assignment-suggestions*).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CasesToAssignBody,
  DecisionListBody,
  DecisionViewBody,
  DivisionComparisonBody,
  JudgeRecordBody,
  SuggestionBody,
  WeightsInput,
  WeightsViewBody,
  WorkloadReportBody,
} from "../../../../src/http/routes/workload/schema.js";
import { type Query, request } from "../../shared/api/client";

export type WorkloadReport = WorkloadReportBody;
export type JudgeWorkloadRow = WorkloadReport["judges"][number];
export type WeightsView = WeightsViewBody;
export type DivisionComparison = DivisionComparisonBody;
export type ComparisonRow = DivisionComparison["rows"][number];
export type JudgeRecord = JudgeRecordBody;
export type Suggestion = SuggestionBody;
export type Decision = DecisionViewBody;
export type CasesToAssign = CasesToAssignBody;

export interface PeriodQuery {
  from: string;
  to: string;
  division?: string;
}

export const workloadKeys = {
  all: ["workload"] as const,
  table: (q: PeriodQuery) => [...workloadKeys.all, "table", q] as const,
  weights: () => [...workloadKeys.all, "weights"] as const,
  comparison: (q: PeriodQuery) => [...workloadKeys.all, "comparison", q] as const,
  record: (judge: string, q: PeriodQuery) => [...workloadKeys.all, "record", judge, q] as const,
  suggestion: (caseId: number) => [...workloadKeys.all, "suggestion", caseId] as const,
  toAssign: (division?: string) => [...workloadKeys.all, "to-assign", division ?? ""] as const,
  decisions: (division?: string) => [...workloadKeys.all, "decisions", division ?? ""] as const,
};

export function useWorkload(q: PeriodQuery) {
  return useQuery({
    queryKey: workloadKeys.table(q),
    queryFn: ({ signal }) =>
      request<WorkloadReport>("GET", "/workload", { query: q as unknown as Query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useWeights() {
  return useQuery({
    queryKey: workloadKeys.weights(),
    queryFn: ({ signal }) => request<WeightsView>("GET", "/workload/weights", { signal }),
  });
}

export function useSaveWeights() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (w: WeightsInput) => request<WeightsView>("POST", "/workload/weights", { json: w }),
    onSuccess: () => qc.invalidateQueries({ queryKey: workloadKeys.all }),
  });
}

export function useComparison(q: PeriodQuery, enabled: boolean) {
  return useQuery({
    queryKey: workloadKeys.comparison(q),
    queryFn: ({ signal }) =>
      request<DivisionComparison>("GET", "/workload/comparison", { query: q as unknown as Query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useJudgeRecord(judge: string, q: PeriodQuery) {
  return useQuery({
    queryKey: workloadKeys.record(judge, q),
    queryFn: ({ signal }) =>
      request<JudgeRecord>("GET", `/judges/${encodeURIComponent(judge)}/record`, {
        query: q as unknown as Query,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useSuggestion(caseId: number | undefined, enabled = true) {
  return useQuery({
    queryKey: workloadKeys.suggestion(caseId ?? 0),
    queryFn: ({ signal }) => request<Suggestion>("GET", `/cases/${caseId}/assignment-suggestion`, { signal }),
    enabled: enabled && caseId !== undefined,
    retry: false,
  });
}

export function useCasesToAssign(division?: string) {
  return useQuery({
    queryKey: workloadKeys.toAssign(division),
    queryFn: ({ signal }) =>
      request<CasesToAssign>("GET", "/assignment-suggestions/cases", { query: { division }, signal }),
  });
}

export function useDecisions(division?: string) {
  return useQuery({
    queryKey: workloadKeys.decisions(division),
    queryFn: ({ signal }) =>
      request<DecisionListBody>("GET", "/assignment-suggestions", { query: { division }, signal }),
  });
}

export function useRecordDecision() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: { caseId: number; followed: boolean; judge?: string; note?: string }) =>
      request<Decision>("POST", "/assignment-suggestions", { json: d }),
    onSuccess: () => qc.invalidateQueries({ queryKey: workloadKeys.all }),
  });
}
