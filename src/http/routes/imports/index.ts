/**
 * /api/imports: an upload is validated first (nothing written; the report lists every issue), then
 * committed by its token; and the import history.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { commitUpload } from "../../../app/imports/commit-upload.js";
import { listImports } from "../../../app/imports/list-imports.js";
import { validateUpload } from "../../../app/imports/validate-upload.js";
import { warmDashboard } from "../../../app/indicators/warm-dashboard.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import {
  importHistory,
  importListQuery,
  importReport,
  uploadTokenParams,
  validatedUpload,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/imports/validate",
    { schema: { response: { 200: validatedUpload, ...errorResponses } } },
    async (req) =>
      validateUpload(requireActor(req), ctx.handle, {
        uploadRoot: ctx.uploadDir,
        files: req.files(),
        today: ctx.today(),
        log: req.log,
      }),
  );

  r.post(
    "/imports/:token/commit",
    { schema: { params: uploadTokenParams, response: { 200: importReport, ...errorResponses } } },
    async (req) => {
      const report = await commitUpload(requireActor(req), ctx.handle, {
        uploadRoot: ctx.uploadDir,
        token: req.params.token,
        today: ctx.today(),
      });
      ctx.cache.invalidate();
      void warmDashboard(ctx);
      return report;
    },
  );

  r.get(
    "/imports",
    { schema: { querystring: importListQuery, response: { 200: importHistory, ...errorResponses } } },
    async (req) => listImports(requireActor(req), ctx.handle, req.query),
  );
}
