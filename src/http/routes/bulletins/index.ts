/**
 * The monthly 审限与长期未结通报 for download: GET /api/bulletins/:month.xlsx (the detail workbook)
 * and GET /api/bulletins/:month.docx (the narrative to sign and circulate), computed as of the
 * month's last day (today for the current month).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { exportBulletin } from "../../../app/bulletins/export-bulletin.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import { bulletinParams } from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const format of ["xlsx", "docx"] as const) {
    r.get(
      `/bulletins/:month.${format}`,
      { schema: { params: bulletinParams, response: { 200: fileBody, ...errorResponses } } },
      async (req, reply) =>
        sendFile(
          reply,
          await exportBulletin(requireActor(req), ctx.handle, {
            month: req.params.month,
            format,
            today: ctx.today(),
            cache: ctx.cache,
          }),
        ),
    );
  }
}
