/**
 * The meetings' own rules, pure: who speaks in which order, the 审委会's quorum and majority, and the
 * 专业法官会议's 多数意见/少数意见.
 *
 * Bases (cited in the texts people read):
 * - 《人民法院组织法》（2018）第三十八条: 审判委员会召开全体会议和专业委员会会议，应当有其组成人员的过半数
 *   出席; the meeting is chaired by the 院长 or a 副院长 he entrusts; 民主集中制.
 * - 最高人民法院《关于健全完善人民法院审判委员会工作机制的意见》（法发〔2019〕20号）: members speak in
 *   order of 法官等级 and 资历 from junior to senior, the chair last; a decision needs the agreement of
 *   more than half of ALL members (全体委员过半数同意), not of those present; recusal; 列席.
 *   The paragraph numbers of that document are not at hand here, so texts cite it by number only.
 * - 最高人民法院《关于完善人民法院专业法官会议工作机制的指导意见》（法发〔2021〕2号）: members speak in
 *   order of 法官等级 and 资历 from junior to senior, the chair last; the meeting records 多数意见 and
 *   少数意见 for the panel's reference.
 *
 * Choices where the texts at hand are silent (documented in docs/meetings.md):
 * - A member who withdraws (回避) still counts among "all members" (全体委员) for the quorum and the
 *   majority: the law counts 组成人员, and a recusal does not change who they are. This is the
 *   conservative reading (a decision is never easier to reach because someone withdrew).
 * - 法官等级 is not in the staff register: rank is read from the positions (员额法官 < 副庭长 < 庭长 <
 *   审委会专职委员 < 副院长 < 院长); 资历 from the 入额 date where known (a later date is more junior),
 *   else by 工号 (a larger 工号 is taken as more junior, as registers number people as they come).
 * - 专业法官会议 多数意见: a stance held by more than half of the members who gave an opinion; with no
 *   such stance the meeting formed no majority view (意见分歧) and every view is recorded.
 */
import type { Position } from "../people/positions.js";
import type { MeetingKind } from "./kind.js";

export const COMMITTEE_BASIS = "《人民法院组织法》第三十八条、最高人民法院法发〔2019〕20号";
export const JUDGES_BASIS = "最高人民法院法发〔2021〕2号";

/** The stance of an opinion. */
export const STANCES = ["agree", "disagree", "other"] as const;
export type Stance = (typeof STANCES)[number];
export const STANCE_NAMES: Record<Stance, string> = {
  agree: "同意合议庭意见",
  disagree: "不同意合议庭意见",
  other: "其他意见",
};

export const ATTENDEE_ROLES = ["member", "observer", "recused"] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];
export const ATTENDEE_ROLE_NAMES: Record<AttendeeRole, string> = {
  member: "委员/成员",
  observer: "列席",
  recused: "回避",
};

/** Someone who may speak: a member of the meeting. */
export interface Speaker {
  staffId: number;
  name: string;
  staffNo: string;
  positions: readonly Position[];
  /** 入额日期 where the register gives it. */
  appointedOn?: string | null;
}

/** Rank by position, junior first (a proxy for 法官等级, which the register does not hold). */
const RANK: readonly Position[] = [
  "clerk",
  "assistant",
  "judge",
  "office",
  "deputy-chief",
  "chief",
  "committee-full-time",
  "vice-president",
  "president",
];

export function positionRank(positions: readonly Position[]): number {
  let r = -1;
  for (const p of positions) r = Math.max(r, RANK.indexOf(p));
  return r;
}

function juniorFirst(a: Speaker, b: Speaker): number {
  const byRank = positionRank(a.positions) - positionRank(b.positions);
  if (byRank !== 0) return byRank;
  const da = a.appointedOn ?? null;
  const db = b.appointedOn ?? null;
  // A later 入额 date is more junior: it speaks first. Unknown dates after known ones.
  if (da && db && da !== db) return da > db ? -1 : 1;
  if (da && !db) return -1;
  if (!da && db) return 1;
  // Without dates: the larger 工号 first (numbered as people joined).
  if (a.staffNo !== b.staffNo) return a.staffNo > b.staffNo ? -1 : 1;
  return a.staffId - b.staffId;
}

