/**
 * A division's version of a month's bulletin (定时报表: what its 庭长 receives), made from the whole
 * court's bulletin of the month (domain/bulletin/scope.ts) with the division's own 本月新发现 count
 * (within the bulletin's courts).
 * Requires "view-bulletins": it is made by the scheduler (or the office) and handed to the chief
 * through the report archive, which checks the chief's scope.
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import type { BulletinData } from "../../domain/bulletin/model.js";
import { scopeBulletin } from "../../domain/bulletin/scope.js";
import { mustAuthorize } from "../shared/policy.js";
import { newlyFoundIn } from "./build-bulletin.js";

export async function divisionBulletin(
  actor: Actor,
  handle: Db,
  court: BulletinData,
  division: string,
): Promise<BulletinData> {
  mustAuthorize(actor, "view-bulletins");
  // Within the courts the whole bulletin counts: division names repeat from court to court.
  const newlyFound = await newlyFoundIn(handle, court.from, court.to, [
    ...(court.courts ? [{ field: "court_code" as const, values: [...court.courts] }] : []),
    { field: "division", values: [division] },
  ]);
  return scopeBulletin(court, division, newlyFound);
}
