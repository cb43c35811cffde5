/** /api/meta: the court, the data's dates, the divisions and judges in scope, the indicator catalogue. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { cachedMeta } from "../../../app/indicators/cached-panel.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import { meta } from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/meta", { schema: { response: { 200: meta, ...errorResponses } } }, async (req) =>
    cachedMeta(ctx.cache, requireActor(req), ctx.handle, ctx.today()),
  );
}
