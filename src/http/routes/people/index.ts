/**
 * /api/people: the staff register (人员) — list (the court's, or a chief's division's), add, change,
 * take out of post (停用) or back, and import the sheet 人员 (one file; all rows or none).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { addStaff } from "../../../app/people/add-staff.js";
import { importStaffUpload } from "../../../app/people/import-staff-upload.js";
import { listStaff } from "../../../app/people/list-staff.js";
import { updateStaffMember } from "../../../app/people/update-staff.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import {
  newStaffBody,
  staffChangeBody,
  staffIdParams,
  staffImportQuery,
  staffImportReport,
  staffListQuery,
  staffPage,
  staffRow,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/people",
    { schema: { querystring: staffListQuery, response: { 200: staffPage, ...errorResponses } } },
    async (req) =>
      listStaff(requireActor(req), ctx.handle, {
        ...req.query,
        active: req.query.active === undefined ? undefined : req.query.active === "true",
      }),
  );

  r.post(
    "/people",
    { schema: { body: newStaffBody, response: { 200: staffRow, ...errorResponses } } },
    async (req) => {
      const row = await addStaff(requireActor(req), ctx.handle, req.body, ctx.today());
      ctx.cache.invalidate();
      return row;
    },
  );

  r.patch(
    "/people/:id",
    {
      schema: {
        params: staffIdParams,
        body: staffChangeBody,
        response: { 200: staffRow, ...errorResponses },
      },
    },
    async (req) => {
      const row = await updateStaffMember(
        requireActor(req),
        ctx.handle,
        req.params.id,
        req.body,
        ctx.today(),
      );
      ctx.cache.invalidate();
      return row;
    },
  );

  r.post(
    "/people/import",
    {
      schema: {
        querystring: staffImportQuery,
        response: { 200: staffImportReport, ...errorResponses, 413: errorResponses[400] },
      },
    },
    async (req) => {
      const report = await importStaffUpload(requireActor(req), ctx.handle, {
        uploadRoot: ctx.uploadDir,
        files: req.files(),
        today: ctx.today(),
        dryRun: req.query.dryRun === "true",
      });
      ctx.cache.invalidate();
      return report;
    },
  );
}
