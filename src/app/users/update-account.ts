/**
 * The administrator changes an account — name, role, division, judge's name — or disables or
 * enables it. The account must stay usable (a chief has a division, a judge a name and a division),
 * and the court keeps one active administrator. Every change is in the audit log, before → after.
 */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { countActiveAdmins, findUserById, updateUserRow } from "../../db/users/users.js";
import { type Actor, accountProblem, demotionProblem, type Role } from "../../domain/auth/index.js";
import { ConflictError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type AccountRow, accountRef, accountRow } from "./account-row.js";

export interface AccountChange {
  displayName?: string;
  role?: Role;
  division?: string | null;
  judgeName?: string | null;
  disabled?: boolean;
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
  const demotion = demotionProblem(ref, after.role);
  if (demotion) throw new ConflictError(demotion);

  const set = {
    display_name: change.displayName?.trim() || row.display_name,
    role: after.role,
    division: after.division,
    judge_name: after.judgeName,
    disabled: change.disabled === undefined ? row.disabled : change.disabled ? 1 : 0,
  };
  await updateUserRow(handle, id, set);
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
      disabled: row.disabled === 1,
    },
    after: { ...after, displayName: set.display_name, disabled: set.disabled === 1 },
  });
  const updated = await findUserById(handle, id);
  if (!updated) throw new NotFoundError(`账号 ${id} 不存在`);
  return accountRow(actor, updated, await countActiveAdmins(handle));
}
