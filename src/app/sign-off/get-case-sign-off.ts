/**
 * A case's 阅核: whether its drafts need it and why (the case page's “须阅核” with the reasons),
 * its drafts, and whether the reader may submit one now.
 */
import { findCaseRow } from "../../db/cases/find-case.js";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { SIGN_OFF_KIND } from "../../domain/sign-off/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { caseReasons, type DeclaredFacts, declaredOf } from "./case-reasons.js";
import type { DraftRow } from "./draft-row.js";
import { loadDraftMatters, toDraftRows } from "./load-drafts.js";
import { readSignOffSettings } from "./sign-off-settings.js";

export interface CaseSignOff {
  caseId: number;
  caseNumber: string;
  /** 须阅核 */
  needed: boolean;
  reasons: { code: string; text: string; basis: string }[];
  /** The reader is the case's judge and no draft of it is in 阅核 now. */
  canSubmit: boolean;
  /** A draft of the case still in 阅核 (not signed off or referred), if any. */
  openDraft: number | null;
  drafts: DraftRow[];
}

export function isCaseJudge(actor: Actor, c: { division: string; judge: string }): boolean {
  return !!actor.judgeName && actor.judgeName === c.judge && actor.division === c.division;
}

export async function getCaseSignOff(
  actor: Actor,
  handle: Db,
  caseId: number,
  today: string,
): Promise<CaseSignOff> {
  const row = await findCaseRow(handle, caseId);
  if (!row) throw new NotFoundError(`未找到编号为 ${caseId} 的案件`);
  mustAuthorize(actor, "view-case", { courtCode: row.court_code, division: row.division, judge: row.judge });
  const settings = await readSignOffSettings(handle);
  const matters = await loadDraftMatters(handle, { caseId });
  const declared: DeclaredFacts = {};
  for (const m of matters) {
    const d = declaredOf(m.data);
    declared.remandRetrial ||= d.remandRetrial;
    declared.discussedByCommittee ||= d.discussedByCommittee;
    declared.discussedByMeeting ||= d.discussedByMeeting;
  }
  const reasons = await caseReasons(handle, row, declared, settings, today);
  const drafts = await toDraftRows(handle, matters, settings, today);
  const open = drafts.find((d) => !SIGN_OFF_KIND.states.find((s) => s.name === d.state)?.terminal);
  return {
    caseId: row.id,
    caseNumber: row.case_number,
    needed: reasons.length > 0,
    reasons,
    canSubmit: isCaseJudge(actor, row) && !open,
    openDraft: open?.id ?? null,
    drafts,
  };
}
