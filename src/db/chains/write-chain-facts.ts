/**
 * Writes the chain facts of cases whose values changed (a non-root: 0, 0, 0; a root of two cases,
 * enforced: 1, 2, 1 …), one UPDATE per distinct value (updateFactsByValue).
 */
import type { Kysely } from "kysely";
import { updateFactsByValue } from "../facts/update-facts-by-value.js";
import type { Database } from "../schema.js";

export interface ChainFactsRow {
  caseId: number;
  chainRoot: number;
  chainCases: number;
  enforcedByCase: number;
}

export async function writeChainFacts(db: Kysely<Database>, rows: readonly ChainFactsRow[]): Promise<void> {
  await updateFactsByValue(db, rows, (r) => ({
    chain_root: r.chainRoot,
    chain_cases: r.chainCases,
    enforced_by_case: r.enforcedByCase,
  }));
}
