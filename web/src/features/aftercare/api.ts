/**
 * 判后释明与督促履行 (/api/aftercare/*): the 释明 and 督促 task lists and their .xlsx, one 督促 task
 * with its contacts, the records, the figures, and the pending count shown in 我的待办.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  explanationPage,
  pendingBody,
  performanceDetail,
  performancePage,
  statisticsBody,
} from "../../../../src/http/routes/aftercare/schema.js";
import { download, type Query, request } from "../../shared/api/client";

export type ExplanationPage = z.infer<typeof explanationPage>;
export type ExplanationTask = ExplanationPage["rows"][number];
export type PerformancePage = z.infer<typeof performancePage>;
export type PerformanceTask = PerformancePage["rows"][number];
export type PerformanceDetail = z.infer<typeof performanceDetail>;
export type AftercareStatistics = z.infer<typeof statisticsBody>;
export type AftercarePending = z.infer<typeof pendingBody>;

export const EXPLANATION_WAYS = ["当庭", "电话", "书面", "线上"] as const;
export const CONTACT_WAYS = ["电话", "短信", "当面", "书面", "线上"] as const;
export const OUTCOMES = ["全部履行", "部分履行", "未履行"] as const;
export const RISK_POINT_TAGS = [
  "上诉期限及上诉费用",
  "不履行的法律后果（强制执行、失信惩戒、限制高消费）",
  "拒不履行判决裁定罪",
  "迟延履行期间的债务利息",
  "申请执行期限（二年）",
  "再审申请的条件与期限",
  "判决理由与证据认定",
];

export interface AftercareQuery {
  from?: string;
  to?: string;
  division?: string;
  judge?: string;
  caseNumber?: string;
  state?: "pending" | "done" | "enforced";
  page?: number;
  pageSize?: number;
}

export const aftercareKeys = {
  all: ["aftercare"] as const,
  explanations: (q: AftercareQuery) => [...aftercareKeys.all, "explanations", q] as const,
  performance: (q: AftercareQuery) => [...aftercareKeys.all, "performance", q] as const,
  detail: (caseId: number) => [...aftercareKeys.all, "detail", caseId] as const,
  statistics: (q: AftercareQuery & { by: string }) => [...aftercareKeys.all, "statistics", q] as const,
  pending: () => [...aftercareKeys.all, "pending"] as const,
};

export function useExplanations(q: AftercareQuery) {
  return useQuery({
    queryKey: aftercareKeys.explanations(q),
    queryFn: ({ signal }) =>
      request<ExplanationPage>("GET", "/aftercare/explanations", { query: q as unknown as Query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePerformance(q: AftercareQuery) {
  return useQuery({
    queryKey: aftercareKeys.performance(q),
    queryFn: ({ signal }) =>
      request<PerformancePage>("GET", "/aftercare/performance", { query: q as unknown as Query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePerformanceDetail(caseId: number | null) {
  return useQuery({
    queryKey: aftercareKeys.detail(caseId ?? 0),
    queryFn: ({ signal }) =>
      request<PerformanceDetail>("GET", `/aftercare/performance/${caseId}`, { signal }),
    enabled: caseId !== null,
  });
}

export function useAftercareStatistics(q: AftercareQuery & { by: "division" | "judge" }) {
  const { page: _p, pageSize: _s, state: _t, ...rest } = q;
  return useQuery({
    queryKey: aftercareKeys.statistics(rest),
    queryFn: ({ signal }) =>
      request<AftercareStatistics>("GET", "/aftercare/statistics", {
        query: rest as unknown as Query,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useAftercarePending(enabled: boolean) {
  return useQuery({
    queryKey: aftercareKeys.pending(),
    queryFn: ({ signal }) => request<AftercarePending>("GET", "/aftercare/pending", { signal }),
    enabled,
  });
}

function useRecord<B>(path: (caseId: number) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, body }: { caseId: number; body: B }) =>
      request<unknown>("POST", path(caseId), { json: body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: aftercareKeys.all }),
  });
}

export const useRecordExplanation = () =>
  useRecord<{ explainedOn: string; way: string; riskPoints: string[]; riskNote: string; guidance: string }>(
    (id) => `/aftercare/explanations/${id}`,
  );
export const useRecordContact = () =>
  useRecord<{ contactedOn: string; way: string; note: string }>(
    (id) => `/aftercare/performance/${id}/contacts`,
  );
export const useRecordOutcome = () =>
  useRecord<{
    outcome: string;
    decidedOn: string;
    dueYuan: number | null;
    performedYuan: number | null;
    note: string;
  }>((id) => `/aftercare/performance/${id}/outcome`);

export function exportTasks(kind: "explanations" | "performance", q: AftercareQuery, which: "page" | "all") {
  const { page, pageSize, ...rest } = q;
  const query = which === "page" ? { ...rest, page: page ?? 1, pageSize: pageSize ?? 20 } : rest;
  const name = kind === "explanations" ? "判后释明任务.xlsx" : "督促履行任务.xlsx";
  return download(`/aftercare/${kind}.xlsx`, query as unknown as Query, name);
}
