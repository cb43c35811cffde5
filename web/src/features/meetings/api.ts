/**
 * 会议 (专业法官会议, 审委会): meetings (GET /api/meetings, /api/meetings/:id), the items waiting and
 * decided (/api/meeting-items), the statistics, a case's history and direct referral
 * (/api/cases/:id/meetings); planning a meeting, naming attendees, the agenda, opinions, results,
 * the minutes (.docx). The panel's adoption and the chief's referral on are steps on the matter page.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  attendeesBody,
  CaseMeetingsBody,
  createMeetingBody,
  ItemRowBody,
  MeetingBody,
  MeetingStatisticsBody,
  opinionsBody,
  referBody,
} from "../../../../src/http/routes/meetings/schema.js";
import { download, request } from "../../shared/api/client";
import { workflowKeys } from "../workflow/api";
import type { MatterView } from "../workflow/types";

export type Meeting = MeetingBody;
export type AgendaItem = Meeting["agenda"][number];
export type ItemRow = ItemRowBody;
export type CaseMeetings = CaseMeetingsBody;
export type MeetingStatistics = MeetingStatisticsBody;
export type MeetingKind = Meeting["kind"];
export type NewMeeting = z.infer<typeof createMeetingBody>;
export type AttendeeInput = z.infer<typeof attendeesBody>["attendees"][number];
export type OpinionInput = z.infer<typeof opinionsBody>["opinions"][number];
export type ReferInput = z.infer<typeof referBody>;

export const MEETING_KIND_NAMES: Record<MeetingKind, string> = {
  judges: "专业法官会议",
  committee: "审判委员会",
};
export const STANCE_OPTIONS = [
  { value: "agree", label: "同意合议庭意见" },
  { value: "disagree", label: "不同意合议庭意见" },
  { value: "other", label: "其他意见" },
] as const;

export const meetingKeys = {
  all: ["meetings"] as const,
  list: (view: string, kind?: string) => [...meetingKeys.all, "list", view, kind ?? ""] as const,
  one: (id: number) => [...meetingKeys.all, "one", id] as const,
  items: (view: string, kind?: string) => [...meetingKeys.all, "items", view, kind ?? ""] as const,
  statistics: () => [...meetingKeys.all, "statistics"] as const,
  ofCase: (caseId: string | number) => [...meetingKeys.all, "case", String(caseId)] as const,
};

export function useMeetings(view: "upcoming" | "past" | "all", kind?: MeetingKind, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.list(view, kind),
    queryFn: ({ signal }) =>
      request<{ rows: Meeting[] }>("GET", "/meetings", { query: { view, kind }, signal }),
    enabled,
  });
}

export function useMeeting(id: number) {
  return useQuery({
    queryKey: meetingKeys.one(id),
    queryFn: ({ signal }) => request<Meeting>("GET", `/meetings/${id}`, { signal }),
    enabled: id > 0,
  });
}

export function useMeetingItems(
  view: "waiting" | "scheduled" | "decided",
  kind?: MeetingKind,
  enabled = true,
) {
  return useQuery({
    queryKey: meetingKeys.items(view, kind),
    queryFn: ({ signal }) =>
      request<{ rows: ItemRow[] }>("GET", "/meeting-items", { query: { view, kind }, signal }),
    enabled,
  });
}

export function useMeetingStatistics(enabled = true) {
  return useQuery({
    queryKey: meetingKeys.statistics(),
    queryFn: ({ signal }) => request<MeetingStatistics>("GET", "/meetings/statistics", { signal }),
    enabled,
  });
}

export function useCaseMeetings(caseId: string | number) {
  return useQuery({
    queryKey: meetingKeys.ofCase(caseId),
    queryFn: ({ signal }) =>
      request<CaseMeetings>("GET", `/cases/${encodeURIComponent(caseId)}/meetings`, { signal }),
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: meetingKeys.all });
    void queryClient.invalidateQueries({ queryKey: workflowKeys.all });
  };
}

export function useCreateMeeting() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: NewMeeting) => request<Meeting>("POST", "/meetings", { json: body }),
    onSuccess: invalidate,
  });
}

export function useNameAttendees(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (attendees: AttendeeInput[]) =>
      request<Meeting>("POST", `/meetings/${id}/attendees`, { json: { attendees } }),
    onSuccess: invalidate,
  });
}

export function useAddItem(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (matterId: number) =>
      request<Meeting>("POST", `/meetings/${id}/items`, { json: { matterId } }),
    onSuccess: invalidate,
  });
}

export function useRemoveItem(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (matterId: number) => request<Meeting>("POST", `/meetings/${id}/items/${matterId}/remove`),
    onSuccess: invalidate,
  });
}

export function useRecordOpinions(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ matterId, opinions }: { matterId: number; opinions: OpinionInput[] }) =>
      request<Meeting>("POST", `/meetings/${id}/items/${matterId}/opinions`, { json: { opinions } }),
    onSuccess: invalidate,
  });
}

export function useRecordResult(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ matterId, decision }: { matterId: number; decision?: string }) =>
      request<Meeting>("POST", `/meetings/${id}/items/${matterId}/result`, { json: { decision } }),
    onSuccess: invalidate,
  });
}

/** Refers the case; a 类案检索报告 file given is uploaded first (the judge's file store). */
export function useReferCase(caseId: string | number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({ file, ...body }: Omit<ReferInput, "fileIds"> & { file?: File | null }) => {
      let fileIds: number[] | undefined;
      if (file) {
        const form = new FormData();
        form.append("file", file, file.name);
        fileIds = [(await request<{ id: number }>("POST", "/sign-off/files", { form })).id];
      }
      return request<MatterView>("POST", `/cases/${encodeURIComponent(caseId)}/meetings`, {
        json: { ...body, fileIds } satisfies ReferInput,
      });
    },
    onSuccess: invalidate,
  });
}

export function downloadMinutes(m: Meeting): Promise<string> {
  return download(`/meetings/${m.id}/minutes`, {}, `${m.scheduledOn}-${m.kindName}会议纪要.docx`);
}
