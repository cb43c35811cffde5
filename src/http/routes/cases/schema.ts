/** The cases API: its requests and responses. */
import { z } from "zod";
import { CASE_SORT } from "../../../app/cases/list-cases.js";

export const caseListQuery = z.object({
  q: z.string().max(100).optional(),
  division: z.string().optional(),
  judge: z.string().optional(),
  status: z.enum(["running", "overdue", "closed-on-time", "closed-late", "no-limit"]).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
  sort: z.enum(Object.keys(CASE_SORT) as [keyof typeof CASE_SORT, ...(keyof typeof CASE_SORT)[]]).optional(),
  order: z.enum(["asc", "desc"]).optional(),
});

export const caseIdParams = z.object({ id: z.coerce.number().int().min(1) });
