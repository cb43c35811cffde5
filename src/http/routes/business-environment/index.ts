/**
 * /api/business-environment: the 涉企 panel (涉企 against other cases, by division or 案由), the
 * 营商环境 "解决商业纠纷" pack for a period and its files (.xlsx, .docx), and the pack's definitions
 * (read; changed by the office).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getDefinitions, updateDefinitions } from "../../../app/business-environment/definitions.js";
import { enterprisePanel } from "../../../app/business-environment/enterprise-panel.js";
import { downloadPack, getPack } from "../../../app/business-environment/pack.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendFile } from "../../reply.js";
import { errorResponses, fileBody } from "../../schema/common.js";
import {
  definitionsBody,
  definitionsInput,
  downloadQuery,
  enterprisePanelBody,
  packBody,
  panelQuery,
  periodQuery,
} from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/business-environment/panel",
    { schema: { querystring: panelQuery, response: { 200: enterprisePanelBody, ...errorResponses } } },
    async (req) => enterprisePanel(requireActor(req), ctx.handle, req.query),
  );

  r.get(
    "/business-environment/pack",
    { schema: { querystring: periodQuery, response: { 200: packBody, ...errorResponses } } },
    async (req) => getPack(requireActor(req), ctx.handle, req.query),
  );

  r.get(
    "/business-environment/pack/download",
    { schema: { querystring: downloadQuery, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) => sendFile(reply, await downloadPack(requireActor(req), ctx.handle, req.query)),
  );

  r.get(
    "/business-environment/definitions",
    { schema: { response: { 200: definitionsBody, ...errorResponses } } },
    async (req) => getDefinitions(requireActor(req), ctx.handle),
  );

  r.put(
    "/business-environment/definitions",
    { schema: { body: definitionsInput, response: { 200: definitionsBody, ...errorResponses } } },
    async (req) => updateDefinitions(requireActor(req), ctx.handle, req.body),
  );
}
