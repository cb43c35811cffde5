/**
 * 诉前鉴定 against 诉中鉴定 (docs/appraisals.md): by quarter of the 委托日期 and kind, the cases with
 * a 诉前 appraisal (linked by 原审案号 = the 诉前调 number) against those with a 诉中 one; and the
 * cases of one cell (the drill-down).
 */

import { readAppraisals } from "../../db/appraisals/read-appraisals.js";
import type { Db } from "../../db/connect.js";
import type { AppraisalKind, AppraisalStage } from "../../domain/appraisals/appraisal.js";
import {
  type ComparisonCell,
  type ComparisonInput,
  compareStages,
  distinctCases,
  isLongPending,
  quarterOf,
} from "../../domain/appraisals/comparison.js";
import type { Actor } from "../../domain/auth/index.js";
import { parseIsoDate } from "../../domain/calendar/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { readAppraisalSettings } from "./appraisal-settings.js";
import { visibleRows } from "./register.js";

export interface ComparisonQuery {
  from?: string;
  to?: string;
  asOf?: string;
}

async function inputs(actor: Actor, handle: Db, q: ComparisonQuery) {
  const stored = await readAppraisals(handle);
  const linked = stored.filter(
    (a) =>
      a.linked !== null && (!q.from || a.commissionedOn >= q.from) && (!q.to || a.commissionedOn <= q.to),
  );
  const rows = visibleRows(
    actor,
    linked.map((a) => ({ a, division: a.linked?.division ?? null, judge: a.linked?.judge ?? null })),
  );
  return rows.map(({ a }) => {
    const c = a.linked as NonNullable<typeof a.linked>;
    return {
      input: {
        stage: a.stage,
        kind: a.kind,
        commissionedOn: a.commissionedOn,
        caseId: c.id,
        caseNumber: c.caseNumber,
        filedOn: c.filedOn,
        closedOn: c.closedOn,
        excludedDays: c.excludedDays,
      } satisfies ComparisonInput,
      division: c.division,
      judge: c.judge,
    };
  });
}

export interface AppraisalComparison {
  cells: ComparisonCell[];
  longPendingDays: number;
  asOf: string;
}

export async function appraisalComparison(
  actor: Actor,
  handle: Db,
  q: ComparisonQuery = {},
): Promise<AppraisalComparison> {
  mustAuthorize(actor, "view-appraisals");
  const asOf = q.asOf ?? todayInChina();
  const settings = await readAppraisalSettings(handle);
  const rows = await inputs(actor, handle, q);
  return {
    cells: compareStages(
      rows.map((r) => r.input),
      asOf,
      settings,
    ),
    longPendingDays: settings.longPendingDays,
    asOf,
  };
}

export interface ComparisonCase {
  caseNumber: string;
  division: string;
  judge: string;
  commissionedOn: string;
  filedOn: string;
  closedOn: string | null;
  daysToClose: number | null;
  excludedDays: number;
  longPending: boolean;
}

export async function appraisalComparisonCases(
  actor: Actor,
  handle: Db,
  q: ComparisonQuery & { quarter: string; kind: AppraisalKind; stage: AppraisalStage },
): Promise<{ rows: ComparisonCase[] }> {
  mustAuthorize(actor, "view-appraisals");
  const asOf = q.asOf ?? todayInChina();
  const settings = await readAppraisalSettings(handle);
  const rows = await inputs(actor, handle, q);
  const where = new Map(rows.map((r) => [r.input.caseId, r]));
  const picked = distinctCases(rows.map((r) => r.input)).filter(
    (i) => i.stage === q.stage && i.kind === q.kind && quarterOf(i.commissionedOn) === q.quarter,
  );
  return {
    rows: picked
      .map((i) => {
        const closed = i.closedOn !== null && i.closedOn <= asOf;
        return {
          caseNumber: i.caseNumber,
          division: where.get(i.caseId)?.division ?? "",
          judge: where.get(i.caseId)?.judge ?? "",
          commissionedOn: i.commissionedOn,
          filedOn: i.filedOn,
          closedOn: closed ? i.closedOn : null,
          daysToClose: closed ? parseIsoDate(i.closedOn as string) - parseIsoDate(i.commissionedOn) : null,
          excludedDays: i.excludedDays,
          longPending: isLongPending(i, asOf, settings),
        };
      })
      .sort(
        (a, b) =>
          a.commissionedOn.localeCompare(b.commissionedOn) || a.caseNumber.localeCompare(b.caseNumber),
      ),
  };
}
