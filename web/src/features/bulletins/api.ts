/**
 * The monthly 审限与长期未结通报: the months with data (/api/bulletins), a month's headline figures
 * (/api/bulletins/:month) and its two files (.docx, .xlsx): query keys, calls, hooks, downloads.
 */
import { useQuery } from "@tanstack/react-query";
import { download, request } from "../../shared/api/client";
import type { BulletinMonths, BulletinSummary } from "../../shared/api/types";

export const bulletinKeys = {
  all: ["bulletins"] as const,
  months: () => [...bulletinKeys.all, "months"] as const,
  summary: (month: string, court?: string) => [...bulletinKeys.all, "summary", month, court ?? ""] as const,
};

export function useBulletinMonths() {
  return useQuery({
    queryKey: bulletinKeys.months(),
    queryFn: ({ signal }) => request<BulletinMonths>("GET", "/bulletins", { signal }),
  });
}

/**
 * A month's figures; computing a month takes a few seconds the first time each day (then cached).
 * `court`: one of the courts a multi-court account sees (absent: all it sees).
 */
export function useBulletinSummary(month: string | null, court?: string) {
  return useQuery({
    queryKey: bulletinKeys.summary(month ?? "", court),
    queryFn: ({ signal }) =>
      request<BulletinSummary>("GET", `/bulletins/${month}`, {
        signal,
        query: court ? { court } : undefined,
      }),
    enabled: !!month,
    staleTime: 5 * 60_000,
  });
}

export function downloadBulletin(
  month: string,
  format: "docx" | "xlsx",
  court?: { code: string; name: string },
): Promise<string> {
  return download(
    `/bulletins/${month}.${format}`,
    court ? { court: court.code } : {},
    `${court ? `${court.name}-` : ""}审限与长期未结通报-${month}.${format}`,
  );
}
