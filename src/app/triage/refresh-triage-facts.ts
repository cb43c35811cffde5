/**
 * The fast-track facts pass (繁简分流): after facts are written, derives for civil first-instance
 * cases the track they started in (速裁 or 小额诉讼), whether they were eligible for 小额诉讼
 * (民事诉讼法第一百六十五、一百六十六条, as the record stands on the refresh's date) and whether and
 * when they left the fast track (退案流转), and writes case_facts.fast_track,
 * small_claims_eligible, transferred_back and transfer_day where they changed. Like the chain pass
 * it runs over the whole court after every refresh, in the caller's transaction; it reads only the
 * cases that may have such facts (src/db/triage/read-triage-facts-input.ts).
 */
import type SQLite from "better-sqlite3";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { idBounds } from "../../db/sql.js";
import { readTriageEvents, readTriageFactsInput } from "../../db/triage/read-triage-facts-input.js";
import { type TriageFactsRow, writeTriageFacts } from "../../db/triage/write-triage-facts.js";
import type { StoredEvent } from "../../domain/case/derive-facts.js";
import { isSmallClaimsEligible } from "../../domain/triage/eligible.js";
import type { TriageSettings } from "../../domain/triage/settings.js";
import { FAST_TRACK_CODES, fastTrackHistory, transferDay } from "../../domain/triage/transfers.js";

export interface TriagePassResult {
  /** Cases read. */
  read: number;
  /** Facts rows written. */
  written: number;
  ms: number;
}

const NO_EVENTS: StoredEvent[] = [];
/** Case ids read at a time. */
const TRIAGE_RANGE = 250_000;

/** The highest 小额诉讼 ceiling of any wage entered (fen), or null when no wage is entered. */
export function maxCeilingFen(s: TriageSettings): number | null {
  if (s.averageWages.length === 0) return null;
  return Math.max(...s.averageWages.map((w) => Math.round(w.yuan * 100 * s.consentMultiple)));
}

/** `sqlite`: the SQLite connection the caller's transaction runs on (faster reads), if any. */
export async function refreshTriageFacts(
  db: Kysely<Database>,
  settings: TriageSettings,
  asOf: string,
  sqlite?: SQLite.Database,
): Promise<TriagePassResult> {
  const started = performance.now();
  const filter = { fastDivisions: settings.fastTrack.divisions, maxCeilingFen: maxCeilingFen(settings) };
  // A range of case ids at a time: a province's civil cases and their events at once held gigabytes.
  const { lo, hi } = await idBounds(db, "cases");
  let read = 0;
  let written = 0;
  for (let from = lo; from <= hi; from += TRIAGE_RANGE) {
    const range = { lo: from, hi: Math.min(hi, from + TRIAGE_RANGE - 1) };
    const rows = await readTriageFactsInput(db, filter, sqlite, range);
    const events =
      rows.length > 0 ? await readTriageEvents(db, sqlite, range) : new Map<number, StoredEvent[]>();
    const changed: TriageFactsRow[] = [];
    for (const r of rows) {
      // Set in place: a copy of the row per case (object spread) cost seconds over a million cases.
      r.events = events.get(r.id) ?? NO_EVENTS;
      const civil = r.typeCode === "民初" && r.filedOn <= asOf;
      let fastTrack = 0;
      let eligible = 0;
      let back = 0;
      let day: number | null = null;
      if (civil) {
        const h = fastTrackHistory(r, settings, asOf);
        if (h.track) fastTrack = FAST_TRACK_CODES[h.track];
        if (h.transfer) {
          back = 1;
          day = transferDay(h.transfer);
        }
        if (isSmallClaimsEligible(r, settings, asOf)) eligible = 1;
      }
      if (
        fastTrack !== r.fastTrack ||
        eligible !== r.smallClaimsEligible ||
        back !== r.transferredBack ||
        day !== r.transferDay
      )
        changed.push({
          caseId: r.id,
          fastTrack,
          smallClaimsEligible: eligible,
          transferredBack: back,
          transferDay: day,
        });
    }
    await writeTriageFacts(db, changed);
    read += rows.length;
    written += changed.length;
  }
  return { read, written, ms: performance.now() - started };
}
