/**
 * 繁简分流 (/api/triage/*): suggestions, 程序不符, the rules' settings with their history, and the civil
 * 案由 catalogue for the settings' cause lists.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  MismatchListBody,
  SuggestionListBody,
  TriageSettingsHistoryBody,
  TriageSettingsViewBody,
} from "../../../../src/http/routes/triage/schema.js";
import { download, type Query, request } from "../../shared/api/client";

export type SuggestionList = SuggestionListBody;
export type SuggestionRow = SuggestionList["rows"][number];
export type MismatchList = MismatchListBody;
export type MismatchRow = MismatchList["rows"][number];
export type TriageSettingsView = TriageSettingsViewBody;
export type TriageSettings = TriageSettingsView["settings"];
export type AverageWage = TriageSettings["averageWages"][number];
export type SettingsHistory = TriageSettingsHistoryBody;

export type Track = SuggestionRow["track"];
export const TRACKS: Track[] = ["小额诉讼程序", "速裁", "简易程序", "普通程序"];
export const TRACK_COLORS: Record<Track, string> = {
  小额诉讼程序: "green",
  速裁: "cyan",
  简易程序: "blue",
  普通程序: "volcano",
};

export interface SuggestionQuery {
  track?: string;
  division?: string;
  judge?: string;
  page?: number;
  pageSize?: number;
}

export interface MismatchQuery {
  from?: string;
  to?: string;
  status?: string;
  kind?: string;
  division?: string;
  judge?: string;
  page?: number;
  pageSize?: number;
}

export const triageKeys = {
  all: ["triage"] as const,
  suggestions: (q: SuggestionQuery) => [...triageKeys.all, "suggestions", q] as const,
  mismatches: (q: MismatchQuery) => [...triageKeys.all, "mismatches", q] as const,
  settings: () => [...triageKeys.all, "settings"] as const,
  history: (page: number) => [...triageKeys.all, "history", page] as const,
  causes: () => [...triageKeys.all, "causes"] as const,
};

export function useSuggestions(q: SuggestionQuery) {
  return useQuery({
    queryKey: triageKeys.suggestions(q),
    queryFn: ({ signal }) =>
      request<SuggestionList>("GET", "/triage/suggestions", { query: q as unknown as Query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function exportSuggestions(q: SuggestionQuery): Promise<string> {
  return download("/triage/suggestions/export", q as unknown as Query, "繁简分流建议.xlsx");
}

export function useMismatches(q: MismatchQuery) {
  return useQuery({
    queryKey: triageKeys.mismatches(q),
    queryFn: ({ signal }) =>
      request<MismatchList>("GET", "/triage/mismatches", { query: q as unknown as Query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function exportMismatches(q: MismatchQuery): Promise<string> {
  return download("/triage/mismatches/export", q as unknown as Query, "程序不符案件.xlsx");
}

export function useTriageSettings() {
  return useQuery({
    queryKey: triageKeys.settings(),
    queryFn: ({ signal }) => request<TriageSettingsView>("GET", "/triage/settings", { signal }),
  });
}

export function useSaveTriageSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: TriageSettings) => request<TriageSettingsView>("PUT", "/triage/settings", { json: s }),
    onSuccess: () => qc.invalidateQueries({ queryKey: triageKeys.all }),
  });
}

export function useSettingsHistory(page: number) {
  return useQuery({
    queryKey: triageKeys.history(page),
    queryFn: ({ signal }) =>
      request<SettingsHistory>("GET", "/triage/settings/history", {
        query: { page, pageSize: 10 } as unknown as Query,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useCivilCauses() {
  return useQuery({
    queryKey: triageKeys.causes(),
    queryFn: ({ signal }) => request<{ causes: string[] }>("GET", "/triage/causes", { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
