/**
 * Runs 四类案件 identification and records it (after each import, like the alerts): each case
 * found that has no supervised-case matter yet becomes one in state 待确认 (candidate), with its
 * findings; rules newly found on a matter still open (待确认 or 监管中) are added to it with a
 * trace entry; a matter that was revoked or has ended is left alone (a person decided, or the case
 * is over). Re-running on the same data changes nothing. One transaction, one audit entry. Then
 * open matters whose case has closed are ended with it (close-supervised-cases.ts).
 */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import {
  appendFindings,
  insertCandidates,
  type NewCandidate,
  readSupervisionIndex,
} from "../../db/supervision/supervised-matters.js";
import { closeSupervisedCases } from "./close-supervised-cases.js";
import {
  type CaseFinding,
  type FindOptions,
  findSupervisionCandidates,
} from "./find-supervision-candidates.js";

export interface IdentifyResult {
  asOf: string;
  cases: number;
  findings: CaseFinding[];
  /** Candidates opened by this run. */
  opened: number;
  /** Open matters given new rules. */
  appended: number;
  /** Supervised matters ended with their case. */
  closed: number;
  /** Candidates whose case closed before anyone confirmed them. */
  lapsed: number;
}

const OPEN_STATES = new Set(["candidate", "supervised"]);

export async function identifySupervisedCases(
  handle: Db,
  options: FindOptions = {},
): Promise<IdentifyResult> {
  const found = await findSupervisionCandidates(handle, options);
  const byCase = new Map<number, CaseFinding[]>();
  for (const f of found.findings) {
    const list = byCase.get(f.caseId);
    if (list) list.push(f);
    else byCase.set(f.caseId, [f]);
  }
  const now = new Date().toISOString();
  let opened = 0;
  let appended = 0;
  await handle.db.transaction().execute(async (trx) => {
    const index = await readSupervisionIndex(trx);
    const fresh: NewCandidate[] = [];
    for (const [caseId, list] of byCase) {
      const e = index.get(caseId);
      if (!e) {
        const first = list[0] as CaseFinding;
        fresh.push({ caseId, division: first.division, judge: first.judge, findings: list });
        continue;
      }
      if (!OPEN_STATES.has(e.state)) continue;
      const added = list.filter((f) => !e.rules.has(f.rule));
      if (added.length === 0) continue;
      await appendFindings(trx, { id: e.matterId, state: e.state, caseId }, added, found.asOf, now);
      appended++;
    }
    opened = (await insertCandidates(trx, fresh, found.asOf, now)).length;
    if (opened > 0 || appended > 0) {
      await appendAudit(trx, {
        user: "system",
        action: "identify-supervised-cases",
        entity: "supervision",
        entityId: found.asOf,
        at: now,
        detail: { asOf: found.asOf, cases: found.cases, findings: found.findings.length, opened, appended },
      });
    }
  });
  const ended = await closeSupervisedCases(handle, found.asOf);
  return { ...found, opened, appended, ...ended };
}
