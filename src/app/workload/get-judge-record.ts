/**
 * 业绩档案: one judge's record for a period — their indicators against their division and the
 * court, their weighted workload against the division's and the court's mean, their open alerts,
 * their 四类案件 under supervision, their 阅核 figures and the 改判/发回 of their judgments. The
 * "主要依据" the plan names for managing judges (一·三). Read by the judge themselves, their chief and
 * the whole-court roles (policy view-judge-record).
 *
 * The division's and the court's figures are aggregates shown beside the judge's; they are read
 * with the scope of the division and of the court once the policy has allowed the record (a judge
 * sees the means, never a colleague's cases).
 */
import type { Db } from "../../db/connect.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import { divisionsOfJudge } from "../../db/workload/divisions-of-judge.js";
import { type ReversedCase, reversalsOfJudge } from "../../db/workload/reversals-of-judge.js";
import type { Actor } from "../../domain/auth/index.js";
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import {
  type Assessment,
  CORE_INDICATOR_IDS,
  type IndicatorDef,
  indicatorById,
  type PanelFigure,
} from "../../domain/indicators/index.js";
import { POSITION_NAMES } from "../../domain/people/positions.js";
import { type Counts, referenceText } from "../../domain/workload/index.js";
import { listAlerts } from "../alerts/list-alerts.js";
import { type AssessmentResult, assessUnits } from "../assessment/assess-units.js";
import { computeIndicators } from "../indicators/compute-indicators.js";
import { validatePeriod } from "../indicators/validate-query.js";
import { withinOwnCourt } from "../shared/actor.js";
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { getSignOffStatistics } from "../sign-off/sign-off-statistics.js";
import { listSupervisedCases } from "../supervision/list-supervised-cases.js";
import { workloadOfCourt } from "./get-workload.js";
import { readWorkloadWeights } from "./weights-setting.js";

export interface JudgeRecordQuery {
  judge: string;
  division?: string;
  from: string;
  to: string;
}

export interface RecordFigure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface RecordIndicatorRow {
  id: string;
  name: string;
  unit: string;
  direction: "higher" | "lower" | "neutral";
  reference: string | null;
  judge: RecordFigure;
  assessment: Assessment;
  division: number | null;
  court: number | null;
}

export interface JudgeRecord {
  judge: string;
  division: string;
  from: string;
  to: string;
  staff: { staffNo: string; positions: string[]; active: boolean } | null;
  indicators: RecordIndicatorRow[];
  workload: {
    counts: Counts;
    weighted: Counts;
    share: { received: number | null; closed: number | null; pending: number | null };
    divisionMean: Counts;
    courtMean: Counts;
    divisionJudges: number;
  };
  alerts: {
    open: number;
    rows: {
      id: number;
      caseId: number | null;
      caseNumber: string;
      title: string;
      severity: string;
      reason: string;
      state: string;
      firstSeen: string;
    }[];
  };
  supervised: {
    total: number;
    rows: {
      matterId: number;
      caseId: number | null;
      caseNumber: string | null;
      categories: string[];
      openedOn: string;
    }[];
  };
  signOff: {
    drafts: number;
    signedOff: number;
    returned: number;
    escalated: number;
    waiting: number;
    overdue: number;
    averageDaysToSignOff: number | null;
  };
  reversals: { appealed: number; reversed: number; remanded: number; cases: ReversedCase[] };
  /** 考核得分 under the scheme in force on the period's last day (null: no scheme, or nothing scored). */
  assessment: {
    schemeName: string;
    schemeVersion: string;
    total: number;
    items: { name: string; points: number; explanation: string }[];
  } | null;
}

/** The judge's score as the 考核 screen shows it (the same scores, compared with the whole court). */
async function assessmentOf(
  asJudge: Actor,
  handle: Db,
  q: JudgeRecordQuery,
): Promise<JudgeRecord["assessment"]> {
  let result: AssessmentResult;
  try {
    result = await assessUnits(asJudge, handle, { from: q.from, to: q.to, by: "judge" });
  } catch (err) {
    if (err instanceof NotFoundError) return null; // no scheme in force for the period
    throw err;
  }
  const unit = result.units[0];
  if (!unit || unit.total === null) return null;
  return {
    schemeName: result.scheme.name,
    schemeVersion: result.scheme.version,
    total: unit.total,
    items: unit.items
      .filter((i) => i.scored)
      .map((i) => ({
        name: indicatorById(i.indicator)?.name ?? i.indicator,
        points: i.points ?? 0,
        explanation: i.explanation,
      })),
  };
}

const figure = (f: PanelFigure | undefined): RecordFigure => ({
  value: f?.value ?? null,
  numerator: f?.numerator ?? null,
  denominator: f?.denominator ?? null,
});

