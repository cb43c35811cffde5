/**
 * 考核: the units (divisions or judges) of a period scored against a scheme — a stored version (by
 * id, or the one in force on the period's last day) or one given whole (a file, the editor's
 * preview). The values come from the indicator engine (computeIndicators, one pass for every item)
 * and the points from the pure scoring (src/domain/assessment).
 *
 * A unit's score does not depend on who reads it: the values are computed over the whole court
 * (so that `relative` items compare every division, or every judge, of the court), then the units
 * outside the reader's scope are left out (a chief sees their division's, a judge their own).
 */

import { findSchemeById } from "../../db/assessment/find-scheme.js";
import { listSchemes } from "../../db/assessment/list-schemes.js";
import type { Db } from "../../db/connect.js";
import {
  catalogueLookup,
  REGISTER_INDICATOR_IDS,
  REVIEW_INDICATOR_IDS,
  type ReviewTally,
  registerValues,
  reviewValues,
  type Scheme,
  schemeInForce,
  scoreUnits,
  type UnitScore,
} from "../../domain/assessment/index.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { cachedPanel } from "../indicators/cached-panel.js";
import { computeIndicators } from "../indicators/compute-indicators.js";
import { reversalStatistics } from "../reversals/reversal-statistics.js";
import { reviewFiguresByJudge } from "../review/review-figures-by-judge.js";
import type { ResultCache } from "../runtime/result-cache.js";
import { ownCourtSystemActor } from "../shared/actor.js";
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { checkScheme } from "./scheme-input.js";

export const ASSESSMENT_GROUPINGS = ["division", "judge"] as const;
export type AssessmentGrouping = (typeof ASSESSMENT_GROUPINGS)[number];

export interface AssessQuery {
  /** A stored scheme version; with neither this nor `scheme`: the one in force on `to`. */
  schemeId?: number;
  /** A scheme given whole (checked first). */
  scheme?: unknown;
  from: string;
  to: string;
  by?: AssessmentGrouping;
}

export interface AssessmentResult {
  /** The scheme and the version the scores were computed with (id null: not stored). */
  scheme: { id: number | null; name: string; version: string };
  from: string;
  to: string;
  by: AssessmentGrouping;
  units: UnitScore[];
}

async function resolveScheme(handle: Db, q: AssessQuery): Promise<{ id: number | null; scheme: Scheme }> {
  if (q.scheme !== undefined) return { id: null, scheme: checkScheme(q.scheme) };
  if (q.schemeId !== undefined) {
    const s = await findSchemeById(handle, q.schemeId);
    if (!s) throw new NotFoundError(`考核办法 ${q.schemeId} 不存在`);
    return { id: s.id, scheme: s };
  }
  const s = schemeInForce(await listSchemes(handle), q.to);
  if (!s) throw new NotFoundError(`${q.to} 没有施行中的考核办法，请先制定考核办法或指定一个`);
  return { id: s.id, scheme: s };
}

/** The 发改案件 register's tally per unit, keyed as the indicator panel keys its groups. */
async function registerTallies(
  court: Actor,
  handle: Db,
  from: string,
  to: string,
  by: AssessmentGrouping,
): Promise<Map<string, { errors: number; classified: number }>> {
  const stats = await reversalStatistics(court, handle, { from, to, by });
  return new Map(
    stats.rows.map((r) => [by === "division" ? r.division : `${r.division} / ${r.judge ?? ""}`, r]),
  );
}

/**
 * The 案件评查 figures per unit (results submitted in the period; rectifications overdue at its last
 * day), keyed as the indicator panel keys its groups; a division's are its judges' summed.
 */
async function reviewTallies(
  court: Actor,
  handle: Db,
  from: string,
  to: string,
  by: AssessmentGrouping,
): Promise<Map<string, ReviewTally>> {
  const out = new Map<string, ReviewTally>();
  for (const f of await reviewFiguresByJudge(court, handle, { from, to }, to)) {
    const key = by === "division" ? f.division : `${f.division} / ${f.judge}`;
    const t = out.get(key) ?? { reviewed: 0, scoreSum: 0, errors: 0, overdue: 0 };
    t.reviewed += f.reviewedCases;
    t.scoreSum += (f.averageScore ?? 0) * f.reviewedCases;
    t.errors += f.errorCount;
    t.overdue += f.overdueRectifications;
    out.set(key, t);
  }
  return out;
}

