/**
 * The monthly 审限与长期未结通报: GET /api/bulletins (the months with data), GET /api/bulletins/:month
 * (the headline figures against last month, by division, for the screen), and for download
 * GET /api/bulletins/:month.xlsx (the detail workbook) and GET /api/bulletins/:month.docx (the
 * narrative to sign and circulate) — all computed as of the month's last day (today for the
 * current month) from one build of the month's bulletin, cached for the day.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { exportBulletin } from "../../../app/bulletins/export-bulletin.js";
import { getBulletinSummary } from "../../../app/bulletins/get-bulletin-summary.js";
import { listBulletinMonths } from "../../../app/bulletins/list-bulletin-months.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import { bulletinMonthsBody, bulletinParams, bulletinQuery, bulletinSummaryBody } from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/bulletins", { schema: { response: { 200: bulletinMonthsBody, ...errorResponses } } }, async (req) =>
    listBulletinMonths(requireActor(req), ctx.handle, ctx.today()),
  );

  r.get(
    "/bulletins/:month",
    {
      schema: {
        params: bulletinParams,
        querystring: bulletinQuery,
        response: { 200: bulletinSummaryBody, ...errorResponses },
      },
    },
    async (req) =>
      getBulletinSummary(requireActor(req), ctx.handle, {
        month: req.params.month,
        today: ctx.today(),
        cache: ctx.cache,
        court: req.query.court,
      }),
  );

  for (const format of ["xlsx", "docx"] as const) {
    r.get(
      `/bulletins/:month.${format}`,
      {
        schema: {
          params: bulletinParams,
          querystring: bulletinQuery,
          response: { 200: fileBody, ...errorResponses },
        },
      },
      async (req, reply) =>
        sendFile(
          reply,
          await exportBulletin(requireActor(req), ctx.handle, {
            month: req.params.month,
            format,
            today: ctx.today(),
            cache: ctx.cache,
            court: req.query.court,
          }),
        ),
    );
  }
}
