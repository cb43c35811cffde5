/**
 * /api/appraisals: the 鉴定 register (filters, working-day flags, the check against the case's
 * 扣除审限), entering and correcting an appraisal, and the 诉前/诉中 comparison with its cases.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  appraisalComparison,
  appraisalComparisonCases,
} from "../../../app/appraisals/appraisal-comparison.js";
import { listAppraisals } from "../../../app/appraisals/list-appraisals.js";
import { createAppraisal, updateAppraisalEntry } from "../../../app/appraisals/save-appraisal.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import {
  appraisalBody,
  appraisalListBody,
  appraisalListQuery,
  appraisalUpdateBody,
  comparisonBody,
  comparisonCasesBody,
  comparisonCasesQuery,
  comparisonQuery,
  idParams,
  savedBody,
} from "./schema.js";

const bool = (v: "true" | "false" | undefined) => (v === undefined ? undefined : v === "true");

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const conflict = { ...errorResponses, 409: errorResponses[400] };

  r.get(
    "/appraisals",
    { schema: { querystring: appraisalListQuery, response: { 200: appraisalListBody, ...errorResponses } } },
    async (req) =>
      listAppraisals(requireActor(req), ctx.handle, {
        ...req.query,
        overdue: bool(req.query.overdue),
        mismatch: bool(req.query.mismatch),
        running: bool(req.query.running),
        asOf: ctx.today(),
      }),
  );

  r.post(
    "/appraisals",
    { schema: { body: appraisalBody, response: { 200: savedBody, ...conflict } } },
    async (req) => createAppraisal(requireActor(req), ctx.handle, req.body, { today: ctx.today() }),
  );

  r.put(
    "/appraisals/:id",
    { schema: { params: idParams, body: appraisalUpdateBody, response: { 200: savedBody, ...conflict } } },
    async (req) =>
      updateAppraisalEntry(requireActor(req), ctx.handle, req.params.id, req.body.version, req.body, {
        today: ctx.today(),
      }),
  );

  r.get(
    "/appraisals/comparison",
    { schema: { querystring: comparisonQuery, response: { 200: comparisonBody, ...errorResponses } } },
    async (req) => appraisalComparison(requireActor(req), ctx.handle, { ...req.query, asOf: ctx.today() }),
  );

  r.get(
    "/appraisals/comparison/cases",
    {
      schema: {
        querystring: comparisonCasesQuery,
        response: { 200: comparisonCasesBody, ...errorResponses },
      },
    },
    async (req) =>
      appraisalComparisonCases(requireActor(req), ctx.handle, { ...req.query, asOf: ctx.today() }),
  );
}
