/** /api/indicators: the panel, its export, and the case list behind any figure (and its export). */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { cachedDrill, cachedPanel } from "../../../app/indicators/cached-panel.js";
import type { IndicatorQuery } from "../../../app/indicators/compute-indicators.js";
import type { DrillQuery } from "../../../app/indicators/drill-down.js";
import { exportDrill } from "../../../app/indicators/export-drill.js";
import { exportIndicators } from "../../../app/indicators/export-indicators.js";
import { type AppContext, requireActor } from "../../context.js";
import { sendExport, sendFile } from "../../reply.js";
import { errorResponses, exportErrorResponses, fileBody } from "../../schema/common.js";
import { filtersOf } from "../filters.js";
import { drillQuery, drillResult, indicatorPanel, panelQuery } from "./schema.js";

/** The panel query from the request, normalised (so that equal questions share a cache entry). */
export function panelInput(q: z.infer<typeof panelQuery>): IndicatorQuery {
  return {
    from: q.from,
    to: q.to,
    by: q.by ?? "court",
    ids: q.ids ? q.ids.split(",").filter(Boolean) : undefined,
    filters: filtersOf(q),
    compare: q.compare === "1" || q.compare === "true",
  };
}

function drillInput(q: z.infer<typeof drillQuery>, all: boolean): DrillQuery {
  return {
    indicator: q.indicator,
    part: q.part,
    from: q.from,
    to: q.to,
    by: q.by,
    group: q.group,
    filters: filtersOf(q),
    page: q.page,
    pageSize: q.pageSize,
    sort: q.sort,
    order: q.order,
    all,
  };
}

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/indicators",
    { schema: { querystring: panelQuery, response: { 200: indicatorPanel, ...errorResponses } } },
    async (req) => cachedPanel(ctx.cache, requireActor(req), ctx.handle, panelInput(req.query)),
  );

  r.get(
    "/indicators/export",
    { schema: { querystring: panelQuery, response: { 200: fileBody, ...errorResponses } } },
    async (req, reply) =>
      sendFile(
        reply,
        await exportIndicators(requireActor(req), ctx.handle, panelInput(req.query), ctx.cache),
      ),
  );

  r.get(
    "/indicators/drill",
    { schema: { querystring: drillQuery, response: { 200: drillResult, ...errorResponses } } },
    async (req) => cachedDrill(ctx.cache, requireActor(req), ctx.handle, drillInput(req.query, false)),
  );

  r.get(
    "/indicators/drill/export",
    { schema: { querystring: drillQuery, response: { 200: fileBody, ...exportErrorResponses } } },
    async (req, reply) => {
      const q = drillInput(req.query, req.query.all !== "0" && req.query.page === undefined);
      return sendExport(reply, (signal) => exportDrill(requireActor(req), q, ctx.exports, signal));
    },
  );
}
