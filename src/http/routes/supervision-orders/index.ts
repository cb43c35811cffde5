/** /api/supervision-orders: issue 督办单 (one per judge from a batch of alerts), list, export. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { exportOrders } from "../../../app/supervision-orders/export-orders.js";
import { issueOrders } from "../../../app/supervision-orders/issue-orders.js";
import { listOrders } from "../../../app/supervision-orders/list-orders.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendExport } from "../../reply.js";
import { errorResponses, exportErrorResponses, fileBody } from "../../schema/common.js";
import { issuedOrdersBody, issueOrdersBody, orderListQuery, orderPage } from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/supervision-orders",
    { schema: { querystring: orderListQuery, response: { 200: orderPage, ...errorResponses } } },
    async (req) => listOrders(requireActor(req), ctx.handle, req.query, ctx.today()),
  );

  r.get(
    "/supervision-orders/export",
    { schema: { querystring: orderListQuery, response: { 200: fileBody, ...exportErrorResponses } } },
    async (req, reply) =>
      sendExport(reply, (signal) =>
        exportOrders(requireActor(req), req.query, ctx.today(), ctx.exports, signal),
      ),
  );

  r.post(
    "/supervision-orders",
    { schema: { body: issueOrdersBody, response: { 200: issuedOrdersBody, ...errorResponses } } },
    async (req) => issueOrders(requireActor(req), ctx.handle, req.body, ctx.today()),
  );
}
