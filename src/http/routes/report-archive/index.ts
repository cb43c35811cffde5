/**
 * /api/report-archive: 报表归档 — the archived scheduled reports within the reader's scope, and
 * each file for download (its SHA-256 checked). /api/jobs: 定时任务 — the jobs with their
 * schedules and last runs, running one now, and their settings.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getJobSettings, updateJobSettings } from "../../../app/jobs/job-settings.js";
import { listJobs } from "../../../app/jobs/list-jobs.js";
import { runJob } from "../../../app/jobs/run-job.js";
import { downloadArchivedReport } from "../../../app/report-archive/download-archived-report.js";
import { listArchivedReports } from "../../../app/report-archive/list-archived-reports.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendUploadedFile } from "../../reply.js";
import { errorBody, errorResponses, fileBody } from "../../schema/common.js";
import {
  archiveList,
  archiveQuery,
  idParams,
  jobList,
  jobParams,
  jobSettings,
  jobSettingsBody,
  runJobBody,
  runJobResult,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/report-archive",
    { schema: { querystring: archiveQuery, response: { 200: archiveList, ...errorResponses } } },
    async (req) => listArchivedReports(requireActor(req), ctx.handle, req.query),
  );

  r.get(
    "/report-archive/:id/download",
    { schema: { params: idParams, response: { 200: fileBody, ...errorResponses, 500: errorBody } } },
    async (req, reply) => {
      const file = await downloadArchivedReport(requireActor(req), ctx.handle, req.params.id);
      return sendUploadedFile(reply, file, { "x-content-sha256": file.sha256 });
    },
  );

  r.get("/jobs", { schema: { response: { 200: jobList, ...errorResponses } } }, async (req) =>
    listJobs(requireActor(req), ctx.handle, { nowMs: Date.now() }),
  );

  r.post(
    "/jobs/:name/run",
    {
      schema: {
        params: jobParams,
        body: runJobBody,
        response: { 200: runJobResult, ...errorResponses, 409: errorBody },
      },
    },
    async (req) =>
      runJob(requireActor(req), ctx.handle, {
        name: req.params.name,
        period: req.body?.period,
        today: ctx.today(),
      }),
  );

  r.get("/jobs/settings", { schema: { response: { 200: jobSettings, ...errorResponses } } }, async (req) =>
    getJobSettings(requireActor(req), ctx.handle),
  );

  r.put(
    "/jobs/settings",
    { schema: { body: jobSettingsBody, response: { 200: jobSettings, ...errorResponses } } },
    async (req) => updateJobSettings(requireActor(req), ctx.handle, req.body),
  );
}
