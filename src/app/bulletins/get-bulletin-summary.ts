/** A month's bulletin as the 通报 screen shows it: the headline figures against last month, by division. */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { type BulletinSummary, bulletinSummary } from "../../domain/bulletin/summary.js";
import type { ResultCache } from "../runtime/result-cache.js";
import { mustAuthorize } from "../shared/policy.js";
import { cachedBulletin } from "./cached-bulletin.js";

export type { BulletinSummary } from "../../domain/bulletin/summary.js";

export async function getBulletinSummary(
  actor: Actor,
  handle: Db,
  input: { month: string; today: string; cache: ResultCache; court?: string },
): Promise<BulletinSummary> {
  mustAuthorize(actor, "view-bulletins");
  return bulletinSummary(await cachedBulletin(actor, handle, input));
}
