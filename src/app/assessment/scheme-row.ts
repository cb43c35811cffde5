/** A stored scheme as the API returns it: with what the reader may do with it. */

import type { SchemeRecord } from "../../domain/assessment/index.js";
import type { Actor } from "../../domain/auth/index.js";
import { authorize } from "../../domain/auth/index.js";

export type SchemeAction = "edit";

export interface SchemeRow extends SchemeRecord {
  actions: SchemeAction[];
}

export function schemeRow(actor: Actor, s: SchemeRecord): SchemeRow {
  return { ...s, actions: authorize(actor, "manage-assessment-schemes").allowed ? ["edit"] : [] };
}
