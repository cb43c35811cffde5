/**
 * The 判后 figures for a period, by division or judge, within the reader's scope
 * (docs/aftercare.md; 自动履行率 in docs/indicators.md): 释明记录率 and 服判息诉率 with and
 * without a 释明 over the judgments closed in the period; 自动履行率 over the judgments and
 * mediations with a money obligation closed in the period and effective by the data date.
 */
import {
  readExplanationFigureCounts,
  readPerformanceCandidates,
  readSettledPerformanceCounts,
} from "../../db/aftercare/read-tasks.js";
import type { Db } from "../../db/connect.js";
import {
  type ExplanationGroup,
  effectiveDate,
  type GroupBy,
  type PerformanceGroup,
  type PerformanceOutcome,
  tallyExplanations,
  tallyPerformance,
} from "../../domain/aftercare/index.js";
import type { Actor } from "../../domain/auth/index.js";
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import { mustAuthorize } from "../shared/policy.js";
import { type AftercareQuery, moneyCauses, SETTINGS, taskFilter } from "./tasks.js";

/** Days after closing by which an unappealed judgment or mediation has surely taken effect. */
const SETTLED_DAYS = 60;

export interface AftercareStatistics {
  by: GroupBy;
  from: string | null;
  to: string | null;
  asOf: string;
  explanations: { rows: ExplanationGroup[]; total: ExplanationGroup };
  performance: { rows: PerformanceGroup[]; total: PerformanceGroup };
}

export async function aftercareStatistics(
  actor: Actor,
  handle: Db,
  q: AftercareQuery & { by?: GroupBy },
  today: string,
): Promise<AftercareStatistics> {
  mustAuthorize(actor, "view-aftercare");
  const by = q.by ?? "division";
  const fx = taskFilter(actor, q, SETTINGS.explanationTypes);
  const fp = taskFilter(actor, q, SETTINGS.performanceTypes);
  // Cases closed more than SETTLED_DAYS before the data date and not appealed have taken effect
  // whatever the estimate (service + 15 days + the longest holiday roll < 60 days): counted in the
  // database; the others are read one by one and dated on the legal calendar. The three reads run
  // side by side (on SQLite files, on the read pool's workers).
  const settled = { settledDay: parseIsoDate(today) - SETTLED_DAYS };
  const [ex, counted, pf] = await Promise.all([
    fx ? readExplanationFigureCounts(handle, fx) : [],
    fp ? readSettledPerformanceCounts(handle, { ...fp, causes: moneyCauses() }, settled) : [],
    fp ? readPerformanceCandidates(handle, { ...fp, causes: moneyCauses(), unsettled: settled }) : [],
  ]);
  const explanations = tallyExplanations(
    ex.map((r) => ({
      division: r.division,
      judge: r.judge,
      firstInstance: r.first === 1,
      appealed: r.appealed === 1,
      explained: r.explained === 1,
      count: r.n,
    })),
    by,
  );
  const performance = tallyPerformance(
    [
      ...counted.map((r) => ({
        division: r.division,
        judge: r.judge,
        effective: true,
        enforced: r.enforced === 1,
        outcome: (r.outcome as PerformanceOutcome | null) ?? null,
        enforcementApplied: r.enforcement_applied,
        count: r.n,
      })),
      ...pf.map((r) => {
        const e = effectiveDate(
          {
            closureMode: r.closure_mode,
            closedOn: r.closed_on,
            procedure: r.procedure,
            effectiveOn: r.effective_on,
            appealed: r.appealed === 1,
            appealOutcome: r.appeal_outcome,
            appealClosedOn: r.appeal_closed_on,
          },
          SETTINGS.serviceDays,
        );
        return {
          division: r.division,
          judge: r.judge,
          effective: e.on !== null && e.on <= today,
          enforced: r.enforcement_case !== null,
          outcome: (r.outcome as PerformanceOutcome | null) ?? null,
          enforcementApplied: r.enforcement_applied,
        };
      }),
    ],
    by,
  );
  return { by, from: q.from ?? null, to: q.to ?? null, asOf: today, explanations, performance };
}
