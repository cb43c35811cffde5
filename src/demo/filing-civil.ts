/**
 * Filing — a 民初 (civil first instance, 61 % of trial cases): cause, parties, amount,
 * procedure, division and judge. Batches (batches.ts), refilings (overruns.ts) and backlog cases
 * (backlog.ts) are 民初 too and end with `completeCivil`.
 */
import type { DayNumber } from "../domain/calendar/civil-date.js";
import type { Procedure } from "../domain/case/procedure.js";
import { amountOf, capSmall } from "./amounts.js";
import { CIVIL_PROCEDURE, CIVIL_ROUTING, type CivilCause, EXCLUSION_RATES } from "./catalog.js";
import type { DemoContext } from "./context.js";
import type { DemoDivision, DivisionKey } from "./court.js";
import { recordCivilProcedure } from "./data-quality.js";
import type { Draft, Party } from "./draft.js";
import { newDraft } from "./new-draft.js";
import { defendantsOf, judgeOf, party } from "./parties.js";
import type { WeightedTable } from "./rng.js";
import type { DemoLabel } from "./types.js";

/**
 * A 民初 filed on `filed` under `cause`: parties and amount (or `given`, for a refiling), procedure
 * (普通, 小额 when the amount allows, else 简易), division and judge.
 */
export function fileCivil(
  ctx: DemoContext,
  filed: DayNumber,
  cause: CivilCause,
  labels: DemoLabel[],
  given?: { plaintiffs: Party[]; defendants: Party[]; amountFen: number | null; division?: DemoDivision },
): Draft {
  const rng = ctx.rng;
  const x = newDraft(ctx, "民初", filed, labels);
  x.cause = cause.name;
  x.plaintiffs = given?.plaintiffs ?? [party(ctx, cause.plaintiff)];
  x.defendants = given?.defendants ?? defendantsOf(ctx, cause.defendants);
  x.amountFen = given ? given.amountFen : amountOf(rng, cause);
  const pOrd = CIVIL_PROCEDURE.ordinary[cause.group];
  const pSmall = cause.small && x.amountFen !== null ? CIVIL_PROCEDURE.smallClaims : 0;
  const u = rng.next();
  const proc: Procedure = u < pOrd ? "普通程序" : u < pOrd + pSmall ? "小额诉讼程序" : "简易程序";
  if (proc === "小额诉讼程序") x.amountFen = capSmall(rng, x.amountFen);
  x.procedure = proc;
  let key = rng.weighted(ctx.tables.routing.get(cause.group) as WeightedTable<DivisionKey>);
  if (proc === "小额诉讼程序" && cause.group !== "complex" && rng.chance(0.3)) key = "fastTrack";
  if (key === "fastTrack" && proc === "普通程序") key = CIVIL_ROUTING[cause.group][0]![0];
  x.division = given?.division ?? ctx.court.division[key];
  x.judge = judgeOf(rng, x.division);
  completeCivil(ctx, x, cause);
  return x;
}

/**
 * What every 民初 gets however it was filed (fresh, batch, refiled, backlog): the cause's exclusion
 * rates and the 审理程序 it is recorded under.
 */
export function completeCivil(ctx: DemoContext, x: Draft, cause: CivilCause): void {
  const base = EXCLUSION_RATES.民初 ?? {};
  x.exclusionRates = {
    ...base,
    ...(cause.notice !== undefined ? { 公告: cause.notice } : {}),
    ...(cause.appraisal !== undefined ? { 鉴定: cause.appraisal } : {}),
    ...(cause.jurisdiction !== undefined ? { 管辖异议: cause.jurisdiction } : {}),
    ...(cause.audit !== undefined ? { 审计评估: cause.audit } : {}),
  };
  recordCivilProcedure(ctx.rng, x);
}
