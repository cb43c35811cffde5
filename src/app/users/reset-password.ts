/** Setting a new password (the user's sessions end). */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { setPasswordHash } from "../../db/users/users.js";
import { InvalidInputError } from "../shared/errors.js";
import { checkPassword, hashPassword } from "./passwords.js";

/** Without a policy check: the CLI on the server. */
export async function resetPasswordUnchecked(handle: Db, username: string, password: string): Promise<void> {
  checkPassword(password);
  if (!(await setPasswordHash(handle, username, await hashPassword(password))))
    throw new InvalidInputError("username", `用户 ${username} 不存在`);
  await appendAudit(handle.db, {
    user: "system",
    action: "reset-password",
    entity: "users",
    entityId: username,
  });
}
