/**
 * What follows a step that refers a case to a meeting: the step is taken on its own workflow
 * (四类案件监管's measure 提交专业法官会议 / 提请审委会; 阅核's 提交专业法官会议 / 提请审委会 and the
 * escalations to them; a 上会事项's 移送审委会), then this opens the 上会事项 for the meeting,
 * linked to the case and to the matter the step was taken on. Called by actOnMatter after every
 * step; steps that refer nobody do nothing here.
 *
 * The two writes are not one transaction (the engine writes each step in its own); the step comes
 * first because it is the one that may be refused (409), and opening the item is a system step that
 * checks nothing the step has not.
 */
import type { Db } from "../../db/connect.js";
import type { StoredMatter } from "../../db/workflow/mapper.js";
import type { Actor } from "../../domain/auth/index.js";
import { MEETING_ITEM_KIND_ID, type MeetingKind, type ReferralSource } from "../../domain/meetings/index.js";
import { SIGN_OFF_KIND_ID } from "../../domain/sign-off/kind.js";
import { SUPERVISED_CASE_KIND_ID } from "../../domain/supervision/supervised-case-kind.js";
import { openMeetingItem } from "./open-item.js";
import { readMeetingSettings } from "./settings.js";
import { itemStep } from "./system-step.js";

/** Which meeting a step refers its case to, if any. */
export function referralOf(
  kind: string,
  action: string,
  toState: string,
): { meetingKind: MeetingKind; source: ReferralSource } | null {
  if (kind === SUPERVISED_CASE_KIND_ID) {
    if (action === "judges-meeting") return { meetingKind: "judges", source: "supervision" };
    if (action === "committee") return { meetingKind: "committee", source: "supervision" };
  }
  if (kind === SIGN_OFF_KIND_ID) {
    if (toState === "referred-meeting") return { meetingKind: "judges", source: "sign-off" };
    if (toState === "referred-committee") return { meetingKind: "committee", source: "sign-off" };
  }
  if (kind === MEETING_ITEM_KIND_ID && action === "refer-committee")
    return { meetingKind: "committee", source: "meeting" };
  return null;
}

/** Opens the 上会事项 a step asks for; returns its id, or null when the step refers nothing. */
export async function followReferral(
  actor: Actor,
  handle: Db,
  before: StoredMatter,
  step: { action: string; state: string; note: string },
  today: string,
): Promise<number | null> {
  const ref = referralOf(before.kind, step.action, step.state);
  if (ref) {
    // An item sent on from the 专业法官会议 carries its materials with it.
    const d = before.kind === MEETING_ITEM_KIND_ID ? before.data : {};
    const str = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : undefined);
    const view = await openMeetingItem(
      actor,
      handle,
      {
        ...ref,
        caseId: before.caseId,
        caseNumber: before.caseNumber,
        division: before.division,
        judge: before.judge,
        originMatterId: before.id,
        materials: {
          summary: str("summary"),
          issues: str("issues"),
          panelOpinion: str("panelOpinion"),
          similarCases: str("similarCases"),
        },
        note: step.note,
      },
      today,
      { system: true },
    );
    return view.id;
  }
  // The panel did not adopt the majority view: where the court's setting sends every such item on
  // to the 审委会, it goes at once (法发〔2021〕2号 leaves it to the court).
  if (before.kind === MEETING_ITEM_KIND_ID && step.action === "not-adopt") {
    const settings = await readMeetingSettings(handle);
    if (settings.nonAdoption === "committee") {
      await itemStep(
        actor,
        handle,
        before.id,
        "refer-committee",
        { note: "按本院设置，合议庭不采纳专业法官会议多数意见的，移送审委会讨论" },
        today,
      );
      const after = { ...before, state: "referred-committee" };
      return followReferral(
        actor,
        handle,
        after,
        { action: "refer-committee", state: "referred-committee", note: step.note },
        today,
      );
    }
  }
  return null;
}
