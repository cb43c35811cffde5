/**
 * Who is acting, and what they may do. Every use case checks permission on its first line; the
 * data scope (court, division, own cases) is applied inside the queries (scope.ts).
 */
export const ROLES = ["admin", "office", "president", "chief", "judge", "clerk"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  admin: "系统管理员",
  office: "审管办",
  president: "院领导",
  chief: "庭长",
  judge: "法官",
  clerk: "立案/书记员",
};

export interface Actor {
  username: string;
  role: Role;
  /** 庭长: the division they lead. */
  division?: string | null;
  /** 法官: the name used in 承办人. */
  judgeName?: string | null;
}

export const PERMISSIONS = [
  "import",
  "refresh",
  "view-indicators",
  "view-cases",
  "view-alerts",
  "acknowledge-alerts",
  "manage-users",
  "bulletins",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  // The trial management office does everything but manage accounts.
  office: PERMISSIONS.filter((p) => p !== "manage-users"),
  president: ["view-indicators", "view-cases", "view-alerts", "acknowledge-alerts", "bulletins"],
  chief: ["view-indicators", "view-cases", "view-alerts", "acknowledge-alerts"],
  judge: ["view-indicators", "view-cases", "view-alerts", "acknowledge-alerts"],
  clerk: ["import"],
};

export class PermissionError extends Error {
  constructor(
    readonly actor: Actor,
    readonly permission: Permission | "scope",
    message?: string,
  ) {
    super(message ?? `${actor.username}（${ROLE_NAMES[actor.role]}）无权执行此操作：${permission}`);
    this.name = "PermissionError";
  }
}

export function can(actor: Actor, permission: Permission): boolean {
  return GRANTS[actor.role].includes(permission);
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new PermissionError(actor, permission);
}

/** The actor for command-line use by whoever runs the process on the server. */
export function systemActor(name = "cli"): Actor {
  return { username: name, role: "admin" };
}
