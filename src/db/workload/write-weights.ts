/** Stores the case weights (setting `workload_weights`) with its audit entry, in one transaction. */
import { type AuditEntry, appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";

export async function writeWorkloadWeights(
  handle: Db,
  name: string,
  json: string,
  now: string,
  audit: AuditEntry,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("settings")
      .values({ name, value: json, updated_at: now })
      .onConflict((oc) => oc.column("name").doUpdateSet({ value: json, updated_at: now }))
      .execute();
    await appendAudit(trx, { ...audit, at: now });
  });
}
