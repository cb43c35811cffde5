/**
 * The chain pass (案-件比): after facts are written, builds the forest of linked cases from the
 * 原审案号 links (src/domain/chains) and writes case_facts.chain_root, chain_cases and
 * enforced_by_case where they changed. Runs over the whole court after every refresh, full or for
 * the cases an import touched, so a link to a case imported later resolves then. Reads only the
 * linked cases (a lone case keeps the columns' defaults), in the caller's transaction.
 */
import type { Kysely } from "kysely";
import { readChainLinks } from "../../db/chains/read-chain-links.js";
import { type ChainFactsRow, writeChainFacts } from "../../db/chains/write-chain-facts.js";
import type { Database } from "../../db/schema.js";
import { buildChainForest, chainFactsOf } from "../../domain/chains/forest.js";

export interface ChainPassResult {
  /** Cases in a chain of more than one case, or reset from one. */
  linked: number;
  /** Chains (roots) among them. */
  chains: number;
  /** Facts rows written. */
  written: number;
  ms: number;
}

export async function refreshChainFacts(db: Kysely<Database>): Promise<ChainPassResult> {
  const started = performance.now();
  const rows = await readChainLinks(db);
  const forest = buildChainForest(rows);
  const changed: ChainFactsRow[] = [];
  for (const r of rows) {
    const f = chainFactsOf(forest, r.id);
    if (f.chainRoot !== r.chainRoot || f.chainCases !== r.chainCases || f.enforcedByCase !== r.enforcedByCase)
      changed.push({ caseId: r.id, ...f });
  }
  await writeChainFacts(db, changed);
  return {
    linked: rows.length,
    chains: forest.chains.size,
    written: changed.length,
    ms: performance.now() - started,
  };
}
