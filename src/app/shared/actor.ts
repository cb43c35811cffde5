/** Actors the application makes for itself, and the actor of a signed-in account. */
import { type Actor, isRole, type Role } from "../../domain/auth/index.js";
import type { Position } from "../../domain/people/positions.js";

/** The actor for command-line use by whoever runs the process on the server. */
export function systemActor(name = "cli"): Actor {
  return { username: name, role: "admin" };
}

/** `a` (a role assumed to read figures for a policy already asked) within `of`'s own court. */
export function withinOwnCourt(of: Actor, a: Actor): Actor {
  return of.court ? { ...a, court: of.court, courts: [of.court] } : a;
}

/**
 * The system reading the whole of an actor's own court (for figures computed court-wide and then
 * cut to the reader's units, such as 考核): the whole database for an account not limited to
 * courts, else the account's own court only (units of different courts are not ranked together —
 * every court has a 民一庭).
 */
export function ownCourtSystemActor(actor: Actor): Actor {
  const a = systemActor(actor.username);
  if (actor.court) {
    a.court = actor.court;
    a.courts = [actor.court];
  }
  return a;
}

/** The staff member an account is linked to (人员), as the actor carries them. */
export interface LinkedStaff {
  id: number;
  name: string;
  positions: readonly Position[];
  committeeMember: boolean;
  /** A member no longer in post acts in no workflow (no positions, not on the committee). */
  active: boolean;
}

/**
 * The actor of an account. Linked to a staff member, it carries the member's name, positions and
 * committee seat; unlinked, its positions are those its role implies (ROLE_POSITIONS, filled in
 * where the workflow engine reads them).
 */
export function actorOf(u: {
  username: string;
  role: string;
  division: string | null;
  judgeName: string | null;
  /** The account's court, and the courts it sees (its own and those under it). */
  court?: string | null;
  courts?: readonly string[] | null;
  isDemo?: boolean;
  displayName?: string;
  staff?: LinkedStaff | null;
}): Actor {
  const role: Role = isRole(u.role) ? u.role : "clerk";
  const actor: Actor = {
    username: u.username,
    role,
    division: u.division,
    judgeName: u.judgeName,
    demo: u.isDemo === true,
  };
  if (u.court) {
    actor.court = u.court;
    actor.courts = u.courts ?? [u.court];
  }
  if (u.displayName) actor.name = u.displayName;
  if (u.staff) {
    actor.name = u.staff.name;
    actor.staffId = u.staff.id;
    actor.positions = u.staff.active ? [...u.staff.positions] : [];
    actor.committeeMember = u.staff.active && u.staff.committeeMember;
  }
  return actor;
}
