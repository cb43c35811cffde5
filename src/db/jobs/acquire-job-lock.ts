/**
 * The lock that lets one process at a time run a job, on SQLite and PostgreSQL alike: a row per
 * job held by a holder until an expiry. Taking it is one insert that does nothing when the row
 * exists, else one update that succeeds only when the row has expired (or is the holder's own).
 * Both statements are atomic on either database (PostgreSQL re-checks the update's condition on
 * the row a concurrent update left), so of two processes at most one sees a row changed.
 */
import type { Db } from "../connect.js";

export async function acquireJobLock(
  handle: Db,
  lock: { name: string; holder: string; now: string; expiresAt: string },
): Promise<boolean> {
  const inserted = await handle.db
    .insertInto("job_locks")
    .values({ name: lock.name, holder: lock.holder, acquired_at: lock.now, expires_at: lock.expiresAt })
    .onConflict((oc) => oc.column("name").doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return true;
  const updated = await handle.db
    .updateTable("job_locks")
    .set({ holder: lock.holder, acquired_at: lock.now, expires_at: lock.expiresAt })
    .where("name", "=", lock.name)
    .where((eb) => eb.or([eb("expires_at", "<=", lock.now), eb("holder", "=", lock.holder)]))
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
