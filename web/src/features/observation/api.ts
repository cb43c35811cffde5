/** 庭审观摩评比 (/api/observations): rounds, scoring, 座谈会, 示范庭. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  meetingBody,
  observationList,
  observationPlan,
} from "../../../../src/http/routes/observations/schema.js";
import { request } from "../../shared/api/client";

export type ObservationSummary = z.infer<typeof observationList>[number];
export type ObservationPlan = z.infer<typeof observationPlan>;
export type Hearing = ObservationPlan["hearings"][number];

const keys = { all: ["observations"] as const };

export function useObservations() {
  return useQuery({
    queryKey: [...keys.all, "list"],
    queryFn: ({ signal }) => request<ObservationSummary[]>("GET", "/observations", { signal }),
  });
}
export function useObservation(id: number | null) {
  return useQuery({
    queryKey: [...keys.all, "plan", id],
    enabled: id !== null,
    queryFn: ({ signal }) => request<ObservationPlan>("GET", `/observations/${id}`, { signal }),
  });
}
function useObsMutation<B, R>(fn: (b: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
export const useScoreHearing = () =>
  useObsMutation(({ id, scores }: { id: number; scores: Record<string, number> }) =>
    request<{ total: number }>("POST", `/observations/hearings/${id}/score`, { json: { scores } }),
  );
export const useRecordMeeting = () =>
  useObsMutation(({ id, body }: { id: number; body: z.input<typeof meetingBody> }) =>
    request("POST", `/observations/${id}/meeting`, { json: body }),
  );
export const usePropose = () =>
  useObsMutation((id: number) =>
    request<{ hearingIds: number[] }>("POST", `/observations/${id}/propose`, { json: {} }),
  );
export const useConfirm = () =>
  useObsMutation((id: number) => request("POST", `/observations/hearings/${id}/confirm`, { json: {} }));
