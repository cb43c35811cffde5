/** An alert as the API returns it: the stored alert and what its reader may do to it now. */
import type { StoredAlert } from "../../db/alerts/mapper.js";
import { type Actor, type AlertAction, alertActions } from "../../domain/auth/index.js";

export interface AlertRow extends StoredAlert {
  actions: AlertAction[];
}

export function alertRow(actor: Actor, a: StoredAlert): AlertRow {
  return { ...a, actions: alertActions(actor, a) };
}
