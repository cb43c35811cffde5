/**
 * The administrator adds an account: a random initial password is returned once, to be handed
 * over, and must be changed at the first sign-in.
 */
import type { Db } from "../../db/connect.js";
import { countActiveAdmins, findUserById } from "../../db/users/users.js";
import type { Actor, Role } from "../../domain/auth/index.js";
import { NotFoundError } from "../shared/errors.js";
import { type AccountRow, accountRow } from "./account-row.js";
import { createUser } from "./create-user.js";
import { randomPassword } from "./passwords.js";

export async function addAccount(
  actor: Actor,
  handle: Db,
  input: {
    username: string;
    displayName?: string;
    role: Role;
    division?: string | null;
    judgeName?: string | null;
    court?: string | null;
  },
): Promise<{ account: AccountRow; password: string }> {
  const password = randomPassword();
  const id = await createUser(actor, handle, { ...input, password, mustChangePassword: true });
  const row = await findUserById(handle, id);
  if (!row) throw new NotFoundError(`账号 ${input.username} 不存在`);
  return { account: accountRow(actor, row, await countActiveAdmins(handle)), password };
}
