import { openAlertsOfCase } from "../../db/alerts/find-alert.js";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { type AlertRow, alertRow } from "./alert-row.js";

/** The open alerts of a case the actor has already been allowed to read (getCase). */
export async function listCaseAlerts(actor: Actor, handle: Db, caseId: number): Promise<AlertRow[]> {
  return (await openAlertsOfCase(handle, caseId)).map((a) => alertRow(actor, a));
}
