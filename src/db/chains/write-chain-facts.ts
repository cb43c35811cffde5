/** Writes the chain facts of cases whose values changed, in batches of one UPDATE … FROM each. */
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.js";

export interface ChainFactsRow {
  caseId: number;
  chainRoot: number;
  chainCases: number;
  enforcedByCase: number;
}

const BATCH = 500;

export async function writeChainFacts(db: Kysely<Database>, rows: readonly ChainFactsRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    // Parameters in VALUES are untyped on PostgreSQL: cast them to integers.
    const values = sql.join(
      batch.map(
        (r) =>
          sql`(cast(${r.caseId} as integer), cast(${r.chainRoot} as integer), cast(${r.chainCases} as integer), cast(${r.enforcedByCase} as integer))`,
      ),
    );
    await sql`with v (case_id, chain_root, chain_cases, enforced_by_case) as (values ${values})
      update case_facts set chain_root = v.chain_root, chain_cases = v.chain_cases,
        enforced_by_case = v.enforced_by_case
      from v where case_facts.case_id = v.case_id`.execute(db);
  }
}
