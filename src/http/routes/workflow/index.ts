/** /api/matters: a workflow matter, a step on it; /api/cases/:id/matters: every matter on a case. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actOnMatter } from "../../../app/workflow/act-on-matter.js";
import { getMatter, listCaseMatters } from "../../../app/workflow/get-matter.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import { actBody, caseIdParams, caseMattersBody, matterBody, matterIdParams } from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/matters/:id",
    { schema: { params: matterIdParams, response: { 200: matterBody, ...errorResponses } } },
    async (req) => getMatter(requireActor(req), ctx.handle, req.params.id, ctx.today()),
  );

  r.post(
    "/matters/:id/act",
    { schema: { params: matterIdParams, body: actBody, response: { 200: matterBody, ...errorResponses } } },
    async (req) =>
      actOnMatter(
        requireActor(req),
        ctx.handle,
        req.params.id,
        req.body.action,
        req.body.version,
        req.body.input,
        ctx.today(),
      ),
  );

  r.get(
    "/cases/:id/matters",
    { schema: { params: caseIdParams, response: { 200: caseMattersBody, ...errorResponses } } },
    async (req) => ({
      matters: await listCaseMatters(requireActor(req), ctx.handle, req.params.id, ctx.today()),
    }),
  );
}
