/**
 * 民间借贷要素表 (GET/PUT /api/cases/:id/loan-form, POST …/compute, GET …/export): the form with its
 * calculation, 试算 without saving, saving with the version read, the .xlsx export.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ComputeLoanFormBody,
  LoanComputationBody,
  LoanFormViewBody,
  SaveLoanFormBody,
} from "../../../../src/http/routes/loan-forms/schema.js";
import { download, request } from "../../shared/api/client";

export type LoanFormView = LoanFormViewBody;
export type LoanForm = LoanFormView["form"];
export type LoanResult = NonNullable<LoanFormView["result"]>;
export type LoanComputation = LoanComputationBody;

/** The 案由 and case types the form applies to (the server checks the same). */
export const LOAN_CAUSE = "民间借贷纠纷";
export const LOAN_TYPE_CODES = ["民初", "民终"];

export function isLoanCase(cause: string | null | undefined, typeCode: string): boolean {
  return (cause ?? "").replace(/\s+/g, "") === LOAN_CAUSE && LOAN_TYPE_CODES.includes(typeCode);
}

export const loanFormKeys = {
  all: ["loan-forms"] as const,
  ofCase: (caseId: string | number) => [...loanFormKeys.all, String(caseId)] as const,
};

export function useLoanForm(caseId: string | number, enabled = true) {
  return useQuery({
    queryKey: loanFormKeys.ofCase(caseId),
    queryFn: ({ signal }) =>
      request<LoanFormView>("GET", `/cases/${encodeURIComponent(caseId)}/loan-form`, { signal }),
    enabled,
    retry: false,
  });
}

export function useComputeLoanForm(caseId: string | number) {
  return useMutation({
    mutationFn: (body: ComputeLoanFormBody) =>
      request<LoanComputation>("POST", `/cases/${encodeURIComponent(caseId)}/loan-form/compute`, {
        json: body,
      }),
  });
}

export function useSaveLoanForm(caseId: string | number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveLoanFormBody) =>
      request<LoanFormView>("PUT", `/cases/${encodeURIComponent(caseId)}/loan-form`, { json: body }),
    onSuccess: (view) => queryClient.setQueryData(loanFormKeys.ofCase(caseId), view),
  });
}

export function downloadLoanForm(caseId: string | number, asOf: string | undefined): Promise<string> {
  return download(`/cases/${encodeURIComponent(caseId)}/loan-form/export`, { asOf }, "民间借贷要素表.xlsx");
}

export function downloadLoanParagraph(caseId: string | number, asOf: string | undefined): Promise<string> {
  return download(
    `/cases/${encodeURIComponent(caseId)}/loan-form/paragraph.docx`,
    { asOf },
    "民间借贷利息计算.docx",
  );
}
