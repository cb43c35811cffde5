/** The imports API: its requests and responses. */
import { z } from "zod";

export const uploadTokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/) });

export const importListQuery = z.object({
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
