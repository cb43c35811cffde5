/**
 * The cases the chain pass must look at, with their current chain facts: every case with a
 * 原审案号, every case such a link names, and every case whose chain facts differ from those of a
 * lone case (so a link removed since resets them). The set is closed under links, so the forest
 * built from it is the forest of the whole court restricted to linked cases; every other case is
 * a chain of one and keeps the columns' defaults (migration 0018). The last term is answered by
 * the partial index case_facts_chained.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";
import { forEachRowBatch } from "../sql.js";

const LINKED = `with linked (id) as (
      select id from cases where origin_case_number is not null
      union
      select o.id from cases o
        where o.case_number in (select origin_case_number from cases where origin_case_number is not null)
      union
      select case_id from case_facts where chain_root = 0 or chain_cases <> 1 or enforced_by_case = 1
    )`;

/** A linked case for the court-wide chain pass: its origin resolved to an id by case number. */
export interface ChainLinkIdRow {
  id: number | string;
  /** The case its 原审案号 names, when that number is a stored case; else null. */
  origin_id: number | string | null;
  type_code: string;
  filed_on: string;
  chain_root: number | string;
  chain_cases: number | string;
  enforced_by_case: number | string;
}

/**
 * The cases the chain pass must look at, in id order and a batch at a time (a server-side cursor on
 * PostgreSQL): a province has millions of them. The 原审案号 is resolved to the origin's id here
 * (case numbers are unique), so the pass keeps numbers, not strings.
 */
export async function forEachChainLinkBatch(
  db: Kysely<Database>,
  each: (rows: ChainLinkIdRow[]) => void,
): Promise<void> {
  await forEachRowBatch<ChainLinkIdRow>(
    db,
    `${LINKED}
    select c.id, o.id as origin_id, c.type_code, c.filed_on, f.chain_root, f.chain_cases, f.enforced_by_case
    from linked l
    join cases c on c.id = l.id
    join case_facts f on f.case_id = c.id
    left join cases o on o.case_number = c.origin_case_number
    order by c.id`,
    50_000,
    each,
  );
}
