/** What the facts say about the data as a whole, and the divisions and judges within a scope. */
import type { Db } from "../connect.js";
import { compileFilters, type Filter } from "../indicators/compile.js";
import { placeholderFor, readRows } from "../sql.js";

export async function factsRange(
  handle: Db,
): Promise<{ firstFiled: string | null; lastFiled: string | null; asOf: string | null }> {
  const range = await handle.db
    .selectFrom("case_facts")
    .select([
      (eb) => eb.fn.min("filed_on").as("first"),
      (eb) => eb.fn.max("filed_on").as("last"),
      (eb) => eb.fn.max("as_of").as("asOf"),
    ])
    .executeTakeFirst();
  return {
    firstFiled: (range?.first as string | null) ?? null,
    lastFiled: (range?.last as string | null) ?? null,
    asOf: (range?.asOf as string | null) ?? null,
  };
}

/** Every (division, judge) pair of the facts within the filters, sorted; `none` reads nothing. */
export async function divisionJudgePairs(
  handle: Db,
  filters: Filter[] | "none",
): Promise<{ division: string; judge: string }[]> {
  const params: unknown[] = [];
  const where = filters === "none" ? "1 = 0" : compileFilters(filters, placeholderFor(handle), params);
  return readRows<{ division: string; judge: string }>(
    handle,
    `SELECT DISTINCT f.division AS division, f.judge AS judge FROM case_facts f WHERE ${where} ORDER BY f.division, f.judge`,
    params,
  );
}
