/**
 * 我的待办's line for the 判后 tasks: the reader's pending 释明 (judgments closed in the last
 * PENDING_WINDOW_DAYS days with none recorded) and pending 督促 (effective in that window, no
 * outcome, no 执 case) — the tasks they may record on.
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { formatIsoDate, parseIsoDate } from "../../domain/calendar/civil-date.js";
import { mustAuthorize } from "../shared/policy.js";
import { explanationTasks, performanceTasks } from "./tasks.js";

/** The window of the reminder (本院设置: 判后释明、督促履行宜在裁判作出、生效后及时进行). */
export const PENDING_WINDOW_DAYS = 90;

export interface AftercarePending {
  from: string;
  explanations: number;
  performance: number;
}

export async function countAftercarePending(
  actor: Actor,
  handle: Db,
  today: string,
): Promise<AftercarePending> {
  mustAuthorize(actor, "view-aftercare");
  const from = formatIsoDate(parseIsoDate(today) - PENDING_WINDOW_DAYS);
  const ex = await explanationTasks(actor, handle, { from, state: "pending" }, null);
  const pf = await performanceTasks(
    actor,
    handle,
    { from: formatIsoDate(parseIsoDate(from) - 60), state: "pending" },
    today,
  );
  return {
    from,
    explanations: ex.rows.filter((r) => r.canRecord).length,
    performance: pf.filter((r) => r.canRecord && r.effectiveOn >= from).length,
  };
}
