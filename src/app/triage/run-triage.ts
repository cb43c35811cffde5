/**
 * The triage pass: one streaming read of the 民初 cases (db/triage/read-triage-cases.ts) — pending on
 * a date and, optionally, closed within a period — and the pure suggestion and mismatch of each
 * (domain/triage). Writes nothing: the lists, the export, the command line and the bench use it.
 */
import type { Db } from "../../db/connect.js";
import { readTriageCases } from "../../db/triage/read-triage-cases.js";
import { findMismatch, type Mismatch } from "../../domain/triage/mismatch.js";
import { suggestTrack, type TriageSuggestion } from "../../domain/triage/rules.js";
import type { TriageSettings } from "../../domain/triage/settings.js";
import type { TriageCase } from "../../domain/triage/small-claims.js";
import { readTriageSettings } from "./triage-settings.js";

export interface TriagedCase {
  id: number;
  input: TriageCase;
  suggestion: TriageSuggestion;
  mismatch: Mismatch | null;
}

export interface TriagePassOptions {
  asOf: string;
  settings?: TriageSettings;
  closedFrom?: string;
  closedTo?: string;
  closedOnly?: boolean;
  courts?: readonly string[];
  division?: string;
  judge?: string;
  /** Keep a case (after the suggestion): return false to drop it. */
  keep?: (t: TriagedCase) => boolean;
  onProgress?: (cases: number) => void;
}

/**
 * Suggests a track for every case read. A pending case is judged on what is known by `asOf`; a
 * case closed in the period on what was known when it closed.
 */
export async function runTriage(
  handle: Db,
  o: TriagePassOptions,
): Promise<{ asOf: string; settings: TriageSettings; read: number; cases: TriagedCase[] }> {
  const settings = o.settings ?? (await readTriageSettings(handle)).settings;
  const out: TriagedCase[] = [];
  let read = 0;
  for await (const page of readTriageCases(handle.db, {
    asOf: o.asOf,
    closedFrom: o.closedFrom,
    closedTo: o.closedTo,
    closedOnly: o.closedOnly,
    courts: o.courts,
    division: o.division,
    judge: o.judge,
    sqlite: handle.sqlite,
  })) {
    for (const row of page) {
      const c = row.input;
      const suggestion = suggestTrack(c, settings, judgedOn(c, o.asOf));
      const t: TriagedCase = {
        id: row.id,
        input: c,
        suggestion,
        mismatch: findMismatch(c, suggestion, settings),
      };
      if (!o.keep || o.keep(t)) out.push(t);
    }
    read += page.length;
    o.onProgress?.(read);
  }
  return { asOf: o.asOf, settings, read, cases: out };
}

/** The day a case is judged on: its closing day if closed by then, else the date asked. */
function judgedOn(c: TriageCase, asOf: string): string {
  return c.closedOn !== null && c.closedOn <= asOf ? c.closedOn : asOf;
}
