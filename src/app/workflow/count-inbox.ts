/** The header's badge: how many tasks are open for the reader, and how many of them are overdue. */
import type { Db } from "../../db/connect.js";
import { countInboxTasks } from "../../db/workflow/list-inbox.js";
import type { Actor } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { readTaskHolder } from "./inbox-row.js";

export async function countInbox(
  actor: Actor,
  handle: Db,
  today: string,
): Promise<{ open: number; overdue: number }> {
  mustAuthorize(actor, "view-inbox");
  return countInboxTasks(handle, await readTaskHolder(actor, handle), today);
}
