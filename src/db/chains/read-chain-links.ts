/**
 * The cases the chain pass must look at, with their current chain facts: every case with a
 * 原审案号, every case such a link names, and every case whose chain facts differ from those of a
 * lone case (so a link removed since resets them). The set is closed under links, so the forest
 * built from it is the forest of the whole court restricted to linked cases; every other case is
 * a chain of one and keeps the columns' defaults (migration 0018). The last term is answered by
 * the partial index case_facts_chained.
 */
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.js";

export interface ChainLinkRow {
  id: number;
  caseNumber: string;
  originCaseNumber: string | null;
  typeCode: string;
  filedOn: string;
  chainRoot: number;
  chainCases: number;
  enforcedByCase: number;
}

export async function readChainLinks(db: Kysely<Database>): Promise<ChainLinkRow[]> {
  const r = await sql<{
    id: number | string;
    case_number: string;
    origin_case_number: string | null;
    type_code: string;
    filed_on: string;
    chain_root: number | string;
    chain_cases: number | string;
    enforced_by_case: number | string;
  }>`with linked (id) as (
      select id from cases where origin_case_number is not null
      union
      select o.id from cases o
        where o.case_number in (select origin_case_number from cases where origin_case_number is not null)
      union
      select case_id from case_facts where chain_root = 0 or chain_cases <> 1 or enforced_by_case = 1
    )
    select c.id, c.case_number, c.origin_case_number, c.type_code, c.filed_on,
      f.chain_root, f.chain_cases, f.enforced_by_case
    from linked l
    join cases c on c.id = l.id
    join case_facts f on f.case_id = c.id`.execute(db);
  return r.rows.map((x) => ({
    id: Number(x.id),
    caseNumber: x.case_number,
    originCaseNumber: x.origin_case_number,
    typeCode: x.type_code,
    filedOn: x.filed_on,
    chainRoot: Number(x.chain_root),
    chainCases: Number(x.chain_cases),
    enforcedByCase: Number(x.enforced_by_case),
  }));
}
