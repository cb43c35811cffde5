/** The bulletins API: its requests and responses. */
import { z } from "zod";

export const bulletinParams = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "应为 YYYY-MM，如 2024-06"),
});
