/**
 * /api/reversals: the 发改案件 register (entries whose appellate result falls in a period, within
 * the reader's scope), its figures by division or judge, the options of the classification, one
 * entry, and the office's classification, the judge's objection and its decision.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { classifyReversal } from "../../../app/reversals/classify-reversal.js";
import { decideObjection } from "../../../app/reversals/decide-objection.js";
import { getReversal } from "../../../app/reversals/get-reversal.js";
import { listReversals } from "../../../app/reversals/list-reversals.js";
import { objectToReversal } from "../../../app/reversals/object-reversal.js";
import { reversalOptions } from "../../../app/reversals/reversal-options.js";
import { reversalStatistics } from "../../../app/reversals/reversal-statistics.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import {
  caseIdParams,
  classifyBody,
  decisionBody,
  objectionBody,
  reversalListBody,
  reversalListQuery,
  reversalOptionsBody,
  reversalRow,
  reversalStatisticsBody,
  reversalStatisticsQuery,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const conflict = { ...errorResponses, 409: errorResponses[400] };

  r.get(
    "/reversals",
    { schema: { querystring: reversalListQuery, response: { 200: reversalListBody, ...errorResponses } } },
    async (req) => listReversals(requireActor(req), ctx.handle, req.query),
  );

  r.get(
    "/reversals/statistics",
    {
      schema: {
        querystring: reversalStatisticsQuery,
        response: { 200: reversalStatisticsBody, ...errorResponses },
      },
    },
    async (req) => reversalStatistics(requireActor(req), ctx.handle, req.query),
  );

  r.get(
    "/reversals/options",
    { schema: { response: { 200: reversalOptionsBody, ...errorResponses } } },
    async (req) => reversalOptions(requireActor(req)),
  );

  r.get(
    "/reversals/:caseId",
    { schema: { params: caseIdParams, response: { 200: reversalRow, ...errorResponses } } },
    async (req) => getReversal(requireActor(req), ctx.handle, req.params.caseId),
  );

  r.post(
    "/reversals/:caseId/classification",
    { schema: { params: caseIdParams, body: classifyBody, response: { 200: reversalRow, ...conflict } } },
    async (req) => classifyReversal(requireActor(req), ctx.handle, req.params.caseId, req.body),
  );

  r.post(
    "/reversals/:caseId/objection",
    { schema: { params: caseIdParams, body: objectionBody, response: { 200: reversalRow, ...conflict } } },
    async (req) => objectToReversal(requireActor(req), ctx.handle, req.params.caseId, req.body),
  );

  r.post(
    "/reversals/:caseId/objection/decision",
    { schema: { params: caseIdParams, body: decisionBody, response: { 200: reversalRow, ...conflict } } },
    async (req) => decideObjection(requireActor(req), ctx.handle, req.params.caseId, req.body),
  );
}
