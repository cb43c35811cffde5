/** The months with data, newest first, for the 通报 screen's list (the current month in progress). */
import type { Db } from "../../db/connect.js";
import { factsRange } from "../../db/facts/data-range.js";
import type { Actor } from "../../domain/auth/index.js";
import { bulletinMonths } from "../../domain/bulletin/summary.js";
import { mustAuthorize } from "../shared/policy.js";

export async function listBulletinMonths(
  actor: Actor,
  handle: Db,
  today: string,
): Promise<{ today: string; months: { month: string; inProgress: boolean }[] }> {
  mustAuthorize(actor, "view-bulletins");
  const range = await factsRange(handle);
  return { today, months: bulletinMonths(range.firstFiled, today) };
}