/** The judge's division: the one asked; else the only one their name appears in (register or cases). */
async function resolveDivision(handle: Db, judge: string, division: string | undefined): Promise<string> {
  if (division) return division;
  const register = (await readStaffRegister(handle)).filter((s) => s.name === judge);
  const active = [...new Set(register.filter((s) => s.active).map((s) => s.division))];
  const candidates = active.length > 0 ? active : await divisionsOfJudge(handle, judge);
  if (candidates.length === 0) throw new NotFoundError(`没有承办人为“${judge}”的案件，也不在人员名册中`);
  if (candidates.length > 1)
    throw InvalidInputError.of(
      "division",
      "",
      `“${judge}”在多个部门（${candidates.join("、")}），请指定部门`,
    );
  return candidates[0] as string;
}

export async function getJudgeRecord(
  actor: Actor,
  handle: Db,
  q: JudgeRecordQuery,
  today: string,
): Promise<JudgeRecord> {
  const judge = q.judge.trim();
  if (!judge) throw new InvalidInputError("judge", "请指定法官");
  const division = await resolveDivision(handle, judge, q.division?.trim() || undefined);
  // A judge is named within the reader's own court (names repeat from court to court).
  mustAuthorize(actor, "view-judge-record", { division, judge, courtCode: actor.court ?? null });
  validatePeriod(q.from, q.to);

  // Read as the judge's own scope, the division's and the court's (allowed by the policy above).
  const asJudge: Actor = withinOwnCourt(actor, {
    username: actor.username,
    role: "judge",
    judgeName: judge,
    division,
    name: actor.name,
  });
  const asDivision: Actor = withinOwnCourt(actor, { username: actor.username, role: "chief", division });
  const asCourt: Actor = withinOwnCourt(actor, { username: actor.username, role: "office" });

  const ids = CORE_INDICATOR_IDS;
  const defs = ids.map((id) => indicatorById(id)).filter((d): d is IndicatorDef => d !== undefined);
  const panel = (a: Actor) => computeIndicators(a, handle, { from: q.from, to: q.to, by: "all", ids });
  const [own, div, court] = await Promise.all([panel(asJudge), panel(asDivision), panel(asCourt)]);
  const first = (p: Awaited<ReturnType<typeof panel>>) => p.groups[0]?.indicators ?? {};
  const o = first(own);
  const d = first(div);
  const c = first(court);
  const indicators = defs.map((def) => ({
    id: def.id,
    name: def.name,
    unit: def.unit,
    direction: def.direction,
    reference: referenceText(def),
    judge: figure(o[def.id]),
    assessment: o[def.id]?.assessment ?? ("none" as Assessment),
    division: d[def.id]?.value ?? null,
    court: c[def.id]?.value ?? null,
  }));

  const { weights } = await readWorkloadWeights(handle);
  const { summary } = await workloadOfCourt(handle, q, weights, actor.court ? { courts: [actor.court] } : {});
  const mine = summary.judges.find((j) => j.judge === judge && j.division === division);
  const unit = summary.divisions.find((u) => u.unit === division);
  const zero = { received: 0, closed: 0, pending: 0 };

  const alerts = await listAlerts(asJudge, handle, { pageSize: 20 });
  const supervised = await listSupervisedCases(asJudge, handle, { tab: "supervised", pageSize: 20 });
  const signOff = (await getSignOffStatistics(asJudge, handle, { from: q.from, to: q.to }, today)).total;
  const reversals = await reversalsOfJudge(handle, {
    division,
    judge,
    fromDay: parseIsoDate(q.from),
    toDay: parseIsoDate(q.to),
    limit: 50,
  });
  const member =
    (await readStaffRegister(handle)).find((s) => s.name === judge && s.division === division) ?? null;

  const assessment = await assessmentOf(asJudge, handle, q);
  return {
    judge,
    division,
    from: q.from,
    to: q.to,
    staff: member
      ? {
          staffNo: member.staffNo,
          positions: member.positions.map((p) => POSITION_NAMES[p]),
          active: member.active,
        }
      : null,
    assessment,
    indicators,
    workload: {
      counts: mine?.counts ?? zero,
      weighted: mine?.weighted ?? zero,
      share: mine?.share ?? { received: null, closed: null, pending: null },
      divisionMean: unit?.mean ?? zero,
      courtMean: summary.court.mean,
      divisionJudges: unit?.judges ?? 0,
    },
    alerts: {
      open: alerts.total,
      rows: alerts.rows.map((a) => ({
        id: a.id,
        caseId: a.caseId,
        caseNumber: a.caseNumber,
        title: a.title,
        severity: a.severity,
        reason: a.reason,
        state: a.state,
        firstSeen: a.firstSeen,
      })),
    },
    supervised: {
      total: supervised.total,
      rows: supervised.rows.map((s) => ({
        matterId: s.matterId,
        caseId: s.caseId,
        caseNumber: s.caseNumber,
        categories: [...new Set(s.findings.map((f) => f.categoryName))],
        openedOn: s.openedOn,
      })),
    },
    signOff,
    reversals,
  };
}
