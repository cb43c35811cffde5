import { type Kysely, sql } from "kysely";

/**
 * Linked cases (案-件比): three facts columns, set by the chain pass after each facts refresh
 * (src/app/chains/refresh-chain-facts.ts) from the 原审案号 links between cases. Their defaults
 * are the values of a case linked to no other — its own root, a chain of one case, not enforced —
 * so a refresh that inserts facts rows leaves those right and the pass writes only cases in a chain.
 * - chain_root: 1 when the case is the root of its chain (the case that brought the dispute, 案).
 * - chain_cases: on a root, the number of cases (件) in its chain, itself included; 0 otherwise.
 * - enforced_by_case: 1 when a first-enforcement case (执) names this case as its origin.
 * A partial index lists the cases whose values differ from the defaults (src/db/chains/read-chain-links.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table case_facts add column chain_root integer not null default 1`.execute(db);
  await sql`alter table case_facts add column chain_cases integer not null default 1`.execute(db);
  await sql`alter table case_facts add column enforced_by_case integer not null default 0`.execute(db);
  // The cases whose chain facts differ from a lone case's: few, and read by every chain pass.
  await sql`create index case_facts_chained on case_facts (case_id)
    where chain_root = 0 or chain_cases <> 1 or enforced_by_case = 1`.execute(db);
}
