/**
 * The people who act in shenguan: their roles (审管办, 院领导, 庭长, 法官, 立案/书记员, 系统管理员) and
 * what an acting person carries — the division they lead or sit in, and the name used for them in
 * 承办人.
 */
import type { Position } from "../people/positions.js";

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
  /** 庭长: the division they lead; 法官: the division they sit in. */
  division?: string | null;
  /** 法官: the name used in 承办人. */
  judgeName?: string | null;
  /**
   * The court the account belongs to (法院代字), and the courts it sees: that court and every court
   * under it (src/domain/court/hierarchy.ts). Absent (null) on a one-court installation's accounts:
   * they see the whole database, as before courts were kept.
   */
  court?: string | null;
  courts?: readonly string[] | null;
  /** A demo court's account (its password is listed on the sign-in page). */
  demo?: boolean;
  /** The name people know them by (the linked staff member's, else the account's display name). */
  name?: string;
  /** The staff member the account is linked to (人员), if any. */
  staffId?: number | null;
  /** Positions (职务) of the linked staff member; without a link, those the role implies. */
  positions?: readonly Position[];
  /** 审判委员会委员 */
  committeeMember?: boolean;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * The positions an account holds when it is linked to no staff member: what its role implies
 * (a 庭长 account acts as 庭长, an 审管办 account as 审管办 …).
 */
export const ROLE_POSITIONS: Record<Role, readonly Position[]> = {
  admin: [],
  office: ["office"],
  president: ["president"],
  chief: ["chief"],
  judge: ["judge"],
  clerk: ["clerk"],
};
