/** The administrator resets someone's password: a new random one, returned once, to be changed at the next sign-in. */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { countActiveAdmins, findUserById, setUserPassword } from "../../db/users/users.js";
import type { Actor } from "../../domain/auth/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { accountRef } from "./account-row.js";
import { hashPassword, randomPassword } from "./passwords.js";

export async function resetAccountPassword(
  actor: Actor,
  handle: Db,
  id: number,
): Promise<{ password: string }> {
  const row = await findUserById(handle, id);
  if (!row) throw new NotFoundError(`账号 ${id} 不存在`);
  mustAuthorize(actor, "reset-password", accountRef(row, await countActiveAdmins(handle)));
  const password = randomPassword();
  await setUserPassword(handle, id, await hashPassword(password), { mustChange: true });
  await appendAudit(handle.db, {
    user: actor.username,
    action: "reset-password",
    entity: "users",
    entityId: row.username,
  });
  return { password };
}
