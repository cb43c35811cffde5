/**
 * 抽取评查案件 (审管办): draws the plan's sample with its stored seed (sample-cases.ts, the same
 * draw `shenguan review sample` prints), skipping cases drawn within the last N months; assigns
 * reviewers (never the case's judge; for 交叉评查 never of the case's division — reviewers.ts);
 * stores the sample (a case at most once per plan) and opens a 案件评查 matter per assigned case,
 * with a task for its reviewer in 我的待办. A case no reviewer may take is stored unassigned and
 * reported. A plan is drawn once (409 afterwards).
 * A plan of a court draws that court's cases only, and only that court's office draws it (a 中院
 * reads its basic courts' plans but does not draw them).
 */
import type { Db } from "../../db/connect.js";
import { findPlan, markPlanDrawn } from "../../db/review/review-plans.js";
import { insertSamples, setSampleMatter } from "../../db/review/review-samples.js";
import { reviewerAccounts } from "../../db/review/reviewer-candidates.js";
import type { Actor } from "../../domain/auth/index.js";
import { CASE_REVIEW_KIND_ID } from "../../domain/review/kinds.js";
import { assignReviewers, PLAN_KIND_LABELS } from "../../domain/review/reviewers.js";
import { ConflictError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { openMatter } from "../workflow/open-matter.js";
import { checkAccountsOfCourt, planRef } from "./plan-court.js";
import { drawFromStorage } from "./sample-cases.js";

export interface DrawOutcome {
  planId: number;
  drawn: number;
  assigned: number;
  unassigned: { caseNumber: string; division: string; judge: string }[];
  eligible: number;
  skipped: number;
  strata: { division: string; eligible: number; quota: number }[];
}

export async function drawReviewPlan(
  actor: Actor,
  handle: Db,
  planId: number,
  today: string,
): Promise<DrawOutcome> {
  mustAuthorize(actor, "manage-review");
  const plan = await findPlan(handle, planId);
  if (!plan) throw new NotFoundError(`评查计划 ${planId} 不存在`);
  mustAuthorize(actor, "run-review-plan", await planRef(handle, "review", plan.courtCode));
  if (plan.state !== "draft")
    throw new ConflictError(`评查计划“${plan.title}”已于 ${plan.drawnOn} 抽取，不能重复抽取`);
  const accounts = (await reviewerAccounts(handle, plan.options.reviewers)).filter((a) => !a.disabled);
  const missing = plan.options.reviewers.filter((u) => !accounts.some((a) => a.username === u));
  if (missing.length > 0) throw InvalidInputError.of("reviewers", missing, "评查人账号不存在或已停用");
  if (accounts.length === 0)
    throw InvalidInputError.of("reviewers", [], `${PLAN_KIND_LABELS[plan.kind]}须指定评查人`);
  await checkAccountsOfCourt(handle, "reviewers", accounts, plan.courtCode, "评查人", "评查计划");

  // 重点评查 reviews every case found: a "simple" draw of them all.
  const allocation = plan.allocation ?? { mode: "simple" as const, size: 1_000_000 };
  const r = await drawFromStorage(handle, {
    period: { from: plan.periodFrom, to: plan.periodTo },
    allocation,
    seed: plan.seed,
    filter: plan.filter,
    recentMonths: plan.options.recentMonths,
    ...(plan.courtCode ? { court: plan.courtCode } : {}),
  });
  const assignment = assignReviewers(plan.kind, r.cases, accounts, plan.seed);
  const reviewerOf = new Map(assignment.assignments.map((a) => [a.caseId, a.reviewer]));

  const sampleIds = await handle.db.transaction().execute(async (trx) => {
    if (!(await markPlanDrawn(trx, planId, today)))
      throw new ConflictError(`评查计划“${plan.title}”已被他人抽取`);
    return insertSamples(
      trx,
      r.cases.map((c) => ({
        planId,
        caseId: c.caseId,
        caseNumber: c.caseNumber,
        division: c.division,
        judge: c.judge,
        reviewer: reviewerOf.get(c.caseId) ?? null,
        drawnOn: today,
      })),
    );
  });
  // Each assigned case's review matter (its own transaction: matter, trace, task, audit).
  for (let i = 0; i < r.cases.length; i++) {
    const c = r.cases[i]!;
    const reviewer = reviewerOf.get(c.caseId);
    if (!reviewer) continue;
    const view = await openMatter(
      actor,
      handle,
      {
        kind: CASE_REVIEW_KIND_ID,
        title: `${c.caseNumber} ${PLAN_KIND_LABELS[plan.kind]}`,
        division: c.division,
        judge: c.judge,
        caseId: c.caseId,
        caseNumber: c.caseNumber,
        input: {},
        data: { reviewer, planId, sampleId: sampleIds[i] },
      },
      today,
      { system: true },
    );
    await setSampleMatter(handle.db, sampleIds[i]!, view.id);
  }
  return {
    planId,
    drawn: r.cases.length,
    assigned: assignment.assignments.length,
    unassigned: r.cases
      .filter((c) => !reviewerOf.has(c.caseId))
      .map((c) => ({ caseNumber: c.caseNumber, division: c.division, judge: c.judge })),
    eligible: r.eligible,
    skipped: r.skipped,
    strata: r.strata,
  };
}
