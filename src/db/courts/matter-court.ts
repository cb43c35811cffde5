/**
 * The court a workflow matter belongs to: its case's court, or (a matter tied to no case) the court
 * of the account that opened it; null when neither says (a one-court installation's account).
 */
import type { Db } from "../connect.js";

export async function matterCourt(
  handle: Db,
  m: { caseId: number | null; initiator: string },
): Promise<string | null> {
  if (m.caseId !== null) {
    const c = await handle.db
      .selectFrom("cases")
      .select("court_code")
      .where("id", "=", m.caseId)
      .executeTakeFirst();
    if (c) return c.court_code;
  }
  const u = await handle.db
    .selectFrom("users")
    .select("court_code")
    .where("username", "=", m.initiator)
    .executeTakeFirst();
  return u?.court_code ?? null;
}

/** The court of a case, by id (undefined when there is no such case). */
export async function caseCourt(handle: Db, caseId: number): Promise<string | undefined> {
  const c = await handle.db
    .selectFrom("cases")
    .select("court_code")
    .where("id", "=", caseId)
    .executeTakeFirst();
  return c?.court_code;
}

/** The courts of the given cases, by id (read in chunks of 500). */
export async function caseCourts(handle: Db, ids: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await handle.db
      .selectFrom("cases")
      .select(["id", "court_code"])
      .where("id", "in", unique.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(Number(r.id), r.court_code);
  }
  return out;
}

/**
 * The court of each of these workflow matters (as matterCourt: its case's, else its initiator's
 * account's; null when neither says), read in chunks of 500 ids.
 */
export async function matterCourts(handle: Db, ids: readonly number[]): Promise<Map<number, string | null>> {
  const out = new Map<number, string | null>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await handle.db
      .selectFrom("matters")
      .leftJoin("cases", "cases.id", "matters.case_id")
      .leftJoin("users", "users.username", "matters.initiator")
      .select(["matters.id as id", "cases.court_code as caseCourt", "users.court_code as userCourt"])
      .where("matters.id", "in", unique.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(Number(r.id), r.caseCourt ?? r.userCourt ?? null);
  }
  return out;
}
