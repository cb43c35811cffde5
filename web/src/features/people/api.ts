/** The staff register (/api/people): a page of it, adding, changing, importing the sheet 人员. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { request } from "../../shared/api/client";
import type { NewStaff, StaffChange, StaffImportReport, StaffPage, StaffRow } from "./types";

export interface StaffQuery {
  division?: string;
  q?: string;
  active?: "true" | "false";
  page: number;
  pageSize: number;
}

export const staffKeys = {
  all: ["people"] as const,
  list: (q: StaffQuery) => [...staffKeys.all, "list", q] as const,
};

export function useStaff(q: StaffQuery, enabled = true) {
  return useQuery({
    queryKey: staffKeys.list(q),
    queryFn: ({ signal }) => request<StaffPage>("GET", "/people", { query: { ...q }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAddStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewStaff) => request<StaffRow>("POST", "/people", { json: body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}

export function useUpdateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...change }: StaffChange & { id: number }) =>
      request<StaffRow>("PATCH", `/people/${id}`, { json: change }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}

export function useImportStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun?: boolean }) => {
      const form = new FormData();
      form.append("file", file, file.name);
      return request<StaffImportReport>("POST", `/people/import${dryRun ? "?dryRun=true" : ""}`, { form });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}
