/**
 * /api/assessment: 考核办法 (list, read, write a version) and 考核结果 (the scores of a period by
 * division or judge, and their .xlsx export).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { assessUnits } from "../../../app/assessment/assess-units.js";
import { exportAssessment } from "../../../app/assessment/export-assessment.js";
import { getAssessmentScheme } from "../../../app/assessment/get-scheme.js";
import { listAssessmentSchemes } from "../../../app/assessment/list-schemes.js";
import { createAssessmentScheme, updateAssessmentScheme } from "../../../app/assessment/save-scheme.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import {
  assessmentResult,
  resultsQuery,
  schemeBody,
  schemeIdParams,
  schemeList,
  schemeRow,
} from "./schema.js";

const withConflict = { ...errorResponses, 409: errorResponses[400] };

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/assessment/schemes",
    { schema: { response: { 200: schemeList, ...errorResponses } } },
    async (req) => listAssessmentSchemes(requireActor(req), ctx.handle, ctx.today()),
  );

  r.get(
    "/assessment/schemes/:id",
    { schema: { params: schemeIdParams, response: { 200: schemeRow, ...errorResponses } } },
    async (req) => getAssessmentScheme(requireActor(req), ctx.handle, req.params.id),
  );

  r.post(
    "/assessment/schemes",
    { schema: { body: schemeBody, response: { 200: schemeRow, ...withConflict } } },
    async (req) => createAssessmentScheme(requireActor(req), ctx.handle, req.body),
  );

  r.patch(
    "/assessment/schemes/:id",
    { schema: { params: schemeIdParams, body: schemeBody, response: { 200: schemeRow, ...withConflict } } },
    async (req) => updateAssessmentScheme(requireActor(req), ctx.handle, req.params.id, req.body),
  );

  r.get(
    "/assessment/results",
    { schema: { querystring: resultsQuery, response: { 200: assessmentResult, ...errorResponses } } },
    async (req) => assessUnits(requireActor(req), ctx.handle, req.query, ctx.cache),
  );

  r.get(
    "/assessment/export",
    { schema: { querystring: resultsQuery, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) =>
      sendFile(reply, await exportAssessment(requireActor(req), ctx.handle, req.query, ctx.cache)),
  );
}
