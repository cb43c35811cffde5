/** Stores the 营商环境 definitions (a setting) with its audit entry, in one transaction. */
import { type AuditEntry, appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";

export async function writeDefinitionsSetting(
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
