/** A page of the staff register, filtered by division, name or 工号 text, and being in post. */
import { sql } from "kysely";
import type { StaffMember } from "../../domain/people/staff.js";
import type { Db } from "../connect.js";
import { staffCourtSql, toStaffMember } from "./mapper.js";

export interface StaffFilter {
  /**
   * Only members of these courts (法院代字): by the register's court, else their linked account's
   * (a member of no court and without an account is of none of them).
   */
  courts?: readonly string[];
  division?: string;
  /** Part of the name or the 工号. */
  q?: string;
  active?: boolean;
}

export async function listStaffPage(
  handle: Db,
  filter: StaffFilter,
  page: { page: number; pageSize: number },
): Promise<{ total: number; rows: (StaffMember & { accounts: string[] })[] }> {
  let q = handle.db.selectFrom("staff");
  if (filter.courts) {
    const courts = [...filter.courts];
    q = q.where((eb) => eb(staffCourtSql, "in", courts));
  }
  if (filter.division) q = q.where("division", "=", filter.division);
  if (filter.active !== undefined) q = q.where("active", "=", filter.active ? 1 : 0);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`(name like ${like} escape '\\' or staff_no like ${like} escape '\\')`);
  }
  const count = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const rows = await q
    .selectAll()
    .select(staffCourtSql.as("effective_court"))
    .orderBy("division")
    .orderBy("staff_no")
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  const ids = rows.map((r) => Number(r.id));
  const linked =
    ids.length === 0
      ? []
      : await handle.db
          .selectFrom("users")
          .select(["username", "staff_id"])
          .where("staff_id", "in", ids)
          .orderBy("username")
          .execute();
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({
      ...toStaffMember(r),
      accounts: linked.filter((u) => Number(u.staff_id) === Number(r.id)).map((u) => u.username),
    })),
  };
}
