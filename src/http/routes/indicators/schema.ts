/** The indicators API: its requests and responses. */
import { z } from "zod";
import { DRILL_SORT_FIELDS } from "../../../app/indicators/drill-down.js";
import { GROUPINGS } from "../../../domain/indicators/index.js";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "应为 YYYY-MM-DD");

const filterFields = {
  division: z.string().min(1).optional(),
  judge: z.string().min(1).optional(),
  category: z.string().min(1).optional(),
};

export const panelQuery = z.object({
  from: date,
  to: date,
  by: z.enum(GROUPINGS).optional(),
  ids: z.string().optional(),
  compare: z.enum(["0", "1", "true", "false"]).optional(),
  ...filterFields,
});

export const drillQuery = z.object({
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
