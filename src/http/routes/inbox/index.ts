/** /api/inbox: 我的待办 (待办, 我发起的, 已办), its count for the header, and its export. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { countInbox } from "../../../app/workflow/count-inbox.js";
import { exportInbox } from "../../../app/workflow/export-inbox.js";
import { listInbox } from "../../../app/workflow/list-inbox.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendExport } from "../../reply.js";
import { errorResponses, exportErrorResponses, fileBody } from "../../schema/common.js";
import { inboxCountBody, inboxPage, inboxQuery } from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/inbox",
    { schema: { querystring: inboxQuery, response: { 200: inboxPage, ...errorResponses } } },
    async (req) => listInbox(requireActor(req), ctx.handle, req.query, ctx.today()),
  );

  r.get("/inbox/count", { schema: { response: { 200: inboxCountBody, ...errorResponses } } }, async (req) =>
    countInbox(requireActor(req), ctx.handle, ctx.today()),
  );

  r.get(
    "/inbox/export",
    { schema: { querystring: inboxQuery, response: { 200: fileBody, ...exportErrorResponses } } },
    async (req, reply) =>
      sendExport(reply, (signal) =>
        exportInbox(requireActor(req), req.query, ctx.today(), ctx.exports, signal),
      ),
  );
}
