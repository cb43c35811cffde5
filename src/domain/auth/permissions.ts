/**
 * What each role may do at all (the grants behind the menus). Whether an actor may act on one
 * record in its current state is a policy (policies.ts), which starts from these grants.
 */
import type { Actor, Role } from "./roles.js";

export const PERMISSIONS = [
  "import",
  "refresh",
  "view-indicators",
  "view-cases",
  "view-alerts",
  "acknowledge-alerts",
  "manage-users",
  "bulletins",
  "manage-staff",
  "report-archive",
  "manage-jobs",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const GRANTS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  // The trial management office does everything but manage accounts.
  office: PERMISSIONS.filter((p) => p !== "manage-users"),
  president: [
    "view-indicators",
    "view-cases",
    "view-alerts",
    "acknowledge-alerts",
    "bulletins",
    "report-archive",
  ],
  chief: ["view-indicators", "view-cases", "view-alerts", "acknowledge-alerts", "report-archive"],
  // A judge answers the warnings on their own cases (督办), and does not clear them.
  judge: ["view-indicators", "view-cases", "view-alerts"],
  clerk: ["import"],
};

export function can(actor: Pick<Actor, "role">, permission: Permission): boolean {
  return GRANTS[actor.role].includes(permission);
}

export function permissionsOf(actor: Pick<Actor, "role">): Permission[] {
  return PERMISSIONS.filter((p) => can(actor, p));
}
