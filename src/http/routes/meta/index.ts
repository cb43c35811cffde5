/** /api/meta: the court, the data's dates, the divisions and judges in scope, the indicator catalogue. */
import type { FastifyInstance } from "fastify";
import { cachedMeta } from "../../../app/indicators/cached-panel.js";
import { type AppContext, requireActor } from "../../context.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  app.get("/meta", async (req) => cachedMeta(ctx.cache, requireActor(req), ctx.handle, ctx.today()));
}
