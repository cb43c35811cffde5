/** /api/cases/:id/chain: the chain of linked cases (原审案号) of a case's dispute — 案-件比's drill. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getCaseChain } from "../../../app/chains/get-case-chain.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import { caseChain, chainParams } from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/cases/:id/chain",
    { schema: { params: chainParams, response: { 200: caseChain, ...errorResponses } } },
    async (req) => getCaseChain(requireActor(req), ctx.handle, req.params.id),
  );
}
