/**
 * 四类案件 identification over every case as of a date: one streaming pass over the few case
 * fields the rules read (db/supervision/read-supervision-inputs.ts), the pure identifier
 * (domain/supervision/identify.ts), then the cross-case groupings. Writes nothing: the command
 * line prints this list, and identify-supervised-cases.ts records it.
 */
import { countCases, findCaseByNumber } from "../../db/cases/find-case-refs.js";
import type { Db } from "../../db/connect.js";
import { readSupervisionInputs } from "../../db/supervision/read-supervision-inputs.js";
import {
  compareFindings,
  type SupervisionFinding,
  SupervisionIdentifier,
} from "../../domain/supervision/identify.js";
import type { SupervisionSettings } from "../../domain/supervision/supervised-rules.js";
import { todayInChina } from "../shared/today.js";
import { readSupervisionSettings } from "./supervision-settings.js";

/** A finding with the case it is on. */
export interface CaseFinding extends SupervisionFinding {
  caseId: number;
  division: string;
  judge: string;
}

export interface FindOptions {
  asOf?: string;
  settings?: Partial<SupervisionSettings>;
  onProgress?: (cases: number) => void;
}

export async function findSupervisionCandidates(
  handle: Db,
  options: FindOptions = {},
): Promise<{ asOf: string; cases: number; findings: CaseFinding[] }> {
  const asOf = options.asOf ?? todayInChina();
  const settings = { ...(await readSupervisionSettings(handle)), ...options.settings };
  const identifier = new SupervisionIdentifier(asOf, settings);
  const findings: CaseFinding[] = [];
  const scratch: SupervisionFinding[] = [];
  let read = 0;
  for await (const page of readSupervisionInputs(handle.db, {
    asOf,
    pageSize: 5000,
    sqlite: handle.sqlite,
  })) {
    for (const row of page) {
      scratch.length = 0;
      identifier.add(row.input, scratch);
      for (const f of scratch)
        findings.push({ ...f, caseId: row.id, division: row.division, judge: row.judge });
    }
    read += page.length;
    options.onProgress?.(read);
  }
  const cases = await countCases(handle);
  const cross = identifier.finish();
  const refs = new Map<string, { id: number; division: string; judge: string } | undefined>();
  for (const f of cross) {
    if (!refs.has(f.caseNumber)) refs.set(f.caseNumber, await findCaseByNumber(handle, f.caseNumber));
    const ref = refs.get(f.caseNumber);
    if (ref) findings.push({ ...f, caseId: ref.id, division: ref.division, judge: ref.judge });
  }
  findings.sort(compareFindings);
  return { asOf, cases, findings };
}
