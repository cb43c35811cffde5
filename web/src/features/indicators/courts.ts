/**
 * The courts the signed-in account sees (GET /api/courts: { rows: [{ code, name, level, parentCode }] }),
 * for the court picker of multi-court accounts (a 中院's: its own and its basic courts).
 */
import { useQuery } from "@tanstack/react-query";
import { request } from "../../shared/api/client";

export interface VisibleCourt {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export function useVisibleCourts() {
  return useQuery({
    queryKey: ["courts", "visible"],
    queryFn: ({ signal }) => request<{ rows: VisibleCourt[] }>("GET", "/courts", { signal }),
    staleTime: 10 * 60_000,
  });
}
