/** 归档 (/api/archiving/*): archive lag by division and judge, the monthly rate, the unarchived list and its export. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ArchivingBody, UnarchivedBody } from "../../../../src/http/routes/archiving/schema.js";
import { download, type Query, request } from "../../shared/api/client";

export type Archiving = ArchivingBody;
export type LagRow = ArchivingBody["divisions"][number];
export type UnarchivedRow = UnarchivedBody["rows"][number];

const clean = (q: object): Query =>
  Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== "")) as Query;

export function useArchiving(q: { from?: string; to?: string }) {
  return useQuery({
    queryKey: ["archiving", "figures", q],
    queryFn: ({ signal }) => request<ArchivingBody>("GET", "/archiving", { query: clean(q), signal }),
    placeholderData: keepPreviousData,
  });
}

export interface UnarchivedQuery {
  division?: string;
  overdueOnly?: "true" | "false";
  page?: number;
  pageSize?: number;
}

export function useUnarchived(q: UnarchivedQuery) {
  return useQuery({
    queryKey: ["archiving", "unarchived", q],
    queryFn: ({ signal }) =>
      request<UnarchivedBody>("GET", "/archiving/unarchived", { query: clean(q), signal }),
    placeholderData: keepPreviousData,
  });
}

export function downloadUnarchived(q: UnarchivedQuery): Promise<string> {
  const { page: _p, pageSize: _s, ...rest } = q;
  return download("/archiving/unarchived.xlsx", clean(rest), `${q.division ?? "全院"}未归档案件清单.xlsx`);
}
