/**
 * The office (or the administrator) adds a member to the staff register, in the court the form
 * names (within the courts the account keeps) or else the account's own (none for an account of the
 * whole database).
 */
import type { Db } from "../../db/connect.js";
import { findStaffById } from "../../db/people/find-staff.js";
import { insertStaff } from "../../db/people/write-staff.js";
import type { Actor } from "../../domain/auth/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { checkStaffForm, type StaffForm } from "./check-staff.js";
import { type StaffRow, staffRow } from "./staff-row.js";
import { recomputeUnknownJudgeAlerts } from "./unknown-judges.js";

export async function addStaff(
  actor: Actor,
  handle: Db,
  form: StaffForm,
  today = todayInChina(),
): Promise<StaffRow> {
  mustAuthorize(actor, "manage-staff");
  const s = await checkStaffForm(actor, handle, form);
  const id = await insertStaff(handle, s, new Date().toISOString(), {
    user: actor.username,
    action: "create",
    entity: "staff",
    entityId: s.staffNo,
    after: s,
  });
  await recomputeUnknownJudgeAlerts(handle, today);
  const stored = await findStaffById(handle, id);
  if (!stored) throw new NotFoundError(`人员 ${id} 不存在`);
  return staffRow(actor, stored);
}
