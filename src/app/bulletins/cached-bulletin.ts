/**
 * A month's bulletin from the result cache: built once a day per month, whoever asks first (the
 * screen's figures or a file). Everyone allowed to see a bulletin sees the whole court, so the key
 * need not name the actor. The key is the one export-bulletin.ts uses, so the screen and the
 * downloads share one build.
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import type { BulletinData } from "../../domain/bulletin/model.js";
import type { ResultCache } from "../runtime/result-cache.js";
import { mustAuthorize } from "../shared/policy.js";
import { buildBulletin } from "./build-bulletin.js";

export function bulletinCacheKey(month: string, today: string): string {
  return `bulletin|${month}|${today}`;
}

export function cachedBulletin(
  actor: Actor,
  handle: Db,
  input: { month: string; today: string; cache: ResultCache },
): Promise<BulletinData> {
  mustAuthorize(actor, "view-bulletins");
  return input.cache.get(bulletinCacheKey(input.month, input.today), () =>
    buildBulletin(actor, handle, input.month, { today: input.today }),
  );
}
