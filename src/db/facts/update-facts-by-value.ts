/**
 * Writes some columns of `case_facts` for the cases whose values changed. Such rows share few
 * distinct values (a chain's non-root: 0, 0, 0; a fast-track case not transferred back …), so they
 * are written as one `UPDATE … WHERE case_id IN (…)` per distinct value and chunk of ids: each a
 * search by primary key on both databases (an UPDATE … FROM a VALUES list made SQLite scan
 * case_facts once per batch). The monthly rollup follows the changed rows, in the caller's
 * transaction.
 */
import type { Kysely, Updateable } from "kysely";
import { maintainRollup } from "../rollup/rollup.js";
import type { Database } from "../schema.js";

const CHUNK = 1000;

export type FactsColumns = Updateable<Database["case_facts"]>;

export async function updateFactsByValue<R extends { caseId: number }>(
  db: Kysely<Database>,
  rows: readonly R[],
  columnsOf: (row: R) => FactsColumns,
): Promise<void> {
  const byValue = new Map<string, { set: FactsColumns; ids: number[] }>();
  for (const r of rows) {
    const set = columnsOf(r);
    const key = JSON.stringify(set);
    let g = byValue.get(key);
    if (!g) {
      g = { set, ids: [] };
      byValue.set(key, g);
    }
    g.ids.push(r.caseId);
  }
  await maintainRollup(
    db,
    rows.map((r) => r.caseId),
    async () => {
      for (const { set, ids } of byValue.values())
        for (let i = 0; i < ids.length; i += CHUNK)
          await db
            .updateTable("case_facts")
            .set(set)
            .where("case_id", "in", ids.slice(i, i + CHUNK))
            .execute();
    },
  );
}
