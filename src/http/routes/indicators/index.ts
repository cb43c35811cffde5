import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  computeIndicators,
  type IndicatorPanel,
  type IndicatorQuery,
} from "../../../app/indicators/compute-indicators.js";
import { DRILL_SORT_FIELDS, type DrillRow, drillDown } from "../../../app/indicators/drill-down.js";
import { scopeKey } from "../../../app/shared/scope.js";
import { type Filter, GROUPINGS } from "../../../db/indicators/compile.js";
import type { Actor } from "../../../domain/auth/index.js";
import { indicatorById } from "../../../domain/indicators/index.js";
import { indicatorWorkbook } from "../../../io/indicator-xlsx.js";
import { type ListColumn, listWorkbook } from "../../../io/list-xlsx.js";
import { type AppContext, requireActor, sendXlsx } from "../../server.js";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "应为 YYYY-MM-DD");

const filterFields = {
  division: z.string().min(1).optional(),
  judge: z.string().min(1).optional(),
  category: z.string().min(1).optional(),
};

function filtersOf(q: { division?: string; judge?: string; category?: string }): Filter[] {
  const f: Filter[] = [];
  if (q.division) f.push({ field: "division", values: [q.division] });
  if (q.judge) f.push({ field: "judge", values: [q.judge] });
  if (q.category) f.push({ field: "category", values: [q.category] });
  return f;
}

const panelQuery = z.object({
  from: date,
  to: date,
  by: z.enum(GROUPINGS).optional(),
  ids: z.string().optional(),
  compare: z.enum(["0", "1", "true", "false"]).optional(),
  ...filterFields,
});

const drillQuery = z.object({
  indicator: z.string().min(1),
  part: z.enum(["numerator", "denominator"]),
  from: date,
  to: date,
  by: z.enum(GROUPINGS).optional(),
  group: z.string().optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
  sort: z.enum(DRILL_SORT_FIELDS).optional(),
  order: z.enum(["asc", "desc"]).optional(),
  all: z.enum(["0", "1"]).optional(),
  ...filterFields,
});

export const CASE_LIST_COLUMNS: ListColumn<DrillRow>[] = [
  { header: "案号", value: (r) => r.caseNumber, width: 28 },
  { header: "承办部门", value: (r) => r.division, width: 18 },
  { header: "承办人", value: (r) => r.judge },
  { header: "案由", value: (r) => r.cause, width: 22 },
  { header: "审理程序", value: (r) => r.procedure, width: 14 },
  { header: "立案日期", value: (r) => r.filedOn, width: 12 },
  { header: "结案日期", value: (r) => r.closedOn, width: 12 },
  { header: "结案方式", value: (r) => r.closureMode, width: 14 },
  { header: "审限届满日", value: (r) => r.deadline, width: 12 },
  { header: "剩余天数", value: (r) => r.daysLeft },
  { header: "审理天数", value: (r) => r.durationDays ?? r.naturalDays },
  { header: "延长次数", value: (r) => r.extensionCount },
  { header: "扣除天数", value: (r) => r.excludedDays },
  { header: "二审结果", value: (r) => r.appealOutcome },
];

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

/** The panel, from the cache when the same scope asked the same question since the data changed. */
export function cachedPanel(ctx: AppContext, actor: Actor, q: IndicatorQuery): Promise<IndicatorPanel> {
  const key = `panel|${scopeKey(actor)}|${JSON.stringify([q.from, q.to, q.by, q.ids ?? null, q.filters ?? [], q.compare === true])}`;
  return ctx.cache.get(key, () => computeIndicators(actor, ctx.handle, q));
}

export function registerIndicatorRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/indicators", { schema: { querystring: panelQuery } }, async (req) => {
    return cachedPanel(ctx, requireActor(req), panelInput(req.query));
  });

  r.get("/indicators/export", { schema: { querystring: panelQuery } }, async (req, reply) => {
    const p = await cachedPanel(ctx, requireActor(req), panelInput(req.query));
    const wb = await indicatorWorkbook(p);
    return sendXlsx(reply, `质效指标_${p.from}_${p.to}.xlsx`, await wb.xlsx.writeBuffer());
  });

  const drill = (actor: ReturnType<typeof requireActor>, q: z.infer<typeof drillQuery>, all: boolean) =>
    drillDown(actor, ctx.handle, {
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
    });

  r.get("/indicators/drill", { schema: { querystring: drillQuery } }, async (req) => {
    const actor = requireActor(req);
    return ctx.cache.get(
      `drill|${actor.role}|${actor.division}|${actor.judgeName}|${JSON.stringify(req.query)}`,
      () => drill(actor, req.query, false),
    );
  });

  r.get("/indicators/drill/export", { schema: { querystring: drillQuery } }, async (req, reply) => {
    const actor = requireActor(req);
    const q = req.query;
    const result = await drill(actor, q, q.all !== "0" && q.page === undefined);
    const def = indicatorById(q.indicator);
    const title = `${def?.name ?? q.indicator}（${q.part === "numerator" ? "分子" : "分母"}）${q.from} 至 ${q.to}${q.group ? ` ${q.group}` : ""}`;
    return sendXlsx(
      reply,
      `${def?.name ?? q.indicator}_明细.xlsx`,
      await listWorkbook(title, CASE_LIST_COLUMNS, result.rows),
    );
  });
}
