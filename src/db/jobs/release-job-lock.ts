import type { Db } from "../connect.js";

/** Gives the lock back (only the holder's own). */
export async function releaseJobLock(handle: Db, name: string, holder: string): Promise<void> {
  await handle.db.deleteFrom("job_locks").where("name", "=", name).where("holder", "=", holder).execute();
}
