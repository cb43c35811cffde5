/**
 * The administrator changes an account — name, role, division, judge's name — or disables or
 * enables it. The account must stay usable (a chief has a division, a judge a name and a division),
 * and the court keeps one active administrator; it may be linked to a member of the staff register
 * (人员). Every change is in the audit log, before → after.
 */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { ensureCourts } from "../../db/courts/courts.js";
import { findStaffById } from "../../db/people/find-staff.js";
import { setAccountStaff } from "../../db/people/link-account.js";
import { countActiveAdmins, findUserById, updateUserRow } from "../../db/users/users.js";
import { type Actor, accountProblem, demotionProblem, type Role } from "../../domain/auth/index.js";
import { accountCourtProblem } from "../../domain/court/hierarchy.js";
import type { StaffMember } from "../../domain/people/staff.js";
import { ConflictError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type AccountRow, accountRef, accountRow } from "./account-row.js";

export interface AccountChange {
  displayName?: string;
  role?: Role;
  division?: string | null;
  judgeName?: string | null;
  /** The court (法院代字) the account belongs to; null: the whole database. */
  court?: string | null;
  disabled?: boolean;
  /** The staff member (人员) to link the account to; null unlinks it. */
  staffId?: number | null;
}

export async function updateAccount(
  actor: Actor,
  handle: Db,
  id: number,
  change: AccountChange,
): Promise<AccountRow> {
  const row = await findUserById(handle, id);
  if (!row) throw new NotFoundError(`账号 ${id} 不存在`);
  const admins = await countActiveAdmins(handle);
  const ref = accountRef(row, admins);
  mustAuthorize(actor, "edit-account", ref);
  if (change.disabled === true && !ref.disabled) mustAuthorize(actor, "disable-account", ref);
  if (change.disabled === false && ref.disabled) mustAuthorize(actor, "enable-account", ref);

  const after = {
    role: change.role ?? row.role,
    division: change.division !== undefined ? change.division || null : row.division,
    judgeName: change.judgeName !== undefined ? change.judgeName || null : row.judge_name,
  };
  const problem = accountProblem(after);
  if (problem) throw new InvalidInputError(problem[0], problem[1]);
  const court = change.court !== undefined ? change.court?.trim() || null : (row.court_code ?? null);
  if (change.court !== undefined) {
    const courtProblem = accountCourtProblem(actor.court, court);
    if (courtProblem) throw new InvalidInputError("court", courtProblem, change.court);
    if (court) await ensureCourts(handle.db, [court]);
  }
  const demotion = demotionProblem(ref, after.role);
  if (demotion) throw new ConflictError(demotion);

  const set = {
    display_name: change.displayName?.trim() || row.display_name,
    role: after.role,
    division: after.division,
    judge_name: after.judgeName,
    court_code: court,
    disabled: change.disabled === undefined ? row.disabled : change.disabled ? 1 : 0,
  };
  let staff: StaffMember | undefined;
  if (change.staffId !== undefined && change.staffId !== null) {
    staff = await findStaffById(handle, change.staffId);
    if (!staff)
      throw new InvalidInputError("staffId", `人员 ${change.staffId} 不在人员名册中`, change.staffId);
  }
  await updateUserRow(handle, id, set);
  const staffBefore = row.staff_id == null ? null : Number(row.staff_id);
  if (change.staffId !== undefined && change.staffId !== staffBefore) {
    await setAccountStaff(handle, id, change.staffId, {
      user: actor.username,
      action: "link-staff",
      entity: "users",
      entityId: row.username,
      before: { staffId: staffBefore },
      after: { staffId: change.staffId, staffNo: staff?.staffNo ?? null, name: staff?.name ?? null },
    });
  }
  await appendAudit(handle.db, {
    user: actor.username,
    action: "update",
    entity: "users",
    entityId: row.username,
    before: {
      displayName: row.display_name,
      role: row.role,
      division: row.division,
      judgeName: row.judge_name,
      court: row.court_code ?? null,
      disabled: row.disabled === 1,
    },
    after: { ...after, court, displayName: set.display_name, disabled: set.disabled === 1 },
  });
  const updated = await findUserById(handle, id);
  if (!updated) throw new NotFoundError(`账号 ${id} 不存在`);
  const linked = updated.staff_id == null ? undefined : await findStaffById(handle, Number(updated.staff_id));
  return accountRow(actor, updated, await countActiveAdmins(handle), linked);
}
