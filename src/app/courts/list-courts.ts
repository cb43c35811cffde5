/**
 * The courts an actor sees (GET /api/courts): for an account of a court, that court and the courts
 * under it (actor.courts); for a one-court installation's account (no court), every court the
 * database knows. Names, levels and parents from the courts table (the register's).
 */
import type { Db } from "../../db/connect.js";
import { listCourts } from "../../db/courts/courts.js";
import type { Actor } from "../../domain/auth/index.js";
import { courtNodeOf } from "../../domain/court/hierarchy.js";
import { mustAuthorize } from "../shared/policy.js";

export interface CourtRow {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export async function listVisibleCourts(actor: Actor, handle: Db): Promise<{ rows: CourtRow[] }> {
  mustAuthorize(actor, "view-indicators");
  const known = await listCourts(handle);
  const byCode = new Map(known.map((c) => [c.code, c]));
  const codes = actor.courts ? [...actor.courts].sort() : known.map((c) => c.code);
  return {
    rows: codes.map((code) => {
      const c = byCode.get(code);
      if (c) return { code, name: c.name, level: c.level, parentCode: c.parent_code };
      const n = courtNodeOf(code);
      return { code, name: n.name, level: n.level, parentCode: n.parentCode };
    }),
  };
}
