/**
 * The 繁简分流 settings (setting `triage-settings`, JSON) with the audit entry of every change, in
 * one transaction; and the history of changes read back from the audit trail.
 */
import { type AuditEntry, appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";

export const TRIAGE_SETTINGS_NAME = "triage-settings";

export async function writeTriageSettings(
  handle: Db,
  json: string,
  now: string,
  audit: AuditEntry,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("settings")
      .values({ name: TRIAGE_SETTINGS_NAME, value: json, updated_at: now })
      .onConflict((oc) => oc.column("name").doUpdateSet({ value: json, updated_at: now }))
      .execute();
    await appendAudit(trx, { ...audit, at: now });
  });
}

export interface StoredSettingChange {
  id: number;
  at: string;
  user: string;
  before: unknown;
  after: unknown;
}

const parse = (s: string | null): unknown => (s === null ? undefined : JSON.parse(s));

/** The changes of the settings, newest first. */
export async function readTriageSettingsHistory(
  handle: Db,
  options: { limit: number; offset: number },
): Promise<{ total: number; rows: StoredSettingChange[] }> {
  const base = handle.db
    .selectFrom("audit_log")
    .where("entity", "=", "setting")
    .where("entity_id", "=", TRIAGE_SETTINGS_NAME);
  const count = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const rows = await base
    .select(["id", "at", "user_name", "before_json", "after_json"])
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      user: r.user_name,
      before: parse(r.before_json),
      after: parse(r.after_json),
    })),
  };
}
