/** /api/review: 案件评查 — plans, the draw, scoring, 复核, feedback, objections, figures, the sheet. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { answerReview } from "../../../app/review/answer-review.js";
import { createReviewPlan } from "../../../app/review/create-review-plan.js";
import { decideObjection } from "../../../app/review/decide-objection.js";
import { drawReviewPlan } from "../../../app/review/draw-review-plan.js";
import { exportReviewBulletin } from "../../../app/review/export-review-bulletin.js";
import { getScoreSheet } from "../../../app/review/get-score-sheet.js";
import { listMyReviews } from "../../../app/review/list-my-reviews.js";
import { getReviewPlan, listReviewPlans } from "../../../app/review/list-review-plans.js";
import { listReviewRectifications } from "../../../app/review/list-review-rectifications.js";
import { reviewFiguresByJudge } from "../../../app/review/review-figures-by-judge.js";
import { saveScoreSheet } from "../../../app/review/save-score-sheet.js";
import { submitReview } from "../../../app/review/submit-review.js";
import { verifyReview } from "../../../app/review/verify-review.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import {
  answerBody,
  answeredBody,
  createdBody,
  createPlanBody,
  decideBody,
  decidedBody,
  drawOutcome,
  figuresBody,
  figuresQuery,
  idParams,
  myReviews,
  okBody,
  planDetail,
  planList,
  rectificationList,
  savedSheetBody,
  saveSheetBody,
  scoreBody,
  scoreResult,
  sheetBody,
  verifyBody,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/review/plans", { schema: { response: { 200: planList, ...errorResponses } } }, async (req) =>
    listReviewPlans(requireActor(req), ctx.handle),
  );
  r.post(
    "/review/plans",
    { schema: { body: createPlanBody, response: { 200: createdBody, ...errorResponses } } },
    async (req) => createReviewPlan(requireActor(req), ctx.handle, req.body),
  );
  r.get(
    "/review/plans/:id",
    { schema: { params: idParams, response: { 200: planDetail, ...errorResponses } } },
    async (req) => getReviewPlan(requireActor(req), ctx.handle, req.params.id, ctx.today()),
  );
  r.post(
    "/review/plans/:id/draw",
    { schema: { params: idParams, response: { 200: drawOutcome, ...errorResponses } } },
    async (req) => drawReviewPlan(requireActor(req), ctx.handle, req.params.id, ctx.today()),
  );
  r.get("/review/mine", { schema: { response: { 200: myReviews, ...errorResponses } } }, async (req) =>
    listMyReviews(requireActor(req), ctx.handle),
  );
  r.get(
    "/review/sheet",
    {
      schema: {
        querystring: z.object({ version: z.coerce.number().int().min(1).optional() }),
        response: { 200: sheetBody, ...errorResponses },
      },
    },
    async (req) => getScoreSheet(requireActor(req), ctx.handle, req.query.version),
  );
  r.post(
    "/review/sheet",
    { schema: { body: saveSheetBody, response: { 200: savedSheetBody, ...errorResponses } } },
    async (req) => saveScoreSheet(requireActor(req), ctx.handle, req.body),
  );
  r.post(
    "/review/samples/:id/score",
    { schema: { params: idParams, body: scoreBody, response: { 200: scoreResult, ...errorResponses } } },
    async (req) => submitReview(requireActor(req), ctx.handle, req.params.id, req.body, ctx.today()),
  );
  r.post(
    "/review/samples/:id/verify",
    { schema: { params: idParams, body: verifyBody, response: { 200: okBody, ...errorResponses } } },
    async (req) => {
      await verifyReview(requireActor(req), ctx.handle, req.params.id, req.body, ctx.today());
      return { ok: true as const };
    },
  );
  r.post(
    "/review/samples/:id/answer",
    { schema: { params: idParams, body: answerBody, response: { 200: answeredBody, ...errorResponses } } },
    async (req) => answerReview(requireActor(req), ctx.handle, req.params.id, req.body, ctx.today()),
  );
  r.post(
    "/review/samples/:id/decide",
    { schema: { params: idParams, body: decideBody, response: { 200: decidedBody, ...errorResponses } } },
    async (req) => decideObjection(requireActor(req), ctx.handle, req.params.id, req.body, ctx.today()),
  );
  for (const format of ["docx", "xlsx"] as const)
    r.get(
      `/review/plans/:id/bulletin.${format}`,
      { schema: { params: idParams, response: { 200: fileBody, ...errorResponses } } },
      async (req, reply) =>
        sendFile(
          reply,
          await exportReviewBulletin(requireActor(req), ctx.handle, req.params.id, format, ctx.today()),
        ),
    );
  r.get(
    "/review/rectifications",
    { schema: { response: { 200: rectificationList, ...errorResponses } } },
    async (req) => listReviewRectifications(requireActor(req), ctx.handle, ctx.today()),
  );
  r.get(
    "/review/figures",
    { schema: { querystring: figuresQuery, response: { 200: figuresBody, ...errorResponses } } },
    async (req) => reviewFiguresByJudge(requireActor(req), ctx.handle, req.query, ctx.today()),
  );
}
