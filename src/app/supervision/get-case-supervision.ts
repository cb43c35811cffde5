/**
 * A case's 四类案件 status for its page — the judge must be told that the case is supervised and
 * why: the latest supervised-case matter (state, categories, findings, the measures taken, in the
 * trace) and whether the reader may 提请标注.
 */

import { findCaseRef } from "../../db/cases/find-case-refs.js";
import type { Db } from "../../db/connect.js";
import { findingsOfMatters, supervisedMattersOfCase } from "../../db/supervision/list-supervised.js";
import type { Actor } from "../../domain/auth/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type SupervisedCaseRow, supervisedCaseRow } from "./supervised-case-row.js";

export interface CaseSupervision {
  caseId: number;
  caseNumber: string;
  /** 监管中 */
  supervised: boolean;
  /** The case's matters, newest first. */
  matters: SupervisedCaseRow[];
  /** May the reader 提请标注 now (no matter waiting or under supervision)? */
  canMark: boolean;
}

export async function getCaseSupervision(actor: Actor, handle: Db, caseId: number): Promise<CaseSupervision> {
  const ref = await findCaseRef(handle, caseId);
  if (!ref) throw new NotFoundError(`案件 ${caseId} 不存在`);
  mustAuthorize(actor, "view-case", ref);
  const matters = await supervisedMattersOfCase(handle.db, caseId);
  const findings = await findingsOfMatters(
    handle.db,
    matters.map((m) => m.id),
  );
  const rows = matters.map((m) => supervisedCaseRow(m, findings.get(m.id) ?? []));
  return {
    caseId,
    caseNumber: ref.caseNumber,
    supervised: rows.some((r) => r.state === "supervised"),
    matters: rows,
    canMark: !rows.some((r) => r.state === "candidate" || r.state === "supervised"),
  };
}
