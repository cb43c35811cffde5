/** /api/observations: 庭审观摩评比 — rounds, scoring, 座谈会, 示范庭. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  confirmDemonstrationHearing,
  createObservationPlan,
  getObservationPlan,
  listObservationPlans,
  proposeDemonstrationHearings,
  recordMeeting,
  scoreHearing,
} from "../../../app/observation/observation-plans.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import {
  createdBody,
  createObservationBody,
  idParams,
  meetingBody,
  observationList,
  observationPlan,
  okBody,
  proposedBody,
  scoreHearingBody,
  totalBody,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/observations", { schema: { response: { 200: observationList, ...errorResponses } } }, async (req) =>
    listObservationPlans(requireActor(req), ctx.handle),
  );
  r.post(
    "/observations",
    { schema: { body: createObservationBody, response: { 200: createdBody, ...errorResponses } } },
    async (req) => createObservationPlan(requireActor(req), ctx.handle, req.body),
  );
  r.get(
    "/observations/:id",
    { schema: { params: idParams, response: { 200: observationPlan, ...errorResponses } } },
    async (req) => getObservationPlan(requireActor(req), ctx.handle, req.params.id),
  );
  r.post(
    "/observations/hearings/:id/score",
    { schema: { params: idParams, body: scoreHearingBody, response: { 200: totalBody, ...errorResponses } } },
    async (req) => scoreHearing(requireActor(req), ctx.handle, req.params.id, req.body.scores, ctx.today()),
  );
  r.post(
    "/observations/:id/meeting",
    { schema: { params: idParams, body: meetingBody, response: { 200: okBody, ...errorResponses } } },
    async (req) => {
      await recordMeeting(requireActor(req), ctx.handle, req.params.id, req.body);
      return { ok: true as const };
    },
  );
  r.post(
    "/observations/:id/propose",
    { schema: { params: idParams, response: { 200: proposedBody, ...errorResponses } } },
    async (req) => ({
      hearingIds: await proposeDemonstrationHearings(requireActor(req), ctx.handle, req.params.id),
    }),
  );
  r.post(
    "/observations/hearings/:id/confirm",
    { schema: { params: idParams, response: { 200: okBody, ...errorResponses } } },
    async (req) => {
      await confirmDemonstrationHearing(requireActor(req), ctx.handle, req.params.id);
      return { ok: true as const };
    },
  );
}
