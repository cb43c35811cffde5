/**
 * /api/aftercare: 判后释明 and 督促履行 (docs/aftercare.md) — the task lists and their .xlsx, one
 * 督促 task with its contacts, recording a 释明, a contact, an outcome; the figures; the reader's
 * pending count for 我的待办.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { countAftercarePending } from "../../../app/aftercare/count-pending.js";
import { exportExplanations, exportPerformance } from "../../../app/aftercare/export-tasks.js";
import { getPerformance, listExplanations, listPerformance } from "../../../app/aftercare/list-tasks.js";
import { recordContact, recordExplanation, recordOutcome } from "../../../app/aftercare/record.js";
import { aftercareStatistics } from "../../../app/aftercare/statistics.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import {
  aftercareQuery,
  caseIdParams,
  contactBody,
  explanationBody,
  explanationPage,
  outcomeBody,
  pendingBody,
  performanceDetail,
  performancePage,
  statisticsBody,
  statisticsQuery,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/aftercare/explanations",
    { schema: { querystring: aftercareQuery, response: { 200: explanationPage, ...errorResponses } } },
    async (req) => listExplanations(requireActor(req), ctx.handle, req.query),
  );

  r.get(
    "/aftercare/explanations.xlsx",
    { schema: { querystring: aftercareQuery, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) => sendFile(reply, await exportExplanations(requireActor(req), ctx.handle, req.query)),
  );

  r.post(
    "/aftercare/explanations/:caseId",
    {
      schema: {
        params: caseIdParams,
        body: explanationBody,
        response: { 200: explanationPage.shape.rows.element, ...errorResponses },
      },
    },
    async (req) => recordExplanation(requireActor(req), ctx.handle, req.params.caseId, req.body, ctx.today()),
  );

  r.get(
    "/aftercare/performance",
    { schema: { querystring: aftercareQuery, response: { 200: performancePage, ...errorResponses } } },
    async (req) => listPerformance(requireActor(req), ctx.handle, req.query, ctx.today()),
  );

  r.get(
    "/aftercare/performance.xlsx",
    { schema: { querystring: aftercareQuery, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) =>
      sendFile(reply, await exportPerformance(requireActor(req), ctx.handle, req.query, ctx.today())),
  );

  r.get(
    "/aftercare/performance/:caseId",
    { schema: { params: caseIdParams, response: { 200: performanceDetail, ...errorResponses } } },
    async (req) => getPerformance(requireActor(req), ctx.handle, req.params.caseId, ctx.today()),
  );

  r.post(
    "/aftercare/performance/:caseId/contacts",
    {
      schema: {
        params: caseIdParams,
        body: contactBody,
        response: { 200: performanceDetail, ...errorResponses },
      },
    },
    async (req) => recordContact(requireActor(req), ctx.handle, req.params.caseId, req.body, ctx.today()),
  );

  r.post(
    "/aftercare/performance/:caseId/outcome",
    {
      schema: {
        params: caseIdParams,
        body: outcomeBody,
        response: { 200: performanceDetail, ...errorResponses },
      },
    },
    async (req) => recordOutcome(requireActor(req), ctx.handle, req.params.caseId, req.body, ctx.today()),
  );

  r.get(
    "/aftercare/statistics",
    { schema: { querystring: statisticsQuery, response: { 200: statisticsBody, ...errorResponses } } },
    async (req) => aftercareStatistics(requireActor(req), ctx.handle, req.query, ctx.today()),
  );

  r.get(
    "/aftercare/pending",
    { schema: { response: { 200: pendingBody, ...errorResponses } } },
    async (req) => countAftercarePending(requireActor(req), ctx.handle, ctx.today()),
  );
}
