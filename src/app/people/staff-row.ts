/** A staff member as the register's screen shows them, with what the reader may do to them now. */
import { type Actor, type StaffAction, staffActions } from "../../domain/auth/index.js";
import { POSITION_NAMES, type Position } from "../../domain/people/positions.js";
import type { StaffMember } from "../../domain/people/staff.js";

export interface StaffRow {
  id: number;
  staffNo: string;
  name: string;
  division: string;
  positions: Position[];
  /** The positions in Chinese (庭长、员额法官). */
  positionNames: string[];
  committeeMember: boolean;
  active: boolean;
  /** The member's court (法院代字: the register's, else their account's); null: no particular court. */
  courtCode: string | null;
  /** The accounts linked to this member. */
  accounts: string[];
  actions: StaffAction[];
}

export function staffRow(actor: Actor, s: StaffMember, accounts: string[] = []): StaffRow {
  return {
    id: s.id,
    staffNo: s.staffNo,
    name: s.name,
    division: s.division,
    positions: [...s.positions],
    positionNames: s.positions.map((p) => POSITION_NAMES[p]),
    committeeMember: s.committeeMember,
    active: s.active,
    courtCode: s.courtCode,
    accounts,
    actions: staffActions(actor, { division: s.division, active: s.active, courtCode: s.courtCode }),
  };
}
