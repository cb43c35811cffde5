/**
 * The demo court's meetings, through the meetings use cases (after the 四类 and 阅核 seeders, whose
 * referrals to the 专业法官会议 and the 审委会 have opened 上会事项 already):
 * - one supervised case referred to the 专业法官会议 by the office (a 四类 measure), one referred
 *   directly by its judge;
 * - a 专业法官会议 held on the as-of day: two items — the panel adopts the majority view on one, does
 *   not adopt it on the other, which the chief sends on to the 审委会;
 * - a 审委会 meeting held the same day (one member withdrawn, one absent; quorum and a majority of
 *   all members reached): the item sent on and one from 阅核 decided;
 * - an upcoming 专业法官会议 with an item on its agenda, and items left waiting.
 * Minutes are generated from the record on request.
 */

import type { Db } from "../../db/connect.js";
import { firstPendingCaseOf } from "../../db/meetings/first-pending-case-of.js";
import { itemMatters } from "../../db/meetings/item-matters.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import { listDemoUsers } from "../../db/users/users.js";
import type { StoredMatter } from "../../db/workflow/mapper.js";
import type { Actor } from "../../domain/auth/index.js";
import { formatIsoDate, parseIsoDate } from "../../domain/calendar/index.js";
import { MEETING_ITEM_KIND_ID } from "../../domain/meetings/index.js";
import type { StaffMember } from "../../domain/people/staff.js";
import { SUPERVISED_CASE_KIND_ID } from "../../domain/supervision/supervised-case-kind.js";
import { addItemToAgenda } from "../meetings/agenda.js";
import { createMeeting } from "../meetings/create-meeting.js";
import { meetingKindOf } from "../meetings/meeting-view.js";
import { nameAttendees } from "../meetings/name-attendees.js";
import { recordOpinions } from "../meetings/record-opinions.js";
import { recordResult } from "../meetings/record-result.js";
import { referCase } from "../meetings/refer-case.js";
import { actorOf } from "../shared/actor.js";
import { actOnMatter } from "../workflow/act-on-matter.js";
import { getMatter } from "../workflow/get-matter.js";

const MATERIALS = [
  {
    summary: "原告主张被告拖欠货款，被告以质量瑕疵抗辩并主张抵销",
    issues: "质量异议期间经过后买受人能否再主张质量抗辩",
    panelOpinion: "异议期间已过，被告的质量抗辩不予支持，判令支付全部货款",
    similarCases: "检索本院及上级法院近三年同类案件 6 件，4 件认定异议期间经过视为质量合格",
  },
  {
    summary: "十余名劳动者诉建筑公司及实际施工人追索劳务报酬",
    issues: "违法分包情形下发包方是否对劳务报酬承担连带责任",
    panelOpinion: "建筑公司在欠付工程款范围内承担连带责任",
    similarCases: "检索同类案件 9 件，裁判尺度不一",
  },
  {
    summary: "原告以借款合同纠纷起诉，被告主张系赌债",
    issues: "借贷合意及款项交付的证明标准",
    panelOpinion: "原告举证不足以证明借款交付，驳回诉讼请求",
  },
];

type Stance = "agree" | "disagree" | "other";

