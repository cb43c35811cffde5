/**
 * The 鉴定 register as the page and the alert pass read it: each appraisal with its timing in
 * working days on the legal calendar (司法鉴定程序通则 art. 28), its linked case, and for a 诉中
 * appraisal whether the case's 扣除审限 (原因 鉴定) matches it.
 */

import { readAppraisals, type StoredAppraisal } from "../../db/appraisals/read-appraisals.js";
import type { Db } from "../../db/connect.js";
import { type AppraisalSettings, appraisalTiming } from "../../domain/appraisals/appraisal.js";
import {
  type ExclusionMismatch,
  exclusionMismatches,
  mismatchText,
} from "../../domain/appraisals/exclusion-check.js";
import { type Actor, dataScope, withinScope } from "../../domain/auth/index.js";
import { formatIsoDate, legalCalendar } from "../../domain/calendar/index.js";
import { modernCaseNumber, parseCaseNumber } from "../../domain/case-number/parse.js";

export interface AppraisalRow {
  id: number;
  caseNumber: string;
  stage: StoredAppraisal["stage"];
  kind: StoredAppraisal["kind"];
  commissionedOn: string;
  institution: string | null;
  completedOn: string | null;
  extensionApproved: boolean;
  note: string | null;
  version: number;
  /** Working days after the 委托日期 up to the 完成日期 (or today while running). */
  workingDays: number;
  allowedWorkingDays: number;
  dueOn: string;
  overdue: boolean;
  running: boolean;
  /** The case it belongs to (诉前: the later case by 原审案号); null when none is stored. */
  linkedCaseNumber: string | null;
  division: string | null;
  judge: string | null;
  filedOn: string | null;
  closedOn: string | null;
  /** 诉中: the disagreement with the case's 扣除审限 (原因 鉴定), in Chinese; null when they agree. */
  mismatch: string | null;
  mismatchProblem: ExclusionMismatch["problem"] | null;
}

export function registerRowsOf(
  stored: readonly StoredAppraisal[],
  asOf: string,
  settings: AppraisalSettings,
): AppraisalRow[] {
  const calendar = legalCalendar();
  // Mismatches are decided per case, over all its 诉中 appraisals at once.
  const byCase = new Map<number, StoredAppraisal[]>();
  for (const a of stored) {
    if (a.stage !== "诉中" || !a.linked) continue;
    let list = byCase.get(a.linked.id);
    if (!list) {
      list = [];
      byCase.set(a.linked.id, list);
    }
    list.push(a);
  }
  const mismatchOf = new Map<number, ExclusionMismatch>();
  for (const list of byCase.values()) {
    const found = exclusionMismatches(list, list[0]?.linked?.exclusions ?? []);
    found.forEach((m, i) => {
      if (m) mismatchOf.set((list[i] as StoredAppraisal).id, m);
    });
  }
  return stored.map((a) => {
    const t = appraisalTiming(a, asOf, calendar, settings);
    const m = mismatchOf.get(a.id);
    return {
      id: a.id,
      caseNumber: a.caseNumber,
      stage: a.stage,
      kind: a.kind,
      commissionedOn: a.commissionedOn,
      institution: a.institution,
      completedOn: a.completedOn,
      extensionApproved: a.extensionApproved,
      note: a.note,
      version: a.version,
      workingDays: t.workingDays,
      allowedWorkingDays: t.allowedWorkingDays,
      dueOn: formatIsoDate(t.dueDay),
      overdue: t.overdue,
      running: t.running,
      linkedCaseNumber: a.linked?.caseNumber ?? null,
      division: a.linked?.division ?? null,
      judge: a.linked?.judge ?? null,
      filedOn: a.linked?.filedOn ?? null,
      closedOn: a.linked?.closedOn ?? null,
      mismatch: m ? mismatchText(a, m) : null,
      mismatchProblem: m?.problem ?? null,
    };
  });
}

/** The rows the actor may see: the whole court sees every row; others those linked to a case in their scope. */
export function visibleRows<T extends { division: string | null; judge: string | null; caseNumber?: string }>(
  actor: Actor,
  rows: readonly T[],
): T[] {
  const scope = dataScope(actor);
  if (scope.kind === "court" && !scope.courts) return [...rows];
  // An appraisal lies in the court its 案号 names (法院代字).
  const courtOf = (n: string | undefined) =>
    n === undefined ? null : (modernCaseNumber(parseCaseNumber(n))?.courtCode ?? null);
  return rows.filter((r) => {
    if (scope.kind === "court")
      return withinScope(scope, { division: "", judge: "", courtCode: courtOf(r.caseNumber) });
    return (
      r.division !== null &&
      r.judge !== null &&
      withinScope(scope, { division: r.division, judge: r.judge, courtCode: courtOf(r.caseNumber) })
    );
  });
}

export async function registerRows(
  handle: Db,
  asOf: string,
  settings: AppraisalSettings,
): Promise<AppraisalRow[]> {
  return registerRowsOf(await readAppraisals(handle), asOf, settings);
}
