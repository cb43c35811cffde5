/**
 * Indicator panels (/api/indicators) and the case lists behind a figure (/api/indicators/drill):
 * query keys, calls, hooks, and the .xlsx exports.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { download, type Query, request } from "../../shared/api/client";
import type { DrillQuery, DrillResult, IndicatorPanel, IndicatorQuery } from "../../shared/api/types";

export const indicatorKeys = {
  all: ["indicators"] as const,
  panels: () => [...indicatorKeys.all, "panel"] as const,
  panel: (q: IndicatorQuery) => [...indicatorKeys.panels(), q] as const,
  drills: () => [...indicatorKeys.all, "drill"] as const,
  drill: (q: DrillQuery) => [...indicatorKeys.drills(), q] as const,
};

/**
 * The query string in a fixed order: the server's warm cache (src/http/warm.ts) is keyed by the
 * URL the dashboard sends on its first screen.
 */
function indicatorQuery(q: IndicatorQuery): Query {
  return {
    from: q.from,
    to: q.to,
    by: q.by,
    ids: q.ids,
    division: q.division,
    judge: q.judge,
    category: q.category,
    court: q.court,
    compare: q.compare ? "1" : undefined,
  };
}

function drillQuery(q: DrillQuery): Query {
  return { ...q } as Query;
}

export function fetchPanel(q: IndicatorQuery, signal?: AbortSignal): Promise<IndicatorPanel> {
  return request<IndicatorPanel>("GET", "/indicators", { query: indicatorQuery(q), signal });
}

export function fetchDrill(q: DrillQuery, signal?: AbortSignal): Promise<DrillResult> {
  return request<DrillResult>("GET", "/indicators/drill", { query: drillQuery(q), signal });
}

/** A panel; while another period or unit loads, the figures on screen stay (dimmed by the caller). */
export function useIndicatorPanel(q: IndicatorQuery, enabled = true) {
  return useQuery({
    queryKey: indicatorKeys.panel(q),
    queryFn: ({ signal }) => fetchPanel(q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** What identifies a drill-down's list apart from its page, sort and part. */
function drillSubject(q: DrillQuery): string {
  return JSON.stringify([q.indicator, q.from, q.to, q.by, q.group, q.division, q.judge, q.court]);
}

/**
 * A page of a figure's case list. The previous page stays while the next one (or the other part,
 * or another sort) loads, but never the list of another figure.
 */
export function useDrill(q: DrillQuery | null) {
  return useQuery({
    queryKey: q ? indicatorKeys.drill(q) : indicatorKeys.drills(),
    queryFn: ({ signal }) => fetchDrill(q as DrillQuery, signal),
    enabled: q !== null,
    placeholderData: (previous, previousQuery) => {
      const prev = previousQuery?.queryKey[2] as DrillQuery | undefined;
      return q && prev && drillSubject(prev) === drillSubject(q) ? previous : undefined;
    },
  });
}

export function exportIndicators(q: IndicatorQuery): Promise<string> {
  return download("/indicators/export", indicatorQuery(q), `质效指标_${q.from}_${q.to}.xlsx`);
}

export function exportDrill(q: DrillQuery): Promise<string> {
  return download(
    "/indicators/drill/export",
    drillQuery(q),
    `案件清单_${q.indicator}_${q.from}_${q.to}.xlsx`,
  );
}
