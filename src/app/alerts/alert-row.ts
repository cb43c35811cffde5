/**
 * An alert as the API returns it: the stored alert as its reader may see it — another case it names
 * only when that case is within the reader's scope — and what the reader may do to it now.
 */
import type { StoredAlert } from "../../db/alerts/mapper.js";
import { relatedCaseOf, withoutRelatedCase } from "../../domain/alerts/index.js";
import { type Actor, type AlertAction, alertActions, inScope } from "../../domain/auth/index.js";

export interface AlertRow extends StoredAlert {
  actions: AlertAction[];
}

export function alertRow(actor: Actor, a: StoredAlert): AlertRow {
  const related = relatedCaseOf(a);
  const seen = related && !inScope(actor, related) ? withoutRelatedCase(a) : a;
  return { ...seen, actions: alertActions(actor, a) };
}
