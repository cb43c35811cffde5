/** The audit trail (audit_log): who did what to which record, with the values before and after. */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

export interface AuditEntry {
  user: string;
  action: string;
  entity: string;
  entityId: string;
  /** Stored as JSON; absent is stored as null. */
  before?: unknown;
  after?: unknown;
  detail?: unknown;
  /** ISO timestamp; now when absent. */
  at?: string;
}

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

/** Appends one entry; pass the transaction when the change it records is in one. */
export async function appendAudit(db: Kysely<Database>, e: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      at: e.at ?? new Date().toISOString(),
      user_name: e.user,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId,
      before_json: json(e.before),
      after_json: json(e.after),
      detail: json(e.detail),
    })
    .execute();
}
