/**
 * The 判后 figures for a period, by division or judge, within the reader's scope
 * (docs/aftercare.md; 自动履行率 in docs/indicators.md): 释明记录率 and 服判息诉率 with and
 * without a 释明 over the judgments closed in the period; 自动履行率 over the judgments and
 * mediations with a money obligation closed in the period and effective by the data date.
 */
import { readExplanationFigureRows, readPerformanceCandidates } from "../../db/aftercare/read-tasks.js";
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
import { mustAuthorize } from "../shared/policy.js";
import { type AftercareQuery, moneyCauses, SETTINGS, taskFilter } from "./tasks.js";

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
  const ex = fx ? await readExplanationFigureRows(handle, fx) : [];
  const pf = fp ? await readPerformanceCandidates(handle, { ...fp, causes: moneyCauses() }) : [];
  const explanations = tallyExplanations(
    ex.map((r) => ({
      division: r.division,
      judge: r.judge,
      firstInstance: r.type_code === "民初",
      appealed: Number(r.appealed) === 1,
      explained: Number(r.explained) === 1,
    })),
    by,
  );
  const performance = tallyPerformance(
    pf.map((r) => {
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
    by,
  );
  return { by, from: q.from ?? null, to: q.to ?? null, asOf: today, explanations, performance };
}
