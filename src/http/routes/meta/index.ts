import type { FastifyInstance } from "fastify";
import { getMeta } from "../../../app/meta/get-meta.js";
import { scopeKey } from "../../../app/shared/scope.js";
import { type AppContext, requireActor } from "../../server.js";

export function registerMetaRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get("/meta", async (req) => {
    const actor = requireActor(req);
    return ctx.cache.get(`meta|${actor.role === "clerk" ? "clerk" : scopeKey(actor)}|${ctx.today()}`, () =>
      getMeta(actor, ctx.handle, ctx.today()),
    );
  });
}
