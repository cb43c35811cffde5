/**
 * Writes the fast-track facts of cases whose values changed, one UPDATE per distinct value
 * (updateFactsByValue).
 */
import type { Kysely } from "kysely";
import { updateFactsByValue } from "../facts/update-facts-by-value.js";
import type { Database } from "../schema.js";

export interface TriageFactsRow {
  caseId: number;
  fastTrack: number;
  smallClaimsEligible: number;
  transferredBack: number;
  transferDay: number | null;
}

export async function writeTriageFacts(db: Kysely<Database>, rows: readonly TriageFactsRow[]): Promise<void> {
  await updateFactsByValue(db, rows, (r) => ({
    fast_track: r.fastTrack,
    small_claims_eligible: r.smallClaimsEligible,
    transferred_back: r.transferredBack,
    transfer_day: r.transferDay,
  }));
}
