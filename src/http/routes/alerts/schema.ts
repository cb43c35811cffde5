/** The alerts API: its requests and responses. */
import { z } from "zod";
import { ALERT_SORT } from "../../../app/alerts/list-alerts.js";
import { ALERT_FAMILIES, ALERT_SEVERITIES, ALERT_STATES } from "../../../domain/alerts/index.js";

export const alertFilters = {
  family: z.enum(ALERT_FAMILIES).optional(),
  rule: z.string().optional(),
  division: z.string().optional(),
  judge: z.string().optional(),
  severity: z.enum(ALERT_SEVERITIES).optional(),
  state: z.enum(ALERT_STATES).optional(),
};

export const alertListQuery = z.object({
  ...alertFilters,
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
  sort: z
    .enum(Object.keys(ALERT_SORT) as [keyof typeof ALERT_SORT, ...(keyof typeof ALERT_SORT)[]])
    .optional(),
  order: z.enum(["asc", "desc"]).optional(),
});

export const alertCountsQuery = z.object(alertFilters);

export const alertIdParams = z.object({ id: z.coerce.number().int().min(1) });
export const acknowledgeBody = z.object({ note: z.string().max(500).default("") });
