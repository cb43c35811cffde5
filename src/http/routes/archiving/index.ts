/**
 * /api/archiving: 颗粒归仓 — archive lag by division and judge, the archive rate per month, and the
 * closed cases not archived (overdue by default), as a list and as an .xlsx per division.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { archivingFigures, exportUnarchived, listUnarchived } from "../../../app/archiving/archiving.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import { archivingBody, archivingQuery, unarchivedBody, unarchivedQuery } from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const unarchived = (q: {
    division?: string;
    overdueOnly?: "true" | "false";
    page?: number;
    pageSize?: number;
  }) => ({
    ...q,
    overdueOnly: q.overdueOnly !== "false",
    asOf: ctx.today(),
  });

  r.get(
    "/archiving",
    { schema: { querystring: archivingQuery, response: { 200: archivingBody, ...errorResponses } } },
    async (req) => archivingFigures(requireActor(req), ctx.handle, { ...req.query, asOf: ctx.today() }),
  );

  r.get(
    "/archiving/unarchived",
    { schema: { querystring: unarchivedQuery, response: { 200: unarchivedBody, ...errorResponses } } },
    async (req) => listUnarchived(requireActor(req), ctx.handle, unarchived(req.query)),
  );

  r.get(
    "/archiving/unarchived.xlsx",
    { schema: { querystring: unarchivedQuery, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) =>
      sendFile(reply, await exportUnarchived(requireActor(req), ctx.handle, unarchived(req.query))),
  );
}
