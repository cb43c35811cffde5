/**
 * Writes the chain facts of cases whose values changed. The rows share few distinct values (a
 * non-root: 0, 0, 0; a root of two cases, enforced: 1, 2, 1 …), so they are written as one
 * `UPDATE … WHERE case_id IN (…)` per value and chunk of ids: each a search by primary key on
 * both databases (an UPDATE … FROM a VALUES list made SQLite scan case_facts once per batch).
 */
import type { Kysely } from "kysely";
import { maintainRollup } from "../rollup/rollup.js";
import type { Database } from "../schema.js";

export interface ChainFactsRow {
  caseId: number;
  chainRoot: number;
  chainCases: number;
  enforcedByCase: number;
}

const CHUNK = 1000;

export async function writeChainFacts(db: Kysely<Database>, rows: readonly ChainFactsRow[]): Promise<void> {
  const byValue = new Map<string, { value: Omit<ChainFactsRow, "caseId">; ids: number[] }>();
  for (const r of rows) {
    const key = `${r.chainRoot}|${r.chainCases}|${r.enforcedByCase}`;
    let g = byValue.get(key);
    if (!g) {
      g = {
        value: { chainRoot: r.chainRoot, chainCases: r.chainCases, enforcedByCase: r.enforcedByCase },
        ids: [],
      };
      byValue.set(key, g);
    }
    g.ids.push(r.caseId);
  }
  // The monthly rollup follows the changed rows, in the caller's transaction.
  await maintainRollup(
    db,
    rows.map((r) => r.caseId),
    async () => {
      for (const { value, ids } of byValue.values()) {
        for (let i = 0; i < ids.length; i += CHUNK) {
          await db
            .updateTable("case_facts")
            .set({
              chain_root: value.chainRoot,
              chain_cases: value.chainCases,
              enforced_by_case: value.enforcedByCase,
            })
            .where("case_id", "in", ids.slice(i, i + CHUNK))
            .execute();
        }
      }
    },
  );
}
