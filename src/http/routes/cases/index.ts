import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listCaseAlerts } from "../../../app/alerts/list-case-alerts.js";
import { getCase } from "../../../app/cases/get-case.js";
import { CASE_SORT, listCases } from "../../../app/cases/list-cases.js";
import type { Filter } from "../../../db/indicators/compile.js";
import { listWorkbook } from "../../../io/list-xlsx.js";
import { type AppContext, requireActor, sendXlsx } from "../../server.js";
import { CASE_LIST_COLUMNS } from "../indicators/index.js";

const listQuery = z.object({
  q: z.string().max(100).optional(),
  division: z.string().optional(),
  judge: z.string().optional(),
  status: z.enum(["running", "overdue", "closed-on-time", "closed-late", "no-limit"]).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
  sort: z.enum(Object.keys(CASE_SORT) as [keyof typeof CASE_SORT, ...(keyof typeof CASE_SORT)[]]).optional(),
  order: z.enum(["asc", "desc"]).optional(),
});

function filters(q: { division?: string; judge?: string }): Filter[] {
  const f: Filter[] = [];
  if (q.division) f.push({ field: "division", values: [q.division] });
  if (q.judge) f.push({ field: "judge", values: [q.judge] });
  return f;
}

export function registerCaseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/cases", { schema: { querystring: listQuery } }, async (req) => {
    const q = req.query;
    return listCases(requireActor(req), ctx.handle, { ...q, filters: filters(q) });
  });

  r.get("/cases/export", { schema: { querystring: listQuery } }, async (req, reply) => {
    const q = req.query;
    const result = await listCases(requireActor(req), ctx.handle, {
      ...q,
      filters: filters(q),
      pageSize: q.pageSize ?? 1000,
    });
    return sendXlsx(reply, "案件列表.xlsx", await listWorkbook("案件列表", CASE_LIST_COLUMNS, result.rows));
  });

  r.get(
    "/cases/:id",
    { schema: { params: z.object({ id: z.coerce.number().int().min(1) }) } },
    async (req) => {
      const page = await getCase(requireActor(req), ctx.handle, req.params.id, ctx.today());
      return { ...page, alerts: await listCaseAlerts(requireActor(req), ctx.handle, req.params.id) };
    },
  );
}
