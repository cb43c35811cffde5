/** 类案裁判规则 (/api/case-rules/*): the list and search, a case's 类案指导, drafting, adoption, retirement. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CaseGuidanceBody,
  CaseRuleBody,
  CaseRuleListBody,
} from "../../../../src/http/routes/case-rules/schema.js";
import { type Query, request } from "../../shared/api/client";

export type CaseRule = CaseRuleBody;
export type CaseGuidance = CaseGuidanceBody;

export interface CaseRuleQuery {
  status?: string;
  cause?: string;
  q?: string;
}

export const STATUS_COLORS: Record<string, string> = { draft: "default", adopted: "green", retired: "red" };

export const caseRuleKeys = {
  all: ["case-rules"] as const,
  list: (q: CaseRuleQuery) => [...caseRuleKeys.all, "list", q] as const,
  ofCase: (caseId: string | number) => [...caseRuleKeys.all, "case", String(caseId)] as const,
};

export function useCaseRules(q: CaseRuleQuery) {
  return useQuery({
    queryKey: caseRuleKeys.list(q),
    queryFn: ({ signal }) =>
      request<CaseRuleListBody>("GET", "/case-rules", {
        query: Object.fromEntries(Object.entries(q).filter(([, v]) => v)) as Query,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useCaseGuidance(caseId: string | number) {
  return useQuery({
    queryKey: caseRuleKeys.ofCase(caseId),
    queryFn: ({ signal }) =>
      request<CaseGuidance>("GET", `/case-rules/for-case/${encodeURIComponent(caseId)}`, { signal }),
  });
}

export interface RuleForm {
  title: string;
  cause: string;
  ruleText: string;
  sourceCaseNumbers?: string[];
}

export function useSaveRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: RuleForm & { version?: number } }) =>
      id
        ? request<CaseRule>("PATCH", `/case-rules/${id}`, { json: body })
        : request<CaseRule>("POST", "/case-rules", { json: body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseRuleKeys.all }),
  });
}

export function useRuleStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      step,
      body,
    }: {
      id: number;
      step: "adopt" | "retire";
      body: Record<string, unknown>;
    }) => request<CaseRule>("POST", `/case-rules/${id}/${step}`, { json: body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseRuleKeys.all }),
  });
}
