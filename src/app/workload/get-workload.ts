/**
 * 加权工作量 for a period: each judge's weighted cases received, closed and pending at the period's
 * end, their division's and the court's mean per judge, and each judge's share above or below the
 * division's mean (src/domain/workload). A chief sees their division's judges; the office and
 * 院领导 every division; the court's mean is always that of the whole court.
 */
import type { Db } from "../../db/connect.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import { readWorkloadCounts } from "../../db/workload/workload-counts.js";
import { type Actor, authorize, dataScope } from "../../domain/auth/index.js";
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import {
  computeWorkload,
  type JudgeWorkload,
  type UnitWorkload,
  type WorkloadCountRow,
  type WorkloadWeights,
} from "../../domain/workload/index.js";
import { validatePeriod } from "../indicators/validate-query.js";
import { staffOfCourts } from "../people/staff-courts.js";
import { mustAuthorize } from "../shared/policy.js";
import { activeJudges } from "./judges-of-division.js";
import { readWorkloadWeights } from "./weights-setting.js";

export interface WorkloadQuery {
  from: string;
  to: string;
  division?: string;
}

export interface JudgeWorkloadRow extends JudgeWorkload {
  /** The reader may open the judge's 业绩档案. */
  actions: "view-judge-record"[];
}

export interface WorkloadReport {
  from: string;
  to: string;
  division: string | null;
  weightsAreDefault: boolean;
  judges: JudgeWorkloadRow[];
  divisions: UnitWorkload[];
  court: UnitWorkload;
}

/** The summary over every case of the court (no scope): for the use cases that authorised first. */
export async function workloadOfCourt(
  handle: Db,
  period: { from: string; to: string },
  weights: WorkloadWeights,
  /** courts: only the cases (and the judges on the staff register) of these courts (法院代字). */
  options: { excludeCaseId?: number; divisions?: string[]; courts?: readonly string[] } = {},
): Promise<{ rows: WorkloadCountRow[]; summary: ReturnType<typeof computeWorkload> }> {
  const rows = await readWorkloadCounts(handle, {
    fromDay: parseIsoDate(period.from),
    toDay: parseIsoDate(period.to),
    filters: [
      ...(options.courts ? [{ field: "court_code" as const, values: [...options.courts] }] : []),
      ...(options.divisions ? [{ field: "division" as const, values: options.divisions }] : []),
    ],
    excludeCaseId: options.excludeCaseId,
  });
  const register = await staffOfCourts(handle, await readStaffRegister(handle), options.courts);
  const divisions = new Set(rows.map((r) => r.division));
  for (const s of register) if (s.active && s.positions.includes("judge")) divisions.add(s.division);
  const roster = [...divisions]
    .filter((d) => !options.divisions || options.divisions.includes(d))
    .flatMap((d) => activeJudges(register, d).map((judge) => ({ division: d, judge })));
  return { rows, summary: computeWorkload(rows, weights, roster) };
}

export async function getWorkload(actor: Actor, handle: Db, q: WorkloadQuery): Promise<WorkloadReport> {
  mustAuthorize(actor, "view-workload");
  validatePeriod(q.from, q.to);
  const { weights, stored } = await readWorkloadWeights(handle);
  const scope = dataScope(actor);
  // A division is compared within one court: the reader's own (division names repeat).
  const { summary } = await workloadOfCourt(handle, q, weights, actor.court ? { courts: [actor.court] } : {});
  const visible = (division: string) =>
    (scope.kind !== "division" || division === scope.division) && (!q.division || division === q.division);
  return {
    from: q.from,
    to: q.to,
    division: q.division || null,
    weightsAreDefault: !stored,
    judges: summary.judges
      .filter((j) => visible(j.division))
      .map((j) => ({
        ...j,
        actions: authorize(actor, "view-judge-record", j).allowed ? ["view-judge-record" as const] : [],
      })),
    divisions: summary.divisions.filter((d) => visible(d.unit)),
    court: summary.court,
  };
}
