/** Meetings as stored, and their mappers. */
import type { Selectable } from "kysely";
import type {
  MeetingAttendeesTable,
  MeetingItemsTable,
  MeetingOpinionsTable,
  MeetingsTable,
} from "../schema.js";

export interface StoredMeeting {
  id: number;
  kind: string;
  title: string;
  scheduledOn: string;
  startTime: string;
  place: string;
  chairStaffId: number | null;
  secretary: string;
  status: string;
  minutesNote: string;
  createdBy: string;
  createdAt: string;
  /** The court (法院代字) the meeting belongs to; null on a one-court installation. */
  courtCode: string | null;
}

export interface StoredAttendee {
  meetingId: number;
  staffId: number;
  role: string;
  reason: string;
  present: boolean;
}

export interface StoredAgendaItem {
  meetingId: number;
  matterId: number;
  position: number;
}

export interface StoredOpinion {
  meetingId: number;
  matterId: number;
  staffId: number;
  orderNo: number;
  stance: string;
  opinion: string;
  recordedBy: string;
  recordedAt: string;
}

export function toMeeting(r: Selectable<MeetingsTable>): StoredMeeting {
  return {
    id: Number(r.id),
    kind: r.kind,
    title: r.title,
    scheduledOn: r.scheduled_on,
    startTime: r.start_time,
    place: r.place,
    chairStaffId: r.chair_staff_id === null ? null : Number(r.chair_staff_id),
    secretary: r.secretary,
    status: r.status,
    minutesNote: r.minutes_note,
    createdBy: r.created_by,
    createdAt: r.created_at,
    courtCode: r.court_code ?? null,
  };
}

export function toAttendee(r: Selectable<MeetingAttendeesTable>): StoredAttendee {
  return {
    meetingId: Number(r.meeting_id),
    staffId: Number(r.staff_id),
    role: r.role,
    reason: r.reason,
    present: Number(r.present) === 1,
  };
}

export function toAgendaItem(r: Selectable<MeetingItemsTable>): StoredAgendaItem {
  return { meetingId: Number(r.meeting_id), matterId: Number(r.matter_id), position: Number(r.position) };
}

export function toOpinion(r: Selectable<MeetingOpinionsTable>): StoredOpinion {
  return {
    meetingId: Number(r.meeting_id),
    matterId: Number(r.matter_id),
    staffId: Number(r.staff_id),
    orderNo: Number(r.order_no),
    stance: r.stance,
    opinion: r.opinion,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  };
}
