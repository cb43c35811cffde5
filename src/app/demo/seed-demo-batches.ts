/**
 * The demo court's 并案审理建议: the office proposes the largest 物业服务合同纠纷 group to the chief of
 * its main division, who has not decided yet (待庭长审批) — through the use case, so the matter, its
 * links to every case of the group, its trace and the chief's task are real. The other groups are
 * left to be proposed by hand. Deterministic: the groups are those of the demo's as-of day.
 */
import type { Db } from "../../db/connect.js";
import { listDemoUsers } from "../../db/users/users.js";
import { listBatches } from "../batches/list-batches.js";
import { proposeBatch } from "../batches/propose-batch.js";
import { actorOf } from "../shared/actor.js";

export async function seedDemoBatches(handle: Db, asOf: string): Promise<void> {
  const officeRow = (await listDemoUsers(handle)).find((u) => u.role === "office");
  if (!officeRow) return;
  const office = actorOf({
    username: officeRow.username,
    role: officeRow.role,
    division: officeRow.division,
    judgeName: officeRow.judge_name,
  });
  const groups = await listBatches(office, handle, { asOf, cause: "物业服务合同纠纷", side: "plaintiff" });
  const group = groups.rows.find((g) => g.actions.includes("propose-batch"));
  if (!group) return;
  await proposeBatch(
    office,
    handle,
    {
      key: group.key,
      reason: `${group.party}在 ${group.spanDays + 1} 日内起诉 ${group.caseCount} 名业主，案由相同、事实与证据基本相同，分由 ${group.judges.length} 名法官承办，建议并案审理，统一裁判尺度。`,
    },
    asOf,
  );
}
