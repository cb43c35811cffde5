/** Marks an alert acknowledged (with its note, who and when) and records it in the audit log, together. */
import { appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";
import type { StoredAlert } from "./mapper.js";

export async function acknowledgeAlertRow(
  handle: Db,
  alert: Pick<StoredAlert, "id" | "key" | "state" | "note">,
  by: { username: string; note: string; at: string },
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("alerts")
      .set({ state: "acknowledged", note: by.note, acknowledged_by: by.username, acknowledged_at: by.at })
      .where("id", "=", alert.id)
      .execute();
    await appendAudit(trx, {
      at: by.at,
      user: by.username,
      action: "acknowledge",
      entity: "alerts",
      entityId: alert.key,
      before: { state: alert.state, note: alert.note },
      after: { state: "acknowledged", note: by.note },
    });
  });
}
