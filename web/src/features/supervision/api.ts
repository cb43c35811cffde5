/**
 * 四类案件 (/api/supervision/*, /api/cases/:id/supervision): the lists by tab, the counts and
 * indicators, the rule library, a case's status, 提请标注 and the .xlsx export. Confirming, revoking
 * and the measures are steps on the matter (features/workflow, /matters/:id).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CaseSupervisionBody,
  SupervisionListBody,
  SupervisionRulesBody,
  SupervisionSummaryBody,
} from "../../../../src/http/routes/supervision/schema.js";
import { download, type Query, request } from "../../shared/api/client";
import { workflowKeys } from "../workflow/api";

export type SupervisionList = SupervisionListBody;
export type SupervisedCaseRow = SupervisionList["rows"][number];
export type SupervisionSummary = SupervisionSummaryBody;
export type SupervisionRules = SupervisionRulesBody;
export type CaseSupervision = CaseSupervisionBody;
export type SupervisionTab = "candidate" | "supervised" | "ended";

export interface SupervisionQuery {
  tab: SupervisionTab;
  division?: string;
  category?: number;
  page?: number;
  pageSize?: number;
}

export const CATEGORY_LABELS: Record<number, string> = {
  1: "第一类 重大疑难复杂敏感",
  2: "第二类 群体性或社会广泛关注",
  3: "第三类 可能与类案裁判冲突",
  4: "第四类 反映法官违法审判",
};
export const CATEGORY_COLORS: Record<number, string> = {
  1: "volcano",
  2: "orange",
  3: "geekblue",
  4: "purple",
};

export const supervisionKeys = {
  all: ["supervision"] as const,
  list: (q: SupervisionQuery) => [...supervisionKeys.all, "list", q] as const,
  summary: () => [...supervisionKeys.all, "summary"] as const,
  rules: () => [...supervisionKeys.all, "rules"] as const,
  ofCase: (caseId: string | number) => [...supervisionKeys.all, "case", String(caseId)] as const,
};

export function useSupervisedCases(q: SupervisionQuery) {
  return useQuery({
    queryKey: supervisionKeys.list(q),
    queryFn: ({ signal }) =>
      request<SupervisionList>("GET", "/supervision/cases", { query: q as unknown as Query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSupervisionSummary() {
  return useQuery({
    queryKey: supervisionKeys.summary(),
    queryFn: ({ signal }) => request<SupervisionSummary>("GET", "/supervision/summary", { signal }),
  });
}

export function useSupervisionRules() {
  return useQuery({
    queryKey: supervisionKeys.rules(),
    queryFn: ({ signal }) => request<SupervisionRules>("GET", "/supervision/rules", { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useCaseSupervision(caseId: string | number) {
  return useQuery({
    queryKey: supervisionKeys.ofCase(caseId),
    queryFn: ({ signal }) =>
      request<CaseSupervision>("GET", `/cases/${encodeURIComponent(caseId)}/supervision`, { signal }),
  });
}

/** 提请标注: opens a matter (待确认); the case's status, the lists and the workflow queries are read again. */
export function useMarkSupervisedCase(caseId: string | number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { category: number; note: string }) =>
      request<{ id: number }>("POST", `/cases/${encodeURIComponent(caseId)}/supervision`, { json: body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.all });
      void queryClient.invalidateQueries({ queryKey: workflowKeys.all });
    },
  });
}

export function exportSupervisedCases(q: SupervisionQuery): Promise<string> {
  const { page: _p, pageSize: _s, ...rest } = q;
  return download("/supervision/cases.xlsx", rest as unknown as Query, "四类案件.xlsx");
}
