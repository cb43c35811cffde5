/**
 * 我的评查: the drawn cases the reader is to review (or has reviewed), within the courts whose plans
 * they read, and their own cases' results — of their own court (a judge is a name within a division
 * within a court).
 */
import type { Db } from "../../db/connect.js";
import { type SampleRow, samplesOfJudge, samplesOfReviewer } from "../../db/review/review-samples.js";
import { type Actor, reviewCourts } from "../../domain/auth/index.js";
import { PLAN_KIND_LABELS, type PlanKind } from "../../domain/review/reviewers.js";
import { mustAuthorize } from "../shared/policy.js";
import { reviewStateLabel } from "./review-common.js";

export interface MyReviewRow {
  sampleId: number;
  planId: number;
  planTitle: string;
  planKindLabel: string;
  caseId: number;
  caseNumber: string;
  division: string;
  judge: string;
  matterId: number | null;
  matterVersion: number | null;
  state: string | null;
  stateLabel: string;
  score: number | null;
  className: string | null;
}

function row(s: SampleRow): MyReviewRow {
  return {
    sampleId: s.id,
    planId: s.planId,
    planTitle: s.planTitle,
    planKindLabel: PLAN_KIND_LABELS[s.planKind as PlanKind] ?? s.planKind,
    caseId: s.caseId,
    caseNumber: s.caseNumber,
    division: s.division,
    judge: s.judge,
    matterId: s.matterId,
    matterVersion: s.matterVersion,
    state: s.state,
    stateLabel: reviewStateLabel(s.state),
    score: s.finalScore ?? s.score,
    className: s.finalClass ?? s.className,
  };
}

export async function listMyReviews(
  actor: Actor,
  handle: Db,
): Promise<{ toReview: MyReviewRow[]; ofMyCases: MyReviewRow[] }> {
  mustAuthorize(actor, "view-inbox");
  const toReview = (await samplesOfReviewer(handle, actor.username, reviewCourts(actor))).map(row);
  const ofMyCases =
    actor.judgeName && actor.division
      ? (await samplesOfJudge(handle, actor.division, actor.judgeName, actor.court ? [actor.court] : null))
          .filter((s) => s.state !== null && s.state !== "assigned" && s.state !== "scored")
          .map(row)
      : [];
  return { toReview, ofMyCases };
}
