/**
 * 执行不能案件库 (/api/termination-library): the entries with their search schedule and the figures;
 * recording a property search; proposing 恢复执行.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TerminationListBody } from "../../../../src/http/routes/termination-library/schema.js";
import { type Query, request } from "../../shared/api/client";

export type TerminationList = TerminationListBody;
export type TerminationRow = TerminationListBody["rows"][number];

export interface TerminationQuery {
  asOf?: string;
  division?: string;
  state?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

export const STATE_COLORS: Record<string, string> = {
  overdue: "red",
  due: "blue",
  resumed: "green",
  "watch-ended": "default",
};

export const terminationKeys = {
  all: ["termination-library"] as const,
  list: (q: TerminationQuery) => [...terminationKeys.all, "list", q] as const,
};

const clean = (q: object): Query =>
  Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== "")) as Query;

export function useTerminationLibrary(q: TerminationQuery) {
  return useQuery({
    queryKey: terminationKeys.list(q),
    queryFn: ({ signal }) =>
      request<TerminationListBody>("GET", "/termination-library", { query: clean(q), signal }),
    placeholderData: keepPreviousData,
  });
}

function useEntryMutation<B>(path: (caseId: number) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, body }: { caseId: number; body: B }) =>
      request<TerminationRow>("POST", path(caseId), { json: body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: terminationKeys.all }),
  });
}

export const useRecordSearch = () =>
  useEntryMutation<{ searchedOn: string; result: "无财产" | "发现财产"; note: string }>(
    (id) => `/termination-library/${id}/searches`,
  );
export const useProposeResumption = () =>
  useEntryMutation<{ proposedOn: string; note: string }>((id) => `/termination-library/${id}/proposal`);