/**
 * The speaking order of a meeting's members (those present, not recused): from junior to senior,
 * the chair last — for both meetings (法发〔2021〕2号; 法发〔2019〕20号). A chair who is not among the
 * members (should not happen) is not added.
 */
export function speakingOrder(members: readonly Speaker[], chairStaffId: number | null): Speaker[] {
  const others = members.filter((m) => m.staffId !== chairStaffId).sort(juniorFirst);
  const chair = members.find((m) => m.staffId === chairStaffId);
  return chair ? [...others, chair] : others;
}

/** The rule's citation for the speaking order, for the screens and refusals. */
export function speakingOrderRule(kind: MeetingKind): string {
  return kind === "committee"
    ? `委员按法官等级和资历由低到高依次发表意见，主持人最后发表意见（${COMMITTEE_BASIS}）`
    : `参加人员按法官等级和资历由低到高依次发表意见，主持人最后发表意见（${JUDGES_BASIS}）`;
}

/** More than half of `total`: the smallest whole number greater than total / 2. */
export function moreThanHalf(total: number): number {
  return Math.floor(total / 2) + 1;
}

export interface Quorum {
  /** 全体委员: members named for the meeting, those who withdrew included. */
  total: number;
  present: number;
  required: number;
  met: boolean;
}

/** 审委会 quorum: more than half of all members present (组织法第三十八条). */
export function committeeQuorum(total: number, present: number): Quorum {
  const required = moreThanHalf(total);
  return { total, present, required, met: total > 0 && present >= required };
}

export interface Tally {
  agree: number;
  disagree: number;
  other: number;
}

export function tally(stances: readonly Stance[]): Tally {
  const t: Tally = { agree: 0, disagree: 0, other: 0 };
  for (const s of stances) t[s] += 1;
  return t;
}

export interface CommitteeOutcome {
  /** The stance more than half of ALL members took, or null: no decision can be made. */
  stance: Stance | null;
  required: number;
  tally: Tally;
}

/**
 * 审委会 decision: the stance agreed by more than half of all members (全体委员过半数同意,
 * 法发〔2019〕20号). With 11 members a decision needs 6 votes, however many are present. "其他意见"
 * forms a decision only if more than half hold it (a decision text then says what it is).
 */
export function committeeOutcome(total: number, stances: readonly Stance[]): CommitteeOutcome {
  const t = tally(stances);
  const required = moreThanHalf(total);
  const stance = (["agree", "disagree", "other"] as const).find((s) => t[s] >= required) ?? null;
  return { stance, required, tally: t };
}

export interface AdviceOutcome {
  /** The stance more than half of those who spoke took; null: no majority view (意见分歧). */
  majority: Stance | null;
  /** The other stances taken, most held first. */
  minority: Stance[];
  tally: Tally;
  speakers: number;
}

/** 专业法官会议: 多数意见 and 少数意见 from the opinions given (法发〔2021〕2号). */
export function adviceOutcome(stances: readonly Stance[]): AdviceOutcome {
  const t = tally(stances);
  const speakers = stances.length;
  const need = moreThanHalf(speakers);
  const majority =
    speakers > 0 ? ((["agree", "disagree", "other"] as const).find((s) => t[s] >= need) ?? null) : null;
  const minority = (["agree", "disagree", "other"] as const)
    .filter((s) => s !== majority && t[s] > 0)
    .sort((a, b) => t[b] - t[a]);
  return { majority, minority, tally: t, speakers };
}

/**
 * Opinions are recorded in the speaking order: the `given` positions (0-based in the order) must
 * form a prefix of it — nobody's opinion before those who speak before them. Returns the first
 * speaker (index) who was skipped, or null when the order is kept.
 */
export function firstSkipped(orderLength: number, given: ReadonlySet<number>): number | null {
  let seenGap: number | null = null;
  for (let i = 0; i < orderLength; i += 1) {
    if (!given.has(i)) {
      if (seenGap === null) seenGap = i;
    } else if (seenGap !== null) return seenGap;
  }
  return null;
}
