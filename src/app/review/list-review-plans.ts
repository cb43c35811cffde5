/**
 * 评查计划 list and one plan with its drawn cases, results, problems by section and rectifications —
 * the plans of the courts whose plans the reader sees (and those that say no court), and of a plan
 * the drawn cases of those courts (a plan without a court drew from every court).
 */
import type { Db } from "../../db/connect.js";
import { listRectifications } from "../../db/review/rectifications.js";
import { findPlan, listPlans, type StoredPlan } from "../../db/review/review-plans.js";
import { findingsOf } from "../../db/review/review-results.js";
import { samplesOfPlan } from "../../db/review/review-samples.js";
import { type Actor, authorize, reviewCourts } from "../../domain/auth/index.js";
import { isRectificationOverdue } from "../../domain/review/kinds.js";
import { PLAN_KIND_LABELS } from "../../domain/review/reviewers.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { planRef } from "./plan-court.js";
import { rectificationStateLabel, reviewStateLabel } from "./review-common.js";

export interface PlanSummary {
  id: number;
  kind: string;
  kindLabel: string;
  /** The court (法院代字) the plan belongs to; null on a one-court installation. */
  courtCode: string | null;
  title: string;
  periodFrom: string;
  periodTo: string;
  seed: number;
  sheetVersion: number;
  state: string;
  stateLabel: string;
  drawnOn: string | null;
  createdBy: string;
  actions: string[];
}

function summary(actor: Actor, p: StoredPlan): PlanSummary {
  return {
    id: p.id,
    kind: p.kind,
    kindLabel: PLAN_KIND_LABELS[p.kind],
    courtCode: p.courtCode,
    title: p.title,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    seed: p.seed,
    sheetVersion: p.sheetVersion,
    state: p.state,
    stateLabel: p.state === "draft" ? "待抽取" : "已抽取",
    drawnOn: p.drawnOn,
    createdBy: p.createdBy,
    actions:
      p.state === "draft" &&
      authorize(actor, "run-review-plan", { kind: "review", courtCode: p.courtCode }).allowed
        ? ["draw"]
        : [],
  };
}

export async function listReviewPlans(actor: Actor, handle: Db): Promise<PlanSummary[]> {
  mustAuthorize(actor, "view-review");
  const courts = reviewCourts(actor);
  return (await listPlans(handle, courts ? { courts } : {})).map((p) => summary(actor, p));
}

export interface PlanCase {
  sampleId: number;
  caseId: number;
  caseNumber: string;
  division: string;
  judge: string;
  reviewer: string | null;
  reviewerName: string | null;
  matterId: number | null;
  matterVersion: number | null;
  state: string | null;
  stateLabel: string;
  score: number | null;
  className: string | null;
  problems: { section: string; item: string; text: string; points: number; severity: string }[];
  /** What the reader may do on it now: verify (复核, returning it too), decide (an objection). */
  actions: string[];
}

export interface PlanDetail {
  plan: PlanSummary & { allocation: unknown; filter: unknown; reviewers: string[]; recentMonths: number };
  cases: PlanCase[];
  /** Problems found, counted by section of the sheet (for the 通报's 共性问题). */
  problemsBySection: { section: string; count: number; points: number }[];
  rectifications: {
    matterId: number;
    caseNumber: string;
    judge: string;
    division: string;
    state: string;
    stateLabel: string;
    dueOn: string | null;
    overdue: boolean;
  }[];
  overdueRectifications: number;
}

export async function getReviewPlan(
  actor: Actor,
  handle: Db,
  planId: number,
  today: string,
): Promise<PlanDetail> {
  mustAuthorize(actor, "view-review");
  const plan = await findPlan(handle, planId);
  if (!plan) throw new NotFoundError(`评查计划 ${planId} 不存在`);
  mustAuthorize(actor, "view-review-plan", await planRef(handle, "review", plan.courtCode));
  // Of a plan without a court (drawn from every court), the cases of the reader's courts only.
  const courts = reviewCourts(actor) ?? undefined;
  const samples = await samplesOfPlan(handle, planId, courts);
  const findings = await findingsOf(
    handle,
    samples.map((s) => s.id),
  );
  const bySample = new Map<number, typeof findings>();
  for (const f of findings) bySample.set(f.sampleId, [...(bySample.get(f.sampleId) ?? []), f]);
  const sections = new Map<string, { count: number; points: number }>();
  for (const f of findings) {
    const s = sections.get(f.sectionName) ?? { count: 0, points: 0 };
    s.count++;
    s.points += f.points;
    sections.set(f.sectionName, s);
  }
  const rects = (await listRectifications(handle, { planId, ...(courts ? { courts } : {}) })).map((r) => ({
    matterId: r.matterId,
    caseNumber: r.caseNumber,
    judge: r.judge,
    division: r.division,
    state: r.state,
    stateLabel: rectificationStateLabel(r.state),
    dueOn: r.dueOn,
    overdue: isRectificationOverdue(r.state, r.dueOn, today),
  }));
  return {
    plan: {
      ...summary(actor, plan),
      allocation: plan.allocation,
      filter: plan.filter,
      reviewers: plan.options.reviewers,
      recentMonths: plan.options.recentMonths,
    },
    cases: samples.map((s) => {
      // Steps on a case of a plan without a court belong to the case's court.
      const runs = authorize(actor, "run-review-plan", {
        kind: "review",
        courtCode: s.planCourtCode ?? s.courtCode,
      }).allowed;
      return {
        sampleId: s.id,
        caseId: s.caseId,
        caseNumber: s.caseNumber,
        division: s.division,
        judge: s.judge,
        reviewer: s.reviewer,
        reviewerName: s.reviewerName,
        matterId: s.matterId,
        matterVersion: s.matterVersion,
        state: s.state,
        stateLabel: reviewStateLabel(s.state),
        score: s.finalScore ?? s.score,
        className: s.finalClass ?? s.className,
        problems: (bySample.get(s.id) ?? []).map((f) => ({
          section: f.sectionName,
          item: f.itemText,
          text: f.text,
          points: f.points,
          severity: f.severity === "error" ? "差错" : "瑕疵",
        })),
        actions: !runs ? [] : s.state === "scored" ? ["verify"] : s.state === "objected" ? ["decide"] : [],
      };
    }),
    problemsBySection: [...sections.entries()]
      .map(([section, v]) => ({ section, ...v }))
      .sort((a, b) => b.count - a.count || b.points - a.points),
    rectifications: rects,
    overdueRectifications: rects.filter((r) => r.overdue).length,
  };
}
