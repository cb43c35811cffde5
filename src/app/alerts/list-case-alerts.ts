import { openAlertsOfCase } from "../../db/alerts/find-alert.js";
import type { Db } from "../../db/connect.js";
import type { Actor, CaseRef } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { type AlertRow, alertRows } from "./alert-row.js";

/** The open alerts of a case, for a reader who may see the case. */
export async function listCaseAlerts(
  actor: Actor,
  handle: Db,
  c: CaseRef & { id: number },
): Promise<AlertRow[]> {
  mustAuthorize(actor, "view-case", c);
  return alertRows(actor, handle, await openAlertsOfCase(handle, c.id));
}
