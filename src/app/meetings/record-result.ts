/**
 * 记录讨论结果 on one item:
 * - 专业法官会议: every member present has spoken (the chair last); the 多数意见 and 少数意见 are
 *   computed from the opinions (法发〔2021〕2号) and recorded on the item, which goes to the panel
 *   (the judge in charge) to record whether it adopts the majority view.
 * - 审委会: refused without a quorum (more than half of all members present: 《人民法院组织法》
 *   第三十八条) and without a stance agreed by more than half of ALL members (法发〔2019〕20号); else
 *   the decision is recorded on the item (审委会已决定) with the votes — the panel must carry it out
 *   (《人民法院组织法》第三十九条).
 * The step is in the item's trace, and so on the case page.
 */
import type { Db } from "../../db/connect.js";
import { loadMeetingParts } from "../../db/meetings/load-meeting-parts.js";
import { updateMeeting } from "../../db/meetings/update-meeting.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import { findMatter } from "../../db/workflow/find-matter.js";
import type { Actor } from "../../domain/auth/index.js";
import { COMMITTEE_BASIS, JUDGES_BASIS, STANCE_NAMES, speakingOrder } from "../../domain/meetings/index.js";
import { ConflictError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { getMeeting, meetingRef, mustFindMeeting } from "./get-meeting.js";
import { itemOutcome, type MeetingView, quorumOf, speakers, stateLabel } from "./meeting-view.js";
import { itemStep } from "./system-step.js";

export async function recordResult(
  actor: Actor,
  handle: Db,
  meetingId: number,
  matterId: number,
  input: { decision?: string },
  today: string,
): Promise<MeetingView> {
  const meeting = await mustFindMeeting(handle, meetingId);
  mustAuthorize(actor, "run-meeting", meetingRef(meeting));
  const parts = await loadMeetingParts(handle, [meetingId]);
  if (!parts.agenda.some((a) => a.matterId === matterId))
    throw new InvalidInputError("matterId", `事项 ${matterId} 不在本次会议议程中`, matterId);
  const item = await findMatter(handle, matterId);
  if (item?.state !== "scheduled")
    throw new ConflictError(`该事项当前为“${stateLabel(item?.state ?? "")}”，不能再记录讨论结果`);
  const staff = new Map((await readStaffRegister(handle)).map((s) => [s.id, s]));
  const order = speakingOrder(speakers(parts.attendees, staff), meeting.chairStaffId);
  const opinions = parts.opinions.filter((o) => o.matterId === matterId);
  const spoke = new Set(opinions.map((o) => o.staffId));
  if (meeting.kind === "committee") {
    const q = quorumOf(parts.attendees);
    if (!q.met)
      throw new ConflictError(
        `出席委员未过半数，不能作出决定：审判委员会会议应当有全体委员的过半数出席（${COMMITTEE_BASIS}）。全体委员 ${q.total} 名，须至少 ${q.required} 名出席，现出席 ${q.present} 名`,
      );
    const outcome = itemOutcome("committee", q.total, opinions);
    if (!outcome.stance)
      throw new ConflictError(
        `未形成决定：审判委员会的决定须经全体委员过半数同意（${COMMITTEE_BASIS}）。全体委员 ${q.total} 名，须 ${outcome.required} 票以上；现同意 ${outcome.agree} 票、不同意 ${outcome.disagree} 票、其他意见 ${outcome.other} 票`,
      );
    const decision = (input.decision ?? "").trim();
    if (decision.length < 2 || decision.length > 4000)
      throw new InvalidInputError(
        "decision",
        `请填写审委会决定内容（2–4000 个字，现为 ${decision.length} 个字）`,
        input.decision ?? "",
      );
    await itemStep(
      actor,
      handle,
      matterId,
      "record-decision",
      {
        note: decision,
        decisionStance: STANCE_NAMES[outcome.stance],
        votes: `${outcome.text}（出席 ${q.present} 名）`,
      },
      today,
    );
  } else {
    const missing = order.filter((s) => !spoke.has(s.staffId));
    if (missing.length > 0)
      throw new ConflictError(
        `尚有出席人员未发表意见：${missing.map((s) => s.name).join("、")}。参加人员均发表意见后方能归纳多数意见和少数意见（${JUDGES_BASIS}）`,
      );
    const outcome = itemOutcome("judges", 0, opinions);
    const names = (stance: string) =>
      opinions
        .filter((o) => o.stance === stance)
        .map(
          (o) =>
            `${staff.get(o.staffId)?.name ?? ""}：${o.opinion || STANCE_NAMES[o.stance as keyof typeof STANCE_NAMES]}`,
        )
        .join("；");
    const minorityStances = (["agree", "disagree", "other"] as const).filter(
      (s) => s !== outcome.stance && opinions.some((o) => o.stance === s),
    );
    const summary = (input.decision ?? "").trim();
    await itemStep(
      actor,
      handle,
      matterId,
      "record-advice",
      {
        note: summary.length > 0 ? `${outcome.text}。${summary}` : outcome.text,
        majorityView: outcome.stance
          ? `${STANCE_NAMES[outcome.stance]}（${names(outcome.stance)}）`
          : "未形成多数意见",
        minorityViews: minorityStances.map((s) => `${STANCE_NAMES[s]}（${names(s)}）`).join("；"),
      },
      today,
    );
  }
  if (meeting.status !== "held")
    await updateMeeting(handle, meetingId, { status: "held" }, new Date().toISOString());
  return getMeeting(actor, handle, meetingId, today);
}
