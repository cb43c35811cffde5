/** Why a case's draft needs 阅核: what the database knows, what the judge declared, the settings. */

import type { Db } from "../../db/connect.js";
import { caseSignOffFacts } from "../../db/sign-off/case-sign-off-facts.js";
import {
  appointedOnFromSettings,
  needsSignOff,
  SIGN_OFF_KIND_ID,
  type SignOffReason,
  type SignOffSettings,
} from "../../domain/sign-off/index.js";

/** The 四类案件 supervision kind (its matters on a case mark it supervised). */
export const SUPERVISED_CASE_KIND_ID = "supervised-case";

/** What the judge says of the case when submitting (the database cannot tell). */
export interface DeclaredFacts {
  remandRetrial?: boolean;
  discussedByCommittee?: boolean;
  discussedByMeeting?: boolean;
}

export async function caseReasons(
  handle: Db,
  c: { id: number; division: string; judge: string },
  declared: DeclaredFacts,
  settings: SignOffSettings,
  today: string,
): Promise<SignOffReason[]> {
  const known = await caseSignOffFacts(handle, c.id, {
    supervised: SUPERVISED_CASE_KIND_ID,
    signOff: SIGN_OFF_KIND_ID,
  });
  return needsSignOff(
    {
      supervised: known.supervised,
      discussedByCommittee: known.referredToCommittee || declared.discussedByCommittee === true,
      discussedByMeeting: known.referredToMeeting || declared.discussedByMeeting === true,
      remandRetrial: declared.remandRetrial === true,
      judgeAppointedOn: appointedOnFromSettings(settings.firstYearJudges, {
        name: c.judge,
        division: c.division,
      }),
      on: today,
    },
    settings,
  );
}

/** What earlier drafts of the case declared (a remand retrial stays one for its next draft). */
export function declaredOf(data: Readonly<Record<string, unknown>>): DeclaredFacts {
  const d = data.declared;
  if (typeof d !== "object" || d === null) return {};
  const r = d as Record<string, unknown>;
  return {
    remandRetrial: r.remandRetrial === true,
    discussedByCommittee: r.discussedByCommittee === true,
    discussedByMeeting: r.discussedByMeeting === true,
  };
}
