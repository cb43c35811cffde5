/**
 * The courts an account sees (数据范围 by court): its own and those under it, among the courts the
 * database knows; every known court for an account not limited to courts (a one-court installation:
 * its one court). For the court picker of the dashboard, bulletins and reports.
 */
import type { Db } from "../../db/connect.js";
import { listCourts } from "../../db/courts/courts.js";
import type { Actor } from "../../domain/auth/index.js";
import { courtNodeOf } from "../../domain/court/hierarchy.js";

export interface CourtRow {
  /** 法院代字 */
  code: string;
  name: string;
  /** supreme | high | intermediate | basic | special */
  level: string;
  /** The court above it (法院代字), null for the SPC. */
  parentCode: string | null;
}

export async function listVisibleCourts(actor: Actor, handle: Db): Promise<{ rows: CourtRow[] }> {
  // Every signed-in account may know which courts it sees (no case data is read).
  const known = await listCourts(handle);
  const seen = actor.court ? new Set(actor.courts ?? [actor.court]) : null;
  const rows: CourtRow[] = known
    .filter((c) => seen === null || seen.has(c.code))
    .map((c) => ({ code: c.code, name: c.name, level: c.level, parentCode: c.parent_code }));
  // The account's own court, even before the database holds any of its cases.
  if (actor.court && !rows.some((r) => r.code === actor.court)) {
    const n = courtNodeOf(actor.court);
    rows.push({ code: n.code, name: n.name, level: n.level, parentCode: n.parentCode });
    rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
  return { rows };
}
