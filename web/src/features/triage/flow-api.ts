/**
 * 繁简分流 — 退案流转 and 快审统计 (/api/triage-flow/*): the cases that left the fast track (list and
 * .xlsx) and the fast-track figures by division or month.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type {
  FastTrackStatsBody,
  TransfersPageBody,
} from "../../../../src/http/routes/triage-flow/schema.js";
import { download, type Query, request } from "../../shared/api/client";

export type TransfersPage = TransfersPageBody;
export type TransferRow = TransfersPage["rows"][number];
export type FastTrackStats = FastTrackStatsBody;
export type FastTrackStatsRow = FastTrackStats["rows"][number];

export interface TransfersQuery {
  division?: string;
  lateOnly?: boolean;
  page?: number;
  pageSize?: number;
}

export interface StatsQuery {
  from: string;
  to: string;
  by: "division" | "month" | "all";
}

export const triageFlowKeys = {
  all: ["triage-flow"] as const,
  transfers: (q: TransfersQuery) => [...triageFlowKeys.all, "transfers", q] as const,
  stats: (q: StatsQuery) => [...triageFlowKeys.all, "stats", q] as const,
};

const asQuery = (q: TransfersQuery): Query =>
  ({
    division: q.division,
    lateOnly: q.lateOnly ? "true" : undefined,
    page: q.page,
    pageSize: q.pageSize,
  }) as unknown as Query;

export function useTransfersBack(q: TransfersQuery) {
  return useQuery({
    queryKey: triageFlowKeys.transfers(q),
    queryFn: ({ signal }) =>
      request<TransfersPage>("GET", "/triage-flow/transfers", { query: asQuery(q), signal }),
    placeholderData: keepPreviousData,
  });
}

export function exportTransfersBack(q: TransfersQuery): Promise<string> {
  return download(
    "/triage-flow/transfers.xlsx",
    asQuery({ division: q.division, lateOnly: q.lateOnly }),
    q.lateOnly ? "速裁快审逾期退案.xlsx" : "速裁快审退案流转.xlsx",
  );
}

export function useFastTrackStats(q: StatsQuery) {
  return useQuery({
    queryKey: triageFlowKeys.stats(q),
    queryFn: ({ signal }) =>
      request<FastTrackStats>("GET", "/triage-flow/stats", { query: q as unknown as Query, signal }),
    placeholderData: keepPreviousData,
  });
}
