/**
 * The reports: GET /api/reports/quarterly (审判态势分析报告) and GET /api/reports/monthly
 * (审判质效通报), each as a .docx or its .xlsx companion (format), for the whole court or one
 * division (a 庭长 always gets their own division's version).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { exportReport } from "../../../app/reports/export-report.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import { monthlyReportQuery, quarterlyReportQuery } from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/reports/quarterly",
    { schema: { querystring: quarterlyReportQuery, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) =>
      sendFile(
        reply,
        await exportReport(requireActor(req), ctx.handle, {
          kind: "quarterly",
          period: req.query.quarter,
          division: req.query.division,
          court: req.query.court,
          level: req.query.level,
          format: req.query.format,
          cache: ctx.cache,
        }),
      ),
  );

  r.get(
    "/reports/monthly",
    { schema: { querystring: monthlyReportQuery, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) =>
      sendFile(
        reply,
        await exportReport(requireActor(req), ctx.handle, {
          kind: "monthly",
          period: req.query.month,
          division: req.query.division,
          court: req.query.court,
          level: req.query.level,
          format: req.query.format,
          cache: ctx.cache,
        }),
      ),
  );
}
