/**
 * A meeting as the API returns it: schedule, chair, secretary, attendees, speaking order (with its
 * rule), the 审委会's quorum, the agenda with each item's materials, opinions in speaking order,
 * the outcome the opinions give and the result recorded — and what the reader may do now.
 */
import type { Db } from "../../db/connect.js";
import { matterCourts } from "../../db/courts/matter-court.js";
import { loadMeetingParts } from "../../db/meetings/load-meeting-parts.js";
import type { StoredAttendee, StoredMeeting, StoredOpinion } from "../../db/meetings/mapper.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import { listMatterFiles } from "../../db/sign-off/list-matter-files.js";
import { loadMatterRecords } from "../../db/workflow/find-matter.js";
import type { StoredMatter } from "../../db/workflow/mapper.js";
import { type Actor, authorize } from "../../domain/auth/index.js";
import {
  ATTENDEE_ROLE_NAMES,
  type AttendeeRole,
  adviceOutcome,
  COMMITTEE_BASIS,
  committeeOutcome,
  committeeQuorum,
  MEETING_ITEM_KIND,
  MEETING_KIND_NAMES,
  type MeetingKind,
  meetingKindOfValue,
  REFERRAL_SOURCE_NAMES,
  type ReferralSource,
  type Speaker,
  STANCE_NAMES,
  type Stance,
  speakingOrder,
  speakingOrderRule,
} from "../../domain/meetings/index.js";
import { POSITION_NAMES } from "../../domain/people/positions.js";
import type { StaffMember } from "../../domain/people/staff.js";

export const MEETING_STATUS_NAMES: Record<string, string> = { planned: "待召开", held: "已召开" };

export type MeetingAction = "add-item" | "attendees" | "minutes";
export type AgendaAction = "record-opinions" | "record-result" | "remove";

export interface AttendeeView {
  staffId: number;
  name: string;
  division: string;
  positionNames: string[];
  committeeMember: boolean;
  role: AttendeeRole;
  roleName: string;
  reason: string;
  present: boolean;
}

export interface OpinionView {
  staffId: number;
  name: string;
  orderNo: number;
  stance: Stance;
  stanceName: string;
  opinion: string;
}

export interface ItemOutcomeView {
  /** 专业法官会议: the majority stance (null: no majority); 审委会: the stance with more than half of all members. */
  stance: Stance | null;
  stanceName: string | null;
  minority: string[];
  agree: number;
  disagree: number;
  other: number;
  /** 审委会: votes needed (more than half of all members). */
  required: number | null;
  text: string;
}

export interface AgendaItemView {
  matterId: number;
  version: number;
  position: number;
  title: string;
  caseId: number | null;
  caseNumber: string | null;
  division: string;
  judge: string;
  state: string;
  stateLabel: string;
  source: string;
  summary: string;
  issues: string;
  panelOpinion: string;
  similarCases: string;
  /** 类案检索报告 files attached (download: GET /api/sign-off/files/:id). */
  files: { id: number; name: string; size: number }[];
  referralNote: string;
  opinions: OpinionView[];
  outcome: ItemOutcomeView;
  /** The result recorded on the item (多数意见 or 审委会决定), if any. */
  result: string | null;
  /** The panel's adoption (专业法官会议): 采纳 / 不采纳 with its note, once recorded. */
  adoption: string | null;
  actions: AgendaAction[];
}

export interface QuorumView {
  total: number;
  present: number;
  recused: number;
  required: number;
  met: boolean;
  text: string;
}

