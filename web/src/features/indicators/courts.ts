/**
 * The courts the signed-in account sees (GET /api/courts: { rows: [{ code, name, level, parentCode }] }),
 * for the court picker of multi-court accounts (a 中院's: its own and its basic courts).
 */
import { useQuery } from "@tanstack/react-query";
import { request } from "../../shared/api/client";
import { useSession } from "../../shared/session/session";

export interface VisibleCourt {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export function useVisibleCourts() {
  // An account of a court (users.court_code) picks among the courts it sees; an account of a
  // one-court installation (no court) sees the whole database and has no picker — the courts of
  // the odd case numbers its export carries (a 案号 with another court's 法院代字) are not courts it keeps.
  const { user } = useSession();
  const limited = Boolean(user?.court);
  const query = useQuery({
    queryKey: ["courts", "visible"],
    queryFn: ({ signal }) => request<{ rows: VisibleCourt[] }>("GET", "/courts", { signal }),
    staleTime: 10 * 60_000,
    enabled: limited,
  });
  return limited ? query : { ...query, data: { rows: [] as VisibleCourt[] } };
}
