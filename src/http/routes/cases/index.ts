/**
 * /api/cases: searching cases (each row with its open alerts counted), exporting the search, and one
 * case with its 审限 clock and alerts.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { listCaseAlerts } from "../../../app/alerts/list-case-alerts.js";
import { exportCases } from "../../../app/cases/export-cases.js";
import { getCase } from "../../../app/cases/get-case.js";
import { type CaseListQuery, searchCases } from "../../../app/cases/list-cases.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendExport } from "../../reply.js";
import { errorResponses, exportErrorResponses, fileBody } from "../../schema/common.js";
import { filtersOf } from "../filters.js";
import { caseIdParams, caseListQuery, casePageOfRows, caseResponse } from "./schema.js";

function query(q: z.infer<typeof caseListQuery>): CaseListQuery {
  return { ...q, filters: filtersOf(q) };
}

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/cases",
    { schema: { querystring: caseListQuery, response: { 200: casePageOfRows, ...errorResponses } } },
    async (req) => searchCases(requireActor(req), ctx.handle, query(req.query)),
  );

  r.get(
    "/cases/export",
    { schema: { querystring: caseListQuery, response: { 200: fileBody, ...exportErrorResponses } } },
    async (req, reply) =>
      sendExport(reply, (signal) => exportCases(requireActor(req), query(req.query), ctx.exports, signal)),
  );

  r.get(
    "/cases/:id",
    { schema: { params: caseIdParams, response: { 200: caseResponse, ...errorResponses } } },
    async (req) => {
      const actor = requireActor(req);
      const page = await getCase(actor, ctx.handle, req.params.id, ctx.today());
      return { ...page, alerts: await listCaseAlerts(actor, ctx.handle, page.case) };
    },
  );
}
