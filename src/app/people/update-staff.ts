/**
 * The office (or the administrator) changes a member of the staff register, or marks them as no
 * longer in post (停用) or back in post. Nobody is deleted: old cases name them. A member is kept by
 * their own court (the register's, else their account's); a change of court stays within the
 * courts the account keeps, and the court as it applies is recorded with the change.
 */
import type { Db } from "../../db/connect.js";
import { findStaffById } from "../../db/people/find-staff.js";
import { accountsOfStaff } from "../../db/people/link-account.js";
import { updateStaff as writeStaff } from "../../db/people/write-staff.js";
import type { Actor } from "../../domain/auth/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { checkStaffForm, type StaffForm } from "./check-staff.js";
import { type StaffRow, staffRow } from "./staff-row.js";
import { recomputeUnknownJudgeAlerts } from "./unknown-judges.js";

export async function updateStaffMember(
  actor: Actor,
  handle: Db,
  id: number,
  change: Partial<StaffForm>,
  today = todayInChina(),
): Promise<StaffRow> {
  const before = await findStaffById(handle, id);
  if (!before) throw new NotFoundError(`人员 ${id} 不存在`);
  const ref = { division: before.division, active: before.active, courtCode: before.courtCode };
  mustAuthorize(actor, "edit-staff", ref);
  if (change.active === false && before.active) mustAuthorize(actor, "deactivate-staff", ref);
  if (change.active === true && !before.active) mustAuthorize(actor, "activate-staff", ref);
  const { id: _id, ...current } = before;
  const s = await checkStaffForm(actor, handle, { ...current, ...change }, id);
  await writeStaff(handle, id, s, new Date().toISOString(), {
    user: actor.username,
    action: "update",
    entity: "staff",
    entityId: before.staffNo,
    before: current,
    after: s,
  });
  await recomputeUnknownJudgeAlerts(handle, today);
  const after = await findStaffById(handle, id);
  if (!after) throw new NotFoundError(`人员 ${id} 不存在`);
  return staffRow(
    actor,
    after,
    (await accountsOfStaff(handle, id)).map((a) => a.username),
  );
}
