/**
 * The demo court's 分案决定: in each division with a chief, of the pending cases filed in the last
 * 30 days, the chief follows the suggestion on the oldest one and assigns the next one to another
 * judge (改派, with a reason); the office follows one more in the first division. The rest are left
 * undecided, so the 分案建议 panel has cases to decide. Each decision goes through the use case.
 */
import type { Db } from "../../db/connect.js";
import { listDemoUsers } from "../../db/users/users.js";
import type { Actor } from "../../domain/auth/index.js";
import { actorOf } from "../shared/actor.js";
import { listCasesToAssign } from "../workload/list-cases-to-assign.js";
import { recordAssignmentDecision } from "../workload/record-assignment-decision.js";
import { suggestAssignment } from "../workload/suggest-assignment.js";

export async function seedDemoWorkload(handle: Db, asOf: string): Promise<void> {
  const users = await listDemoUsers(handle);
  const actor = (u: (typeof users)[number]): Actor => ({
    ...actorOf({
      username: u.username,
      role: u.role,
      division: u.division,
      judgeName: u.judge_name,
      isDemo: true,
    }),
    name: u.display_name,
  });
  const chiefs = users
    .filter((u) => u.role === "chief" && u.division)
    .sort((a, b) => (a.username < b.username ? -1 : 1));
  const office = users.find((u) => u.role === "office");
  for (const [i, u] of chiefs.entries()) {
    const chief = actor(u);
    // Oldest first: the newest cases stay undecided.
    const cases = (await listCasesToAssign(chief, handle, {}, asOf)).rows.filter((c) => !c.decided).reverse();
    const [first, second, third] = cases;
    if (first) await recordAssignmentDecision(chief, handle, { caseId: first.caseId, followed: true }, asOf);
    if (second) {
      const s = await suggestAssignment(chief, handle, second.caseId, asOf);
      const other = s.candidates.find((c) => c.rank === 2);
      if (other)
        await recordAssignmentDecision(
          chief,
          handle,
          {
            caseId: second.caseId,
            followed: false,
            judge: other.judge,
            note: "该法官审理过本案关联案件，便于统一裁判尺度",
          },
          asOf,
        );
    }
    if (i === 0 && third && office)
      await recordAssignmentDecision(actor(office), handle, { caseId: third.caseId, followed: true }, asOf);
  }
}
