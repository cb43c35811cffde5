/** Cases by number or id, with the few columns a lookup needs. */
import type { Db } from "../connect.js";

/** The case's id, division and judge, by its number (undefined when there is none). */
export async function findCaseByNumber(
  handle: Db,
  caseNumber: string,
): Promise<{ id: number; division: string; judge: string; courtCode: string } | undefined> {
  const row = await handle.db
    .selectFrom("cases")
    .select(["id", "division", "judge", "court_code"])
    .where("case_number", "=", caseNumber)
    .executeTakeFirst();
  return row
    ? { id: Number(row.id), division: row.division, judge: row.judge, courtCode: row.court_code }
    : undefined;
}

/** Filing date, closing date and cause of the given cases, read in chunks of 500 ids. */
export async function caseDatesByIds(
  handle: Db,
  ids: readonly number[],
): Promise<Map<number, { filedOn: string; closedOn: string | null; cause: string | null }>> {
  const out = new Map<number, { filedOn: string; closedOn: string | null; cause: string | null }>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await handle.db
      .selectFrom("cases")
      .select(["id", "filed_on", "closed_on", "cause"])
      .where("id", "in", ids.slice(i, i + 500))
      .execute();
    for (const r of rows)
      out.set(Number(r.id), { filedOn: r.filed_on, closedOn: r.closed_on, cause: r.cause });
  }
  return out;
}

/** Is there no case at all? */
export async function noCases(handle: Db): Promise<boolean> {
  const row = await handle.db.selectFrom("cases").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}

/** How many cases are stored. */
export async function countCases(handle: Db): Promise<number> {
  const r = await handle.db
    .selectFrom("cases")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** The case's number, division and judge, by its id (undefined when there is none). */
export async function findCaseRef(
  handle: Db,
  id: number,
): Promise<
  { id: number; caseNumber: string; division: string; judge: string; courtCode: string } | undefined
> {
  const row = await handle.db
    .selectFrom("cases")
    .select(["id", "case_number", "division", "judge", "court_code"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row
    ? {
        id: Number(row.id),
        caseNumber: row.case_number,
        division: row.division,
        judge: row.judge,
        courtCode: row.court_code,
      }
    : undefined;
}
