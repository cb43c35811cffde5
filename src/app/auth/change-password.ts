/**
 * Changing one's own password: the current one is asked again; the new one is at least 8
 * characters, not the old one and not the account name. Clears "must change" (a first sign-in or
 * an administrator's reset); the user's other sessions end, this one goes on.
 */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { findUserById, setUserPassword } from "../../db/users/users.js";
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { checkPassword, hashPassword, passwordMatches } from "../users/passwords.js";
import { sessionHash } from "./sessions.js";

export async function changeOwnPassword(
  handle: Db,
  input: { userId: number; sessionToken: string; current: string; next: string },
): Promise<void> {
  const row = await findUserById(handle, input.userId);
  if (!row || row.disabled) throw new NotFoundError("账号不存在或已停用");
  if (!(await passwordMatches(row.password_hash, input.current)))
    throw new InvalidInputError("current", "当前密码不正确");
  checkPassword(input.next);
  if (input.next === input.current) throw new InvalidInputError("next", "新密码不能与当前密码相同");
  if (input.next.toLowerCase() === row.username.toLowerCase())
    throw new InvalidInputError("next", "新密码不能与用户名相同");
  await setUserPassword(handle, row.id, await hashPassword(input.next), {
    mustChange: false,
    keepSessionHash: sessionHash(input.sessionToken),
  });
  await appendAudit(handle.db, {
    user: row.username,
    action: "change-password",
    entity: "users",
    entityId: row.username,
  });
}