/** The unit keys the reader may see: all, their division's, or their own (as the panel keys them). */
function visible(actor: Actor, by: AssessmentGrouping): (key: string) => boolean {
  const s = dataScope(actor);
  switch (s.kind) {
    case "court":
      return () => true;
    case "division":
      return by === "division" ? (k) => k === s.division : (k) => k.startsWith(`${s.division} / `);
    case "judge":
      return (k) => k === `${s.division} / ${s.judge}`;
    case "none":
      return () => false;
  }
}

/**
 * With `cache` (the server's), the whole court's indicator values are shared with the dashboard's
 * panels and kept until the data changes.
 */
export async function assessUnits(
  actor: Actor,
  handle: Db,
  q: AssessQuery,
  cache?: ResultCache,
): Promise<AssessmentResult> {
  return (await assessUnitsWithScheme(actor, handle, q, cache)).result;
}

/** The scores and the whole scheme they were computed with (the export writes it out). */
export async function assessUnitsWithScheme(
  actor: Actor,
  handle: Db,
  q: AssessQuery,
  cache?: ResultCache,
): Promise<{ result: AssessmentResult; scheme: Scheme }> {
  mustAuthorize(actor, "view-assessment");
  const by = q.by ?? "division";
  if (!(ASSESSMENT_GROUPINGS as readonly string[]).includes(by))
    throw InvalidInputError.of("by", by, "考核单位应为 division（部门）或 judge（法官）");
  if (by === "division" && dataScope(actor).kind === "judge")
    throw InvalidInputError.of("by", by, "承办法官只能查看本人的考核结果，请按法官查看");
  const { id, scheme } = await resolveScheme(handle, q);
  // The whole court's values (see above); the reader's own policy was asked first.
  const court = ownCourtSystemActor(actor);
  // Catalogue items come from the indicator engine; register items (发改案件差错) from the register,
  // for the same period and units. The panel is asked even without catalogue items: it names the units.
  const ids = scheme.items.map((i) => i.indicator);
  const catalogueIds = ids.filter((i) => !REGISTER_INDICATOR_IDS.has(i));
  const question = { from: q.from, to: q.to, by, ids: catalogueIds.length > 0 ? catalogueIds : ["filed"] };
  const panel = cache
    ? await cachedPanel(cache, court, handle, question)
    : await computeIndicators(court, handle, question);
  const fromRegister = ids.some((i) => REGISTER_INDICATOR_IDS.has(i) && !REVIEW_INDICATOR_IDS.has(i))
    ? await registerTallies(court, handle, q.from, q.to, by)
    : undefined;
  const fromReview = ids.some((i) => REVIEW_INDICATOR_IDS.has(i))
    ? await reviewTallies(court, handle, q.from, q.to, by)
    : undefined;
  // The units: the panel's groups, and any unit the register has that the panel has not.
  const units = panel.groups.map((g) => ({
    key: g.key,
    values: Object.fromEntries(
      Object.entries(g.indicators)
        .filter(([k]) => catalogueIds.includes(k))
        .map(([k, f]) => [k, f.value as number | null]),
    ),
  }));
  if (fromRegister || fromReview) {
    for (const key of [...(fromRegister?.keys() ?? []), ...(fromReview?.keys() ?? [])])
      if (!units.some((u) => u.key === key)) units.push({ key, values: {} });
    units.sort((a, b) => a.key.localeCompare(b.key, "zh-CN"));
    for (const u of units) {
      if (fromRegister) Object.assign(u.values, registerValues(fromRegister.get(u.key)));
      if (fromReview) Object.assign(u.values, reviewValues(fromReview.get(u.key)));
    }
  }
  const scores = scoreUnits(scheme, units, catalogueLookup);
  const show = visible(actor, by);
  const result: AssessmentResult = {
    scheme: { id, name: scheme.name, version: scheme.version },
    from: panel.from,
    to: panel.to,
    by,
    units: scores.filter((u) => show(u.key)),
  };
  return { result, scheme };
}
