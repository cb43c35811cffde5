/** The 并案审理建议 (workflow kind batch-trial) on record, with the cases each links. */
import { BATCH_TRIAL_KIND_ID } from "../../domain/batches/index.js";
import type { Db } from "../connect.js";
import { Params, placeholderFor, readRows } from "../sql.js";

export interface BatchProposalRecord {
  id: number;
  state: string;
  openedOn: string;
  initiator: string;
  data: Record<string, unknown>;
  caseIds: number[];
}

/** Every proposal (there are few: one per group the court looked at), oldest first. */
export async function readBatchProposals(handle: Db): Promise<BatchProposalRecord[]> {
  const params = new Params(placeholderFor(handle));
  const kind = params.add(BATCH_TRIAL_KIND_ID);
  const rows = await readRows<{
    id: number;
    state: string;
    opened_on: string;
    initiator: string;
    data_json: string;
    case_id: number | null;
  }>(
    handle,
    `SELECT m.id AS id, m.state AS state, m.opened_on AS opened_on, m.initiator AS initiator,
  m.data_json AS data_json, l.entity_id AS case_id
FROM matters m LEFT JOIN matter_links l ON l.matter_id = m.id AND l.entity = 'case'
WHERE m.kind = ${kind}
ORDER BY m.id, l.entity_id`,
    params.values,
  );
  const out = new Map<number, BatchProposalRecord>();
  for (const r of rows) {
    const id = Number(r.id);
    let p = out.get(id);
    if (!p) {
      let data: Record<string, unknown> = {};
      try {
        data = JSON.parse(r.data_json) as Record<string, unknown>;
      } catch {
        data = {};
      }
      p = { id, state: r.state, openedOn: r.opened_on, initiator: r.initiator, data, caseIds: [] };
      out.set(id, p);
    }
    if (r.case_id !== null) p.caseIds.push(Number(r.case_id));
  }
  return [...out.values()];
}
