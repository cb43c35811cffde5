/** Staff rows (`staff`) as the domain sees them. */
import type { Selectable } from "kysely";
import type { StaffInput, StaffMember } from "../../domain/people/staff.js";
import { formatStoredPositions, parseStoredPositions } from "../../domain/people/staff.js";
import type { StaffTable } from "../schema.js";

export type StaffRowDb = Selectable<StaffTable>;

export function toStaffMember(r: StaffRowDb): StaffMember {
  return {
    id: Number(r.id),
    staffNo: r.staff_no,
    name: r.name,
    division: r.division,
    positions: parseStoredPositions(r.positions),
    committeeMember: Number(r.committee_member) === 1,
    active: Number(r.active) === 1,
  };
}

/** The stored columns of a staff member (without id and timestamps). */
export function staffColumns(s: StaffInput) {
  return {
    staff_no: s.staffNo,
    name: s.name,
    division: s.division,
    positions: formatStoredPositions(s.positions),
    committee_member: s.committeeMember ? 1 : 0,
    active: s.active ? 1 : 0,
  };
}
