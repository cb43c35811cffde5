/**
 * 并案审理 (/api/batches): the groups (filters: cause, division, side), and proposing a group to the
 * chief of its main division — a 并案审理建议 matter, acted on on the generic matter page. Proposing
 * refreshes the groups (their rows show the proposal) and the workflow queries (我的待办).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  BatchListBody,
  BatchSettingsViewBody,
  batchListQuery,
} from "../../../../src/http/routes/batches/schema.js";
import type { MatterBody } from "../../../../src/http/routes/workflow/schema.js";
import { type Query, request } from "../../shared/api/client";

export type BatchQuery = z.input<typeof batchListQuery>;
export type BatchList = BatchListBody;
export type BatchRow = BatchListBody["rows"][number];

export const batchKeys = {
  all: ["batches"] as const,
  list: (q: BatchQuery) => [...batchKeys.all, "list", q] as const,
};

const clean = (q: object): Query =>
  Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== "")) as Query;

export function useBatches(q: BatchQuery) {
  return useQuery({
    queryKey: batchKeys.list(q),
    queryFn: ({ signal }) => request<BatchList>("GET", "/batches", { query: clean(q), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProposeBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { key: string; reason: string }) =>
      request<MatterBody>("POST", "/batches/proposals", { json: body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: batchKeys.all });
      void queryClient.invalidateQueries({ queryKey: ["workflow"] });
    },
  });
}

export type BatchSettingsView = BatchSettingsViewBody;

export function useBatchSettings() {
  return useQuery({
    queryKey: [...batchKeys.all, "settings"],
    queryFn: ({ signal }) => request<BatchSettingsView>("GET", "/batches/settings", { signal }),
  });
}

export function useUpdateBatchSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<BatchSettingsView["settings"]>) =>
      request<BatchSettingsView>("POST", "/batches/settings", { json: body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: batchKeys.all }),
  });
}
