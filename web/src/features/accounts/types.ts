/** The accounts API's shapes: the server's HTTP schema types. */
import type { z } from "zod";
import type {
  AccountRow,
  accountChangeBody,
  addedAccountBody,
  newAccountBody,
} from "../../../../src/http/routes/users/schema.js";

export type { AccountRow };
export type NewAccount = z.input<typeof newAccountBody>;
export type AccountChange = z.input<typeof accountChangeBody>;
export type AddedAccount = z.infer<typeof addedAccountBody>;
