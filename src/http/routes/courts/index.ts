/** /api/courts: the courts the signed-in account sees (its own and those under it). */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listVisibleCourts } from "../../../app/courts/list-courts.js";
import { type AppContext, requireActor } from "../../context.js";
import { errorResponses } from "../../schema/common.js";
import { courtList } from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/courts", { schema: { response: { 200: courtList, ...errorResponses } } }, async (req) =>
    listVisibleCourts(requireActor(req), ctx.handle),
  );
}
