/** The recipient scopes of a job now: from the accounts, the staff register and division_leaders. */
import type { Db } from "../../db/connect.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import { readDivisionOrder } from "../../db/settings/division-order.js";
import { listUserRows } from "../../db/users/users.js";
import { divisionComparator } from "../../domain/court/division-order.js";
import { recipientScopes, type ScopeRecipients } from "../../domain/jobs/recipients.js";
import { readDivisionLeaders } from "../people/leaders.js";

export async function jobRecipients(handle: Db, perDivision: boolean): Promise<ScopeRecipients[]> {
  const [users, staff, order] = await Promise.all([
    listUserRows(handle),
    readStaffRegister(handle),
    readDivisionOrder(handle),
  ]);
  // A broken division_leaders setting must not stop the reports: the chiefs still get theirs.
  const leaders = await readDivisionLeaders(handle).catch(() => ({}));
  return recipientScopes({
    accounts: users.map((u) => ({
      username: u.username,
      role: u.role,
      division: u.division,
      disabled: Number(u.disabled) === 1,
      staffId: u.staff_id === null ? null : Number(u.staff_id),
    })),
    staff: staff.map((s) => ({
      id: s.id,
      division: s.division,
      positions: s.positions,
      active: s.active,
      staffNo: s.staffNo,
    })),
    divisionLeaders: leaders,
    perDivision,
    byDivision: divisionComparator(order),
  });
}
