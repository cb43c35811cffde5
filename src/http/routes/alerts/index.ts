/** /api/alerts: lists, counts, export, the rule catalogue, and acknowledging an alert. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { acknowledgeAlert } from "../../../app/alerts/acknowledge-alert.js";
import { alertCounts } from "../../../app/alerts/count-alerts.js";
import { exportAlerts } from "../../../app/alerts/export-alerts.js";
import { listAlertRules } from "../../../app/alerts/list-alert-rules.js";
import { listAlerts } from "../../../app/alerts/list-alerts.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendExport } from "../../reply.js";
import { errorResponses, exportErrorResponses, fileBody } from "../../schema/common.js";
import {
  acknowledgeBody,
  acknowledgedBody,
  alertCountsBody,
  alertCountsQuery,
  alertIdParams,
  alertListQuery,
  alertPage,
  alertRulesBody,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/alerts",
    { schema: { querystring: alertListQuery, response: { 200: alertPage, ...errorResponses } } },
    async (req) => listAlerts(requireActor(req), ctx.handle, req.query),
  );

  r.get(
    "/alerts/counts",
    { schema: { querystring: alertCountsQuery, response: { 200: alertCountsBody, ...errorResponses } } },
    async (req) => alertCounts(requireActor(req), ctx.handle, req.query),
  );

  r.get(
    "/alerts/export",
    { schema: { querystring: alertListQuery, response: { 200: fileBody, ...exportErrorResponses } } },
    async (req, reply) =>
      sendExport(reply, (signal) => exportAlerts(requireActor(req), req.query, ctx.exports, signal)),
  );

  r.get("/alerts/rules", { schema: { response: { 200: alertRulesBody, ...errorResponses } } }, async (req) =>
    listAlertRules(requireActor(req)),
  );

  r.post(
    "/alerts/:id/ack",
    {
      schema: {
        params: alertIdParams,
        body: acknowledgeBody,
        response: { 200: acknowledgedBody, ...errorResponses },
      },
    },
    async (req) => {
      // Alert lists are not cached, and an acknowledgement changes no figure: nothing to invalidate.
      const alert = await acknowledgeAlert(requireActor(req), ctx.handle, req.params.id, req.body.note);
      return { alert };
    },
  );
}
