import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { acknowledgeAlert } from "../../../app/alerts/acknowledge-alert.js";
import type { AlertRow } from "../../../app/alerts/alert-row.js";
import { alertCounts } from "../../../app/alerts/count-alerts.js";
import { ALERT_SORT, listAlerts } from "../../../app/alerts/list-alerts.js";
import {
  ALERT_FAMILIES,
  ALERT_RULES,
  ALERT_SEVERITIES,
  ALERT_STATES,
  SEVERITY_NAMES,
} from "../../../domain/alerts/index.js";
import { type ListColumn, listWorkbook } from "../../../io/list-xlsx.js";
import { type AppContext, requireActor, sendXlsx } from "../../server.js";

const filters = {
  family: z.enum(ALERT_FAMILIES).optional(),
  rule: z.string().optional(),
  division: z.string().optional(),
  judge: z.string().optional(),
  severity: z.enum(ALERT_SEVERITIES).optional(),
  state: z.enum(ALERT_STATES).optional(),
};
const listQuery = z.object({
  ...filters,
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
  sort: z
    .enum(Object.keys(ALERT_SORT) as [keyof typeof ALERT_SORT, ...(keyof typeof ALERT_SORT)[]])
    .optional(),
  order: z.enum(["asc", "desc"]).optional(),
});

const STATE_NAMES: Record<string, string> = { new: "未处理", acknowledged: "已确认", resolved: "已消除" };

const COLUMNS: ListColumn<AlertRow>[] = [
  { header: "预警", value: (r) => r.title, width: 22 },
  { header: "级别", value: (r) => SEVERITY_NAMES[r.severity as keyof typeof SEVERITY_NAMES] ?? r.severity },
  { header: "案号", value: (r) => r.caseNumber, width: 28 },
  { header: "承办部门", value: (r) => r.division, width: 18 },
  { header: "承办人", value: (r) => r.judge },
  { header: "说明", value: (r) => r.reason, width: 60 },
  { header: "状态", value: (r) => STATE_NAMES[r.state] ?? r.state },
  { header: "处理意见", value: (r) => r.note, width: 30 },
  { header: "确认人", value: (r) => r.acknowledgedBy },
  { header: "基准日", value: (r) => r.asOf, width: 12 },
];

export function registerAlertRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/alerts", { schema: { querystring: listQuery } }, async (req) =>
    listAlerts(requireActor(req), ctx.handle, req.query),
  );

  r.get("/alerts/counts", { schema: { querystring: z.object(filters) } }, async (req) =>
    alertCounts(requireActor(req), ctx.handle, req.query),
  );

  r.get("/alerts/export", { schema: { querystring: listQuery } }, async (req, reply) => {
    const q = req.query;
    const result = await listAlerts(requireActor(req), ctx.handle, { ...q, all: q.page === undefined });
    return sendXlsx(reply, "预警清单.xlsx", await listWorkbook("预警清单", COLUMNS, result.rows));
  });

  r.get("/alerts/rules", async () => ({ rules: ALERT_RULES }));

  r.post(
    "/alerts/:id/ack",
    {
      schema: {
        params: z.object({ id: z.coerce.number().int().min(1) }),
        body: z.object({ note: z.string().max(500).default("") }),
      },
    },
    async (req) => {
      // Alert lists are not cached, and an acknowledgement changes no figure: nothing to invalidate.
      const alert = await acknowledgeAlert(requireActor(req), ctx.handle, req.params.id, req.body.note);
      return { alert };
    },
  );
}