export interface MeetingView {
  id: number;
  /** The court (法院代字) the meeting belongs to; null on a one-court installation. */
  courtCode: string | null;
  kind: MeetingKind;
  kindName: string;
  title: string;
  scheduledOn: string;
  startTime: string;
  place: string;
  chairStaffId: number | null;
  chairName: string | null;
  secretary: string;
  status: string;
  statusName: string;
  attendees: AttendeeView[];
  speakingOrder: { staffId: number; name: string }[];
  orderRule: string;
  quorum: QuorumView | null;
  agenda: AgendaItemView[];
  actions: MeetingAction[];
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");

export function stateLabel(state: string): string {
  return MEETING_ITEM_KIND.states.find((s) => s.name === state)?.label ?? state;
}

export function sourceName(v: unknown): string {
  return typeof v === "string" && v in REFERRAL_SOURCE_NAMES
    ? REFERRAL_SOURCE_NAMES[v as ReferralSource]
    : "";
}

export function meetingKindOf(m: StoredMatter): MeetingKind {
  return meetingKindOfValue(m.data.meetingKind);
}

function speaker(s: StaffMember): Speaker {
  return { staffId: s.id, name: s.name, staffNo: s.staffNo, positions: s.positions, appointedOn: null };
}

/** The members who speak: present, not recused, not 列席. */
export function speakers(
  attendees: readonly StoredAttendee[],
  staff: ReadonlyMap<number, StaffMember>,
): Speaker[] {
  return attendees
    .filter((a) => a.role === "member" && a.present)
    .map((a) => staff.get(a.staffId))
    .filter((s): s is StaffMember => s !== undefined)
    .map(speaker);
}

export function quorumOf(attendees: readonly StoredAttendee[]): QuorumView {
  // 全体委员: members and those who withdrew (回避) — a recusal does not remove a member (rules.ts).
  const all = attendees.filter((a) => a.role === "member" || a.role === "recused");
  const present = attendees.filter((a) => a.role === "member" && a.present).length;
  const q = committeeQuorum(all.length, present);
  const recused = attendees.filter((a) => a.role === "recused").length;
  return {
    total: q.total,
    present: q.present,
    recused,
    required: q.required,
    met: q.met,
    text: `全体委员 ${q.total} 名（含回避 ${recused} 名），出席 ${q.present} 名，过半数为 ${q.required} 名：${
      q.met ? "已达到" : "未达到"
    }法定出席人数（${COMMITTEE_BASIS}）`,
  };
}

export function itemOutcome(
  kind: MeetingKind,
  total: number,
  opinions: readonly StoredOpinion[],
): ItemOutcomeView {
  const stances = opinions.map((o) => o.stance as Stance);
  if (kind === "committee") {
    const o = committeeOutcome(total, stances);
    return {
      stance: o.stance,
      stanceName: o.stance ? STANCE_NAMES[o.stance] : null,
      minority: [],
      ...o.tally,
      required: o.required,
      text: `同意 ${o.tally.agree} 票、不同意 ${o.tally.disagree} 票、其他意见 ${o.tally.other} 票；全体委员 ${total} 名，须 ${o.required} 票以上方能形成决定${
        o.stance ? `：已形成“${STANCE_NAMES[o.stance]}”的决定意见` : "：尚未形成全体委员过半数意见"
      }`,
    };
  }
  const o = adviceOutcome(stances);
  return {
    stance: o.majority,
    stanceName: o.majority ? STANCE_NAMES[o.majority] : null,
    minority: o.minority.map((s) => STANCE_NAMES[s]),
    ...o.tally,
    required: null,
    text:
      o.speakers === 0
        ? "尚未记录意见"
        : o.majority
          ? `多数意见：${STANCE_NAMES[o.majority]}（${o.tally[o.majority]}/${o.speakers} 人）${
              o.minority.length
                ? `；少数意见：${o.minority.map((s) => `${STANCE_NAMES[s]}（${o.tally[s]} 人）`).join("、")}`
                : ""
            }`
          : `意见分歧，未形成多数意见（同意 ${o.tally.agree}、不同意 ${o.tally.disagree}、其他 ${o.tally.other}）`,
  };
}

function lastInput(
  trace: { action: string; note: string; input: Record<string, unknown> }[],
  actions: string[],
) {
  return [...trace].reverse().find((t) => actions.includes(t.action));
}

export async function buildMeetingViews(
  actor: Actor,
  handle: Db,
  meetings: readonly StoredMeeting[],
  options: { staff?: StaffMember[] } = {},
): Promise<MeetingView[]> {
  if (meetings.length === 0) return [];
  const parts = await loadMeetingParts(
    handle,
    meetings.map((m) => m.id),
  );
  const staffList = options.staff ?? (await readStaffRegister(handle));
  const staff = new Map(staffList.map((s) => [s.id, s]));
  const records = await loadMatterRecords(handle, [...new Set(parts.agenda.map((a) => a.matterId))]);
  const matters = new Map(records.map((r) => [r.matter.id, r]));
  const files = await listMatterFiles(handle, [...matters.keys()]);
  // The items' courts matter only to a reader limited to courts (one read then).
  const courts = actor.court
    ? await matterCourts(handle, [...matters.keys()])
    : new Map<number, string | null>();
  return meetings.map((m) => {
    const kind: MeetingKind = m.kind === "committee" ? "committee" : "judges";
    const runs = authorize(actor, "run-meeting", { secretary: m.secretary, courtCode: m.courtCode }).allowed;
    const attendees = parts.attendees.filter((a) => a.meetingId === m.id);
    const order = speakingOrder(speakers(attendees, staff), m.chairStaffId);
    const quorum = kind === "committee" ? quorumOf(attendees) : null;
    const total = quorum?.total ?? 0;
    const agenda: AgendaItemView[] = [];
    for (const a of parts.agenda.filter((x) => x.meetingId === m.id)) {
      const r = matters.get(a.matterId);
      if (!r) continue;
      const it = r.matter;
      // Who runs or sits in the meeting reads its whole agenda; others the items of their scope.
      const sits = actor.staffId != null && attendees.some((x) => x.staffId === actor.staffId);
      if (
        !runs &&
        !sits &&
        !authorize(actor, "view-matter", {
          courtCode: courts.get(it.id) ?? null,
          division: it.division,
          judge: it.judge,
          initiator: it.initiator,
          taskForReader: false,
        }).allowed
      )
        continue;
      const ops = parts.opinions.filter((o) => o.meetingId === m.id && o.matterId === it.id);
      const result = lastInput(r.trace, ["record-advice", "record-decision"]);
      const adoption = lastInput(r.trace, ["adopt", "not-adopt"]);
      const open = it.state === "scheduled";
      agenda.push({
        matterId: it.id,
        version: it.version,
        position: a.position,
        title: it.title,
        caseId: it.caseId,
        caseNumber: it.caseNumber,
        division: it.division,
        judge: it.judge,
        state: it.state,
        stateLabel: stateLabel(it.state),
        source: sourceName(it.data.source),
        summary: str(it.data.summary),
        issues: str(it.data.issues),
        panelOpinion: str(it.data.panelOpinion),
        similarCases: str(it.data.similarCases),
        files: files
          .filter((f) => f.matterId === it.id)
          .map((f) => ({ id: f.id, name: f.name, size: f.size })),
        referralNote: r.trace[0]?.note ?? "",
        opinions: ops.map((o) => ({
          staffId: o.staffId,
          name: staff.get(o.staffId)?.name ?? `人员 ${o.staffId}`,
          orderNo: o.orderNo,
          stance: o.stance as Stance,
          stanceName: STANCE_NAMES[o.stance as Stance] ?? o.stance,
          opinion: o.opinion,
        })),
        outcome: itemOutcome(kind, total, ops),
        result: result ? result.note || str(result.input.majorityView) : null,
        adoption: adoption
          ? `${adoption.action === "adopt" ? "采纳" : "不采纳"}${adoption.note ? `：${adoption.note}` : ""}`
          : null,
        actions: runs && open ? ["record-opinions", "record-result", "remove"] : [],
      });
    }
    const chair = m.chairStaffId ? staff.get(m.chairStaffId) : undefined;
    const actions: MeetingAction[] = ["minutes"];
    const anyResult = agenda.some((a) => a.state !== "scheduled");
    if (runs) {
      actions.push("add-item");
      if (!anyResult) actions.push("attendees");
    }
    return {
      id: m.id,
      courtCode: m.courtCode,
      kind,
      kindName: MEETING_KIND_NAMES[kind],
      title: m.title,
      scheduledOn: m.scheduledOn,
      startTime: m.startTime,
      place: m.place,
      chairStaffId: m.chairStaffId,
      chairName: chair?.name ?? null,
      secretary: m.secretary,
      status: m.status,
      statusName: MEETING_STATUS_NAMES[m.status] ?? m.status,
      attendees: attendees
        .map((a) => {
          const s = staff.get(a.staffId);
          const role = a.role as AttendeeRole;
          return {
            staffId: a.staffId,
            name: s?.name ?? `人员 ${a.staffId}`,
            division: s?.division ?? "",
            positionNames: (s?.positions ?? []).map((p) => POSITION_NAMES[p]),
            committeeMember: s?.committeeMember ?? false,
            role,
            roleName: ATTENDEE_ROLE_NAMES[role] ?? a.role,
            reason: a.reason,
            present: a.present,
          };
        })
        .sort(
          (x, y) =>
            ["member", "recused", "observer"].indexOf(x.role) -
            ["member", "recused", "observer"].indexOf(y.role),
        ),
      speakingOrder: order.map((s) => ({ staffId: s.staffId, name: s.name })),
      orderRule: speakingOrderRule(kind),
      quorum,
      agenda,
      actions,
    };
  });
}
