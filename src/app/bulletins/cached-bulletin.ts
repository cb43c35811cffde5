/**
 * A month's bulletin from the result cache: built once a day per month, whoever asks first (the
 * screen's figures or a file). Everyone allowed to see a bulletin sees the whole court, so the key
 * names only the courts the actor sees (and the court chosen), not the actor. The key is the one export-bulletin.ts uses, so the screen and the
 * downloads share one build.
 */
import type { Db } from "../../db/connect.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import type { BulletinData } from "../../domain/bulletin/model.js";
import type { ResultCache } from "../runtime/result-cache.js";
import { mustAuthorize } from "../shared/policy.js";
import { buildBulletin } from "./build-bulletin.js";

export function bulletinCacheKey(month: string, today: string, courts = ""): string {
  return courts ? `bulletin|${month}|${today}|${courts}` : `bulletin|${month}|${today}`;
}

export function cachedBulletin(
  actor: Actor,
  handle: Db,
  input: { month: string; today: string; cache: ResultCache; court?: string },
): Promise<BulletinData> {
  mustAuthorize(actor, "view-bulletins");
  // The courts the bulletin counts (build-bulletin.ts): the chosen one, else those the account sees.
  const courts = input.court ?? dataScope(actor).courts?.join(",") ?? "";
  return input.cache.get(bulletinCacheKey(input.month, input.today, courts), () =>
    buildBulletin(actor, handle, input.month, { today: input.today, court: input.court }),
  );
}
