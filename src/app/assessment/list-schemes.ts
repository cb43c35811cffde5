/** The stored schemes (every version), the newest first, and which one is in force on a day. */
import { listSchemes } from "../../db/assessment/list-schemes.js";
import type { Db } from "../../db/connect.js";
import {
  ALL_REGISTER_INDICATORS,
  type RegisterIndicator,
  schemeInForce,
} from "../../domain/assessment/index.js";
import { type Actor, authorize } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { type SchemeRow, schemeRow } from "./scheme-row.js";

export interface SchemeList {
  schemes: SchemeRow[];
  /** The scheme in force today, if any. */
  inForceId: number | null;
  /** May the reader write schemes (the office). */
  canCreate: boolean;
  /** Figures from registers (发改案件) a scheme may score besides the catalogue's indicators. */
  registerIndicators: (RegisterIndicator & { inSpcSet: false })[];
}

export async function listAssessmentSchemes(
  actor: Actor,
  handle: Db,
  today = todayInChina(),
): Promise<SchemeList> {
  mustAuthorize(actor, "view-assessment");
  const schemes = await listSchemes(handle);
  return {
    schemes: schemes.map((s) => schemeRow(actor, s)),
    inForceId: schemeInForce(schemes, today)?.id ?? null,
    canCreate: authorize(actor, "manage-assessment-schemes").allowed,
    registerIndicators: ALL_REGISTER_INDICATORS.map((d) => ({ ...d, inSpcSet: false as const })),
  };
}
