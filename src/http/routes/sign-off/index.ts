/**
 * /api/sign-off: 阅核 — upload a draft file, submit it, answer a 复议 and resubmit; the reviewer's
 * queue, a judge's drafts, the statistics; a case's “须阅核” and its drafts. The reviewer acts on a
 * draft through the generic matter routes (POST /api/matters/:id/act).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { downloadDraftFile } from "../../../app/sign-off/download-draft-file.js";
import { getCaseSignOff } from "../../../app/sign-off/get-case-sign-off.js";
import { listSignOffDrafts } from "../../../app/sign-off/list-sign-off-drafts.js";
import { resubmitDraft } from "../../../app/sign-off/resubmit-draft.js";
import { getSignOffStatistics } from "../../../app/sign-off/sign-off-statistics.js";
import { submitDraft } from "../../../app/sign-off/submit-draft.js";
import { uploadDraftFile } from "../../../app/sign-off/upload-draft-file.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendUploadedFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import { matterBody as matterView } from "../workflow/schema.js";
import {
  caseSignOff,
  draftFileInfo,
  draftList,
  draftListQuery,
  idParams,
  resubmitDraftBody,
  signOffStatistics,
  statisticsQuery,
  submitDraftBody,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/cases/:id/sign-off",
    { schema: { params: idParams, response: { 200: caseSignOff, ...errorResponses } } },
    async (req) => getCaseSignOff(requireActor(req), ctx.handle, req.params.id, ctx.today()),
  );

  r.post(
    "/sign-off/files",
    { schema: { response: { 200: draftFileInfo, ...errorResponses } } },
    async (req) => {
      const actor = requireActor(req);
      const part = req.isMultipart() ? await req.file() : undefined;
      return uploadDraftFile(
        actor,
        ctx.handle,
        part ? { fileName: part.filename, content: part.file } : undefined,
        ctx.today(),
      );
    },
  );

  r.get(
    "/sign-off/files/:id",
    { schema: { params: idParams, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) => {
      const file = await downloadDraftFile(requireActor(req), ctx.handle, req.params.id, ctx.today());
      return sendUploadedFile(reply, file, { "x-content-sha256": file.sha256 });
    },
  );

  r.post(
    "/sign-off/drafts",
    { schema: { body: submitDraftBody, response: { 200: matterView, ...errorResponses } } },
    async (req) => submitDraft(requireActor(req), ctx.handle, req.body, ctx.today()),
  );

  r.post(
    "/sign-off/drafts/:id/resubmit",
    {
      schema: {
        params: idParams,
        body: resubmitDraftBody,
        response: { 200: matterView, ...errorResponses, 409: errorResponses[400] },
      },
    },
    async (req) => resubmitDraft(requireActor(req), ctx.handle, req.params.id, req.body, ctx.today()),
  );

  r.get(
    "/sign-off/drafts",
    { schema: { querystring: draftListQuery, response: { 200: draftList, ...errorResponses } } },
    async (req) => listSignOffDrafts(requireActor(req), ctx.handle, req.query.view, ctx.today()),
  );

  r.get(
    "/sign-off/statistics",
    { schema: { querystring: statisticsQuery, response: { 200: signOffStatistics, ...errorResponses } } },
    async (req) => getSignOffStatistics(requireActor(req), ctx.handle, req.query, ctx.today()),
  );
}
