/** Staff rows (`staff`) as the domain sees them. */
import { type Selectable, sql } from "kysely";
import type { StaffInput, StaffMember } from "../../domain/people/staff.js";
import { formatStoredPositions, parseStoredPositions } from "../../domain/people/staff.js";
import type { StaffTable } from "../schema.js";

export type StaffRowDb = Selectable<StaffTable>;

/**
 * A member's court as it applies: the register's own (staff.court_code), else the court of their
 * linked account (the lowest code, should accounts of several courts be linked); null: none.
 */
export const staffCourtSql = sql<
  string | null
>`coalesce(staff.court_code, (select min(u.court_code) from users u where u.staff_id = staff.id))`;

/** A staff row, with its court as it applies (`staffCourtSql.as("effective_court")`) when read. */
export function toStaffMember(r: StaffRowDb & { effective_court?: string | null }): StaffMember {
  return {
    id: Number(r.id),
    staffNo: r.staff_no,
    name: r.name,
    division: r.division,
    positions: parseStoredPositions(r.positions),
    committeeMember: Number(r.committee_member) === 1,
    active: Number(r.active) === 1,
    courtCode: (r.effective_court !== undefined ? r.effective_court : r.court_code) ?? null,
  };
}

/**
 * The stored columns of a staff member (without id and timestamps); the court only when given (a
 * sheet row without one leaves a stored member's court as it is).
 */
export function staffColumns(s: StaffInput) {
  return {
    staff_no: s.staffNo,
    name: s.name,
    division: s.division,
    positions: formatStoredPositions(s.positions),
    committee_member: s.committeeMember ? 1 : 0,
    active: s.active ? 1 : 0,
    ...(s.courtCode !== undefined ? { court_code: s.courtCode } : {}),
  };
}
