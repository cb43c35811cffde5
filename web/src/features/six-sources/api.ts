/** 六源治理 (/api/six-sources): which catalogue figures each source groups. */
import { useQuery } from "@tanstack/react-query";
import type { SixSources } from "../../../../src/http/routes/six-sources/schema.js";
import { request } from "../../shared/api/client";

export type { SixSources };

export function useSixSources() {
  return useQuery({
    queryKey: ["six-sources"],
    queryFn: ({ signal }) => request<SixSources>("GET", "/six-sources", { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
