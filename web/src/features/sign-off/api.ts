/**
 * 阅核: the lists (GET /api/sign-off/drafts?view=queue|mine|all), the statistics, a case's 须阅核
 * (GET /api/cases/:id/sign-off); uploading a draft file, submitting it, answering a 复议 and
 * resubmitting. The reviewer acts on the generic matter page (/matters/:id).
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CaseSignOff,
  DraftFileInfo,
  DraftList,
  ResubmitDraftBody,
  SignOffStatistics,
  SubmitDraftBody,
} from "../../../../src/http/routes/sign-off/schema.js";
import { download, request } from "../../shared/api/client";
import { workflowKeys } from "../workflow/api";
import type { MatterView } from "../workflow/types";

export type { CaseSignOff, DraftList, SignOffStatistics, SubmitDraftBody };
export type DraftRow = DraftList["rows"][number];
export type DraftView = DraftList["view"];

/** The document types a draft may be (the server checks the same list). */
export const DOCUMENT_TYPES = [
  "判决书",
  "裁定书",
  "调解书",
  "决定书",
  "其他裁判文书",
] as const satisfies readonly SubmitDraftBody["documentType"][];

export const signOffKeys = {
  all: ["sign-off"] as const,
  drafts: (view: DraftView) => [...signOffKeys.all, "drafts", view] as const,
  statistics: (from?: string, to?: string) =>
    [...signOffKeys.all, "statistics", from ?? "", to ?? ""] as const,
  ofCase: (caseId: string | number) => [...signOffKeys.all, "case", String(caseId)] as const,
};

export function useDrafts(view: DraftView, enabled = true) {
  return useQuery({
    queryKey: signOffKeys.drafts(view),
    queryFn: ({ signal }) => request<DraftList>("GET", "/sign-off/drafts", { query: { view }, signal }),
    enabled,
  });
}

export function useSignOffStatistics(from?: string, to?: string, enabled = true) {
  return useQuery({
    queryKey: signOffKeys.statistics(from, to),
    queryFn: ({ signal }) =>
      request<SignOffStatistics>("GET", "/sign-off/statistics", { query: { from, to }, signal }),
    enabled,
  });
}

export function useCaseSignOff(caseId: string | number) {
  return useQuery({
    queryKey: signOffKeys.ofCase(caseId),
    queryFn: ({ signal }) =>
      request<CaseSignOff>("GET", `/cases/${encodeURIComponent(caseId)}/sign-off`, { signal }),
  });
}

function uploadDraftFile(file: File): Promise<DraftFileInfo> {
  const form = new FormData();
  form.append("file", file, file.name);
  return request<DraftFileInfo>("POST", "/sign-off/files", { form });
}

function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: signOffKeys.all });
    void queryClient.invalidateQueries({ queryKey: workflowKeys.all });
  };
}

/** Uploads the file, then submits the draft with it. */
export function useSubmitDraft() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({ file, ...body }: Omit<SubmitDraftBody, "fileId"> & { file: File }) => {
      const uploaded = await uploadDraftFile(file);
      return request<MatterView>("POST", "/sign-off/drafts", { json: { ...body, fileId: uploaded.id } });
    },
    onSuccess: invalidate,
  });
}

/** Answers a 复议 and resubmits (with a revised file when one is given). */
export function useResubmitDraft() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: async ({
      id,
      file,
      ...body
    }: Omit<ResubmitDraftBody, "fileId"> & { id: number; file?: File | null }) => {
      const uploaded = file ? await uploadDraftFile(file) : null;
      return request<MatterView>("POST", `/sign-off/drafts/${id}/resubmit`, {
        json: { ...body, fileId: uploaded?.id ?? null } satisfies ResubmitDraftBody,
      });
    },
    onSuccess: invalidate,
  });
}

export function downloadDraftFile(fileId: number, name: string): Promise<string> {
  return download(`/sign-off/files/${fileId}`, {}, name);
}
