/**
 * Writes the fast-track facts of cases whose values changed: one `UPDATE … WHERE case_id IN (…)`
 * per distinct value and chunk of ids (as the chain facts are written), each a search by primary
 * key on both databases.
 */
import type { Kysely } from "kysely";
import { maintainRollup } from "../rollup/rollup.js";
import type { Database } from "../schema.js";

export interface TriageFactsRow {
  caseId: number;
  fastTrack: number;
  smallClaimsEligible: number;
  transferredBack: number;
  transferDay: number | null;
}

const CHUNK = 1000;

export async function writeTriageFacts(db: Kysely<Database>, rows: readonly TriageFactsRow[]): Promise<void> {
  const byValue = new Map<string, { value: Omit<TriageFactsRow, "caseId">; ids: number[] }>();
  for (const r of rows) {
    const key = `${r.fastTrack}|${r.smallClaimsEligible}|${r.transferredBack}|${r.transferDay ?? ""}`;
    let g = byValue.get(key);
    if (!g) {
      g = {
        value: {
          fastTrack: r.fastTrack,
          smallClaimsEligible: r.smallClaimsEligible,
          transferredBack: r.transferredBack,
          transferDay: r.transferDay,
        },
        ids: [],
      };
      byValue.set(key, g);
    }
    g.ids.push(r.caseId);
  }
  // The monthly rollup follows the changed rows, in the caller's transaction.
  await maintainRollup(
    db,
    rows.map((r) => r.caseId),
    async () => {
      for (const { value, ids } of byValue.values()) {
        for (let i = 0; i < ids.length; i += CHUNK) {
          await db
            .updateTable("case_facts")
            .set({
              fast_track: value.fastTrack,
              small_claims_eligible: value.smallClaimsEligible,
              transferred_back: value.transferredBack,
              transfer_day: value.transferDay,
            })
            .where("case_id", "in", ids.slice(i, i + CHUNK))
            .execute();
        }
      }
    },
  );
}
