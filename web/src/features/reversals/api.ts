/**
 * 发改案件 (/api/reversals/*) and 评析会 (/api/review-meetings/*): the register with its filters,
 * its figures, the classification's options; classifying, objecting and deciding; meetings, the
 * parts recorded in them and the minutes.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ReversalListBody,
  ReversalOptionsBody,
  ReversalStatisticsBody,
} from "../../../../src/http/routes/reversals/schema.js";
import type {
  ReviewMeetingBody,
  ReviewMeetingListBody,
} from "../../../../src/http/routes/review-meetings/schema.js";
import { download, type Query, request } from "../../shared/api/client";

export type ReversalRow = ReversalListBody["rows"][number];
export type ReversalStatistics = ReversalStatisticsBody;
export type ReversalOptions = ReversalOptionsBody;
export type ReviewMeeting = ReviewMeetingBody;
export type ReviewEntry = ReviewMeeting["entries"][number];
export type ReviewPart = "self" | "chief" | "leader";

export const PART_NAMES: Record<ReviewPart, string> = {
  self: "原承办人自评",
  chief: "庭长讲评",
  leader: "分管领导点评",
};

export const RESPONSIBILITY_COLORS: Record<string, string> = { 差错: "red", 瑕疵: "orange", 非差错: "green" };
export const STATE_COLORS: Record<string, string> = {
  unclassified: "default",
  classified: "blue",
  objected: "gold",
  decided: "purple",
};

export interface ReversalQuery {
  from?: string;
  to?: string;
  division?: string;
  judge?: string;
  outcome?: string;
  state?: string;
  reason?: string;
  responsibility?: string;
}

export const reversalKeys = {
  all: ["reversals"] as const,
  list: (q: ReversalQuery) => [...reversalKeys.all, "list", q] as const,
  stats: (q: ReversalQuery & { by: string }) => [...reversalKeys.all, "stats", q] as const,
  options: () => [...reversalKeys.all, "options"] as const,
  meetings: () => [...reversalKeys.all, "meetings"] as const,
  meeting: (id: string | number) => [...reversalKeys.all, "meeting", String(id)] as const,
};

const clean = (q: object): Query =>
  Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== "")) as Query;

export function useReversals(q: ReversalQuery) {
  return useQuery({
    queryKey: reversalKeys.list(q),
    queryFn: ({ signal }) => request<ReversalListBody>("GET", "/reversals", { query: clean(q), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useReversalStatistics(q: ReversalQuery & { by: "division" | "judge" }) {
  return useQuery({
    queryKey: reversalKeys.stats(q),
    queryFn: ({ signal }) =>
      request<ReversalStatisticsBody>("GET", "/reversals/statistics", { query: clean(q), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useReversalOptions() {
  return useQuery({
    queryKey: reversalKeys.options(),
    queryFn: ({ signal }) => request<ReversalOptionsBody>("GET", "/reversals/options", { signal }),
    staleTime: 10 * 60_000,
  });
}

function useReversalMutation<B>(path: (caseId: number) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, body }: { caseId: number; body: B }) =>
      request<ReversalRow>("POST", path(caseId), { json: body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reversalKeys.all }),
  });
}

export const useClassify = () =>
  useReversalMutation<{ reason: string; responsibility: string; note: string; version: number }>(
    (id) => `/reversals/${id}/classification`,
  );
export const useObject = () =>
  useReversalMutation<{ text: string; version: number }>((id) => `/reversals/${id}/objection`);
export const useDecide = () =>
  useReversalMutation<{
    decision: string;
    decider: string;
    reference: string;
    responsibility?: string;
    reason?: string;
    version: number;
  }>((id) => `/reversals/${id}/objection/decision`);

export function useReviewMeetings() {
  return useQuery({
    queryKey: reversalKeys.meetings(),
    queryFn: ({ signal }) => request<ReviewMeetingListBody>("GET", "/review-meetings", { signal }),
  });
}

export function useReviewMeeting(id: string | number) {
  return useQuery({
    queryKey: reversalKeys.meeting(id),
    queryFn: ({ signal }) =>
      request<ReviewMeeting>("GET", `/review-meetings/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      title: string;
      heldOn: string;
      place?: string;
      host?: string;
      attendees?: string;
      caseIds: number[];
    }) => request<ReviewMeeting>("POST", "/review-meetings", { json: body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reversalKeys.all }),
  });
}

export function useUpdateMeeting(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown> & { version: number }) =>
      request<ReviewMeeting>("PATCH", `/review-meetings/${id}`, { json: body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reversalKeys.all }),
  });
}

export function useRecordReview(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, part, text }: { caseId: number; part: ReviewPart; text: string }) =>
      request<ReviewMeeting>("POST", `/review-meetings/${id}/entries/${caseId}`, { json: { part, text } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reversalKeys.all }),
  });
}

export function downloadMinutes(m: { id: number; title: string }): Promise<string> {
  return download(`/review-meetings/${m.id}/minutes.docx`, {}, `${m.title}-评析会纪要.docx`);
}
