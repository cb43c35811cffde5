/**
 * /api/triage-flow (繁简分流): 退案流转 — the cases that left the fast track, as a list and an .xlsx —
 * and 快审统计, the fast-track figures by division or month.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { exportTransfersBack } from "../../../app/triage/export-transfers-back.js";
import { fastTrackStats } from "../../../app/triage/fast-track-stats.js";
import { listTransfersBack } from "../../../app/triage/list-transfers-back.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import { fastTrackStatsBody, statsQuery, transfersPage, transfersQuery } from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/triage-flow/transfers",
    { schema: { querystring: transfersQuery, response: { 200: transfersPage, ...errorResponses } } },
    async (req) => listTransfersBack(requireActor(req), ctx.handle, req.query, ctx.today()),
  );
  r.get(
    "/triage-flow/transfers.xlsx",
    { schema: { querystring: transfersQuery, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) =>
      sendFile(reply, await exportTransfersBack(requireActor(req), ctx.handle, req.query, ctx.today())),
  );
  r.get(
    "/triage-flow/stats",
    { schema: { querystring: statsQuery, response: { 200: fastTrackStatsBody, ...errorResponses } } },
    async (req) => fastTrackStats(requireActor(req), ctx.handle, req.query),
  );
}
