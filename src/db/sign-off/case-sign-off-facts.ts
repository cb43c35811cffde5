/**
 * What the database knows toward a case's 阅核 reasons: whether a 四类案件 supervision matter on it
 * is open, and whether an earlier draft of it was sent to the 专业法官会议 or the 审委会.
 */
import type { Db } from "../connect.js";

export async function caseSignOffFacts(
  handle: Db,
  caseId: number,
  kinds: { supervised: string; signOff: string },
): Promise<{ supervised: boolean; referredToMeeting: boolean; referredToCommittee: boolean }> {
  const supervised = await handle.db
    .selectFrom("matters")
    .select("id")
    .where("kind", "=", kinds.supervised)
    .where("case_id", "=", caseId)
    .where("closed_on", "is", null)
    .executeTakeFirst();
  const referred = await handle.db
    .selectFrom("matters")
    .select("state")
    .distinct()
    .where("kind", "=", kinds.signOff)
    .where("case_id", "=", caseId)
    .where("state", "in", ["referred-meeting", "referred-committee"])
    .execute();
  const states = new Set(referred.map((r) => r.state));
  return {
    supervised: supervised !== undefined,
    referredToMeeting: states.has("referred-meeting"),
    referredToCommittee: states.has("referred-committee"),
  };
}
