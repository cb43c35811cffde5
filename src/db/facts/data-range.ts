/** What the facts say about the data as a whole, and the divisions and judges within a scope. */
import { sql } from "kysely";
import type { Db } from "../connect.js";
import { isFederationNode } from "../federation/node.js";
import { compileFilters, type Filter } from "../indicators/compile.js";
import { placeholderFor, readRows } from "../sql.js";

export async function factsRange(
  handle: Db,
): Promise<{ firstFiled: string | null; lastFiled: string | null; asOf: string | null }> {
  if (await isFederationNode(handle)) {
    // On a federation node, per court (the partition key): each member computes its own courts'
    // bounds (aggregate pushed down) and the node takes the extremes of a few rows.
    const rows = await sql<{ first: string | null; last: string | null; as_of: string | null }>`
      select min(filed_on) as first, max(filed_on) as last, max(as_of) as as_of from case_facts group by court_code`.execute(
      handle.db,
    );
    const pick = (xs: (string | null)[], max: boolean) =>
      xs
        .filter((x): x is string => x !== null)
        .reduce<string | null>((a, x) => (a === null || (max ? x > a : x < a) ? x : a), null);
    return {
      firstFiled: pick(
        rows.rows.map((r) => r.first),
        false,
      ),
      lastFiled: pick(
        rows.rows.map((r) => r.last),
        true,
      ),
      asOf: pick(
        rows.rows.map((r) => r.as_of),
        true,
      ),
    };
  }
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
  if (await isFederationNode(handle)) {
    // Grouped by court as well (pushed down to each member), then made distinct here.
    const rows = await readRows<{ division: string; judge: string }>(
      handle,
      `SELECT f.division AS division, f.judge AS judge FROM case_facts f WHERE ${where} GROUP BY f.division, f.judge, f.court_code`,
      params,
    );
    const seen = new Map(rows.map((r) => [`${r.division}\u0000${r.judge}`, r]));
    return [...seen.values()].sort((a, b) =>
      a.division === b.division
        ? a.judge < b.judge
          ? -1
          : a.judge > b.judge
            ? 1
            : 0
        : a.division < b.division
          ? -1
          : 1,
    );
  }
  return readRows<{ division: string; judge: string }>(
    handle,
    `SELECT DISTINCT f.division AS division, f.judge AS judge FROM case_facts f WHERE ${where} ORDER BY f.division, f.judge`,
    params,
  );
}