export async function seedDemoMeetings(handle: Db, asOf: string): Promise<void> {
  const users = await listDemoUsers(handle);
  const officeRow = users.find((u) => u.role === "office");
  if (!officeRow) return;
  const asActor = (u: (typeof users)[number]): Actor =>
    actorOf({
      username: u.username,
      role: u.role,
      division: u.division,
      judgeName: u.judge_name,
      displayName: u.display_name,
    });
  const office = asActor(officeRow);
  const staff = (await readStaffRegister(handle)).filter((s) => s.active);
  const president = staff.find((s) => s.positions.includes("president"));
  if (!president) return;
  /** The case's judge as an actor (the demo account where there is one). */
  const judgeOf = (m: StoredMatter): Actor => {
    const u = users.find((x) => x.role === "judge" && x.division === m.division && x.judge_name === m.judge);
    return u
      ? asActor(u)
      : {
          username: `judge:${m.judge}`,
          role: "judge",
          division: m.division,
          judgeName: m.judge,
          name: m.judge,
        };
  };
  const chiefOf = (division: string): Actor => {
    const u = users.find((x) => x.role === "chief" && x.division === division);
    return u
      ? asActor(u)
      : { username: `chief:${division}`, role: "chief", division, name: `${division}庭长` };
  };
  const items = async (state: string, kind: "judges" | "committee") =>
    (await itemMatters(handle, MEETING_ITEM_KIND_ID, { states: [state] })).filter(
      (m) => meetingKindOf(m) === kind,
    );
  const supply = async (m: StoredMatter, i: number) => {
    if (typeof m.data.summary === "string" && m.data.summary) return;
    const view = await getMatter(office, handle, m.id, asOf);
    await actOnMatter(
      judgeOf(m),
      handle,
      m.id,
      "supply-materials",
      view.version,
      MATERIALS[i % MATERIALS.length] as never,
      asOf,
    );
  };

  // A supervised case referred to the 专业法官会议 by the office (a 四类 measure).
  const [supervised] = await itemMatters(handle, SUPERVISED_CASE_KIND_ID, { states: ["supervised"] });
  if (supervised)
    await actOnMatter(
      office,
      handle,
      supervised.id,
      "judges-meeting",
      supervised.version,
      { note: "本案法律适用存在较大分歧，提交专业法官会议讨论" },
      asOf,
    );

  // The 专业法官会议: the first waiting items' division, chaired by its chief.
  const waitingJudges = await items("waiting", "judges");
  const first = waitingJudges[0];
  if (!first) return;
  const division = first.division;
  const chair = staff.find((s) => s.division === division && s.positions.includes("chief"));
  if (!chair) return;
  const judges = staff
    .filter((s) => s.id !== chair.id && s.positions.includes("judge") && !s.positions.includes("president"))
    .filter((s) => s.division === division)
    .slice(0, 4);
  const onAgenda = waitingJudges.slice(0, 2);
  for (const [i, m] of onAgenda.entries()) await supply(m, i);
  const meeting = await createMeeting(
    office,
    handle,
    meetingInput("judges", `${division}专业法官会议`, asOf, chair.id, office.username),
    asOf,
  );
  const members = [chair, ...judges];
  await nameAttendees(
    office,
    handle,
    meeting.id,
    members.map((s) => ({ staffId: s.id, role: "member", present: true })),
    asOf,
  );
  for (const m of onAgenda) await addItemToAgenda(office, handle, meeting.id, m.id, asOf);
  // Item 1: all but one agree — adopted. Item 2: the majority disagree — not adopted, sent on.
  const opinions = (stances: (i: number) => Stance) =>
    members.map((s, i) => ({ staffId: s.id, stance: stances(i), opinion: opinionText(stances(i)) }));
  for (const [k, m] of onAgenda.entries()) {
    await recordOpinions(
      office,
      handle,
      meeting.id,
      m.id,
      opinions((i) =>
        k === 0 ? (i === members.length - 1 ? "other" : "agree") : i === 0 ? "agree" : "disagree",
      ),
      asOf,
    );
    await recordResult(office, handle, meeting.id, m.id, {}, asOf);
    const v = await getMatter(office, handle, m.id, asOf);
    if (k === 0)
      await actOnMatter(
        judgeOf(m),
        handle,
        m.id,
        "adopt",
        v.version,
        { note: "合议庭复议后采纳多数意见" },
        asOf,
      );
    else {
      const na = await actOnMatter(
        judgeOf(m),
        handle,
        m.id,
        "not-adopt",
        v.version,
        { note: "合议庭复议后认为原意见更符合立法本意，不采纳多数意见" },
        asOf,
      );
      await actOnMatter(
        chiefOf(m.division),
        handle,
        m.id,
        "refer-committee",
        na.version,
        { note: "合议庭不采纳专业法官会议多数意见，移送审委会" },
        asOf,
      );
    }
  }

  // The 审委会: all members; one withdrawn, one absent; the items waiting for it (two at most).
  const committee = staff.filter((s) => s.committeeMember);
  // The item sent on from the 专业法官会议 first, then the oldest.
  const waitingCommittee = (await items("waiting", "committee"))
    .sort((a, b) => Number(b.data.source === "meeting") - Number(a.data.source === "meeting") || a.id - b.id)
    .slice(0, 2);
  if (committee.length >= 5 && waitingCommittee.length > 0) {
    for (const [i, m] of waitingCommittee.entries()) await supply(m, i + 1);
    const cm = await createMeeting(
      office,
      handle,
      meetingInput("committee", "审判委员会全体会议", asOf, president.id, office.username),
      asOf,
    );
    const others = committee.filter((s) => s.id !== president.id);
    const recused = others[others.length - 1] as StaffMember;
    const absent = others[others.length - 2];
    await nameAttendees(
      office,
      handle,
      cm.id,
      committee.map((s) => ({
        staffId: s.id,
        role: s.id === recused.id ? "recused" : "member",
        reason: s.id === recused.id ? "系本案合议庭成员的近亲属，依法回避" : "",
        present: s.id !== recused.id && s.id !== absent?.id,
      })),
      asOf,
    );
    for (const m of waitingCommittee) {
      await addItemToAgenda(office, handle, cm.id, m.id, asOf);
      const present = committee.filter((s) => s.id !== recused.id && s.id !== absent?.id);
      await recordOpinions(
        office,
        handle,
        cm.id,
        m.id,
        present.map((s, i) => ({
          staffId: s.id,
          stance: i === 0 ? ("disagree" as const) : ("agree" as const),
          opinion: i === 0 ? "建议进一步查明事实" : "同意合议庭意见",
        })),
        asOf,
      );
      await recordResult(
        office,
        handle,
        cm.id,
        m.id,
        { decision: "经讨论，同意合议庭意见，由合议庭依照审判委员会决定制作裁判文书" },
        asOf,
      );
    }
  }

  // An upcoming 专业法官会议 with an item on its agenda (referred directly by a demo judge).
  const judgeRow = users.find((u) => u.role === "judge" && u.judge_name && u.division);
  const upcoming = await createMeeting(
    office,
    handle,
    meetingInput(
      "judges",
      `${division}专业法官会议（下期）`,
      formatIsoDate(parseIsoDate(asOf) + 3),
      chair.id,
      office.username,
    ),
    asOf,
  );
  await nameAttendees(
    office,
    handle,
    upcoming.id,
    members.map((s) => ({ staffId: s.id, role: "member", present: true })),
    asOf,
  );
  if (judgeRow) {
    const j = asActor(judgeRow);
    const c = await firstPendingCaseOf(handle, judgeRow.judge_name as string, judgeRow.division as string);
    if (c !== undefined) {
      const referred = await referCase(
        j,
        handle,
        c,
        {
          meetingKind: "judges",
          ...(MATERIALS[2] as (typeof MATERIALS)[2]),
          note: "合议庭意见分歧，提请专业法官会议讨论",
        },
        asOf,
      );
      await addItemToAgenda(office, handle, upcoming.id, referred.id, asOf);
    }
  }
}

function opinionText(s: Stance): string {
  return s === "agree"
    ? "同意合议庭意见"
    : s === "disagree"
      ? "不同意合议庭意见，建议改变裁判思路"
      : "建议补充查明相关事实后再行评议";
}

function meetingInput(
  kind: "judges" | "committee",
  title: string,
  day: string,
  chairStaffId: number,
  secretary: string,
) {
  return {
    kind,
    title,
    scheduledOn: day,
    startTime: kind === "committee" ? "15:00" : "09:30",
    place: kind === "committee" ? "审判委员会会议室" : "第二会议室",
    chairStaffId,
    secretary,
  };
}
