/** Every account, for the administrator. */
import type { Db } from "../../db/connect.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import { countActiveAdmins, listUserRows } from "../../db/users/users.js";
import { type Actor, managesAccount } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { type AccountRow, accountRow } from "./account-row.js";

export async function listAccounts(actor: Actor, handle: Db): Promise<{ rows: AccountRow[] }> {
  mustAuthorize(actor, "manage-users");
  const admins = await countActiveAdmins(handle);
  const staff = new Map((await readStaffRegister(handle)).map((m) => [m.id, m]));
  return {
    // An administrator of a court sees the accounts of the courts they see.
    rows: (await listUserRows(handle))
      .filter((r) => managesAccount(actor, { court: r.court_code ?? null }))
      .map((r) =>
        accountRow(actor, r, admins, r.staff_id == null ? undefined : staff.get(Number(r.staff_id))),
      ),
  };
}
