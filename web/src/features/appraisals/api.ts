/** 鉴定 (/api/appraisals/*): the register with its filters, entry and correction, the 诉前/诉中 comparison. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AppraisalBody,
  AppraisalListBody,
  ComparisonBody,
  ComparisonCasesBody,
} from "../../../../src/http/routes/appraisals/schema.js";
import { type Query, request } from "../../shared/api/client";

export type AppraisalRow = AppraisalListBody["rows"][number];
export type ComparisonCell = ComparisonBody["cells"][number];
export type AppraisalInput = AppraisalBody;

export const APPRAISAL_KINDS = ["伤残", "工程造价", "笔迹", "价格", "医疗损害", "其他"] as const;
export const APPRAISAL_STAGES = ["诉前", "诉中"] as const;

export interface AppraisalQuery {
  stage?: string;
  kind?: string;
  overdue?: "true" | "false";
  mismatch?: "true" | "false";
  running?: "true" | "false";
  q?: string;
  page?: number;
  pageSize?: number;
}

const keys = {
  all: ["appraisals"] as const,
  list: (q: AppraisalQuery) => [...keys.all, "list", q] as const,
  comparison: (q: object) => [...keys.all, "comparison", q] as const,
  cases: (q: object) => [...keys.all, "cases", q] as const,
};

const clean = (q: object): Query =>
  Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== "")) as Query;

export function useAppraisals(q: AppraisalQuery) {
  return useQuery({
    queryKey: keys.list(q),
    queryFn: ({ signal }) => request<AppraisalListBody>("GET", "/appraisals", { query: clean(q), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useComparison(q: { from?: string; to?: string }) {
  return useQuery({
    queryKey: keys.comparison(q),
    queryFn: ({ signal }) =>
      request<ComparisonBody>("GET", "/appraisals/comparison", { query: clean(q), signal }),
  });
}

export function useComparisonCases(q: { quarter: string; kind: string; stage: string } | null) {
  return useQuery({
    queryKey: keys.cases(q ?? {}),
    enabled: q !== null,
    queryFn: ({ signal }) =>
      request<ComparisonCasesBody>("GET", "/appraisals/comparison/cases", { query: clean(q ?? {}), signal }),
  });
}

export function useSaveAppraisal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: AppraisalInput & { version?: number } }) =>
      id === undefined
        ? request<{ id: number }>("POST", "/appraisals", { json: body })
        : request<{ id: number }>("PUT", `/appraisals/${id}`, { json: body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
