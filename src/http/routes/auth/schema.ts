/** The sign-in API: its requests and responses. */
import { z } from "zod";

export const loginBody = z.object({
  username: z.string().min(1).max(80),
  password: z.string().min(1).max(200),
});
