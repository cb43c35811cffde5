/** Linked cases (/api/cases/:id/chain): the chain of a case's dispute, for the case page and 案-件比's drill. */
import { useQuery } from "@tanstack/react-query";
import type { CaseChain } from "../../../../src/http/routes/chains/schema.js";
import { request } from "../../shared/api/client";

export type { CaseChain };
export type ChainCase = CaseChain["cases"][number];

export const chainKeys = {
  all: ["chains"] as const,
  ofCase: (id: string | number) => [...chainKeys.all, String(id)] as const,
};

export function useCaseChain(caseId: string | number) {
  return useQuery({
    queryKey: chainKeys.ofCase(caseId),
    queryFn: ({ signal }) =>
      request<CaseChain>("GET", `/cases/${encodeURIComponent(caseId)}/chain`, { signal }),
  });
}
