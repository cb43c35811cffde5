import type { Db } from "../../db/connect.js";
import { anyUserWithRole } from "../../db/users/users.js";
import { createUserUnchecked } from "./create-user.js";
import { randomPassword } from "./passwords.js";

/** On first start: an administrator with a random password, returned once to be printed. */
export async function ensureAdministrator(
  handle: Db,
): Promise<{ username: string; password: string } | undefined> {
  if (await anyUserWithRole(handle, "admin")) return undefined;
  const password = randomPassword();
  await createUserUnchecked(handle, {
    username: "admin",
    displayName: "系统管理员",
    role: "admin",
    password,
    mustChangePassword: false,
  });
  return { username: "admin", password };
}
