/** Acknowledging an alert (确认, with a note): the policy decides on the alert as it stands. */
import { acknowledgeAlertRow } from "../../db/alerts/acknowledge-alert.js";
import { findAlert } from "../../db/alerts/find-alert.js";
import type { Db } from "../../db/connect.js";
import { caseCourt } from "../../db/courts/matter-court.js";
import type { Actor } from "../../domain/auth/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type AlertRow, alertRows } from "./alert-row.js";

export async function acknowledgeAlert(
  actor: Actor,
  handle: Db,
  id: number,
  note: string,
): Promise<AlertRow> {
  const alert = await findAlert(handle, id);
  if (!alert) throw new NotFoundError(`预警 ${id} 不存在`);
  const [row] = await alertRows(actor, handle, [alert]);
  const courtCode = alert.caseId === null ? null : ((await caseCourt(handle, alert.caseId)) ?? null);
  mustAuthorize(actor, "acknowledge", { ...alert, courtCode, order: row?.order ?? null });
  await acknowledgeAlertRow(handle, alert, { username: actor.username, note, at: new Date().toISOString() });
  const updated = await findAlert(handle, id);
  if (!updated) throw new NotFoundError(`预警 ${id} 不存在`);
  const [after] = await alertRows(actor, handle, [updated]);
  if (!after) throw new NotFoundError(`预警 ${id} 不存在`);
  return after;
}
