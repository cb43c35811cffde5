/** /api/six-sources: 六源治理 — which catalogue figures each source groups. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { getSixSources } from "../../../app/six-sources/get-six-sources.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import { sixSources } from "./schema.js";

export function register(app: FastifyInstance, _ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/six-sources", { schema: { response: { 200: sixSources, ...errorResponses } } }, async (req) =>
    getSixSources(requireActor(req)),
  );
}
