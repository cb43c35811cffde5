/**
 * /api/supervision: 四类案件 lists (待确认 / 监管中 / 已结束), counts by division and category with the
 * indicators, the .xlsx export, the rule library; /api/cases/:id/supervision: a case's status (the
 * judge is told it is supervised and why) and 提请标注. Confirming, revoking and the supervision
 * measures are steps on the matter (POST /api/matters/:id/act).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { countSupervisedCases } from "../../../app/supervision/count-supervised-cases.js";
import { exportSupervisedCases } from "../../../app/supervision/export-supervised-cases.js";
import { getCaseSupervision } from "../../../app/supervision/get-case-supervision.js";
import { listSupervisedCases } from "../../../app/supervision/list-supervised-cases.js";
import { listSupervisionRules } from "../../../app/supervision/list-supervision-rules.js";
import { markSupervisedCase } from "../../../app/supervision/mark-supervised-case.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import { matterBody } from "../workflow/schema.js";
import {
  caseIdParams,
  caseSupervisionBody,
  markBody,
  supervisionListBody,
  supervisionListQuery,
  supervisionRulesBody,
  supervisionSummaryBody,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/supervision/cases",
    {
      schema: {
        querystring: supervisionListQuery,
        response: { 200: supervisionListBody, ...errorResponses },
      },
    },
    async (req) => listSupervisedCases(requireActor(req), ctx.handle, req.query),
  );

  r.get(
    "/supervision/cases.xlsx",
    { schema: { querystring: supervisionListQuery, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) =>
      sendFile(reply, await exportSupervisedCases(requireActor(req), ctx.handle, req.query)),
  );

  r.get(
    "/supervision/summary",
    { schema: { response: { 200: supervisionSummaryBody, ...errorResponses } } },
    async (req) => countSupervisedCases(requireActor(req), ctx.handle),
  );

  r.get(
    "/supervision/rules",
    { schema: { response: { 200: supervisionRulesBody, ...errorResponses } } },
    async (req) => ({ rules: await listSupervisionRules(requireActor(req), ctx.handle) }),
  );

  r.get(
    "/cases/:id/supervision",
    { schema: { params: caseIdParams, response: { 200: caseSupervisionBody, ...errorResponses } } },
    async (req) => getCaseSupervision(requireActor(req), ctx.handle, req.params.id),
  );

  r.post(
    "/cases/:id/supervision",
    { schema: { params: caseIdParams, body: markBody, response: { 200: matterBody, ...errorResponses } } },
    async (req) => markSupervisedCase(requireActor(req), ctx.handle, req.params.id, req.body, ctx.today()),
  );
}
