/** Setting a new password from the server's command line (`shenguan user reset`): to be changed at the next sign-in. */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { findUserByName, setUserPassword } from "../../db/users/users.js";
import { InvalidInputError } from "../shared/errors.js";
import { checkPassword, hashPassword } from "./passwords.js";

/** Without a policy check: the CLI on the server. Every session of the account ends. */
export async function resetPasswordUnchecked(handle: Db, username: string, password: string): Promise<void> {
  checkPassword(password);
  const row = await findUserByName(handle, username);
  if (!row) throw new InvalidInputError("username", `用户 ${username} 不存在`);
  await setUserPassword(handle, row.id, await hashPassword(password), { mustChange: true });
  await appendAudit(handle.db, {
    user: "system",
    action: "reset-password",
    entity: "users",
    entityId: username,
  });
}
