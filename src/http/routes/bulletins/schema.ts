/** The bulletins API: its requests and responses. */
import { z } from "zod";

export const bulletinParams = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "应为形如 2024-06 的月份"),
});
