/** A refused request in the audit log: who, what, and why. */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";

export async function recordRefusal(
  handle: Db,
  r: { user: string; role?: string; what: string; reason: string },
): Promise<void> {
  await appendAudit(handle.db, {
    user: r.user,
    action: "forbidden",
    entity: "http",
    entityId: r.what.slice(0, 500),
    detail: { role: r.role, reason: r.reason },
  });
}
