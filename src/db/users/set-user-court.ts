/** The court an account belongs to (users.court_code, migration 0027). */
import type { Db } from "../connect.js";

/** Sets the court (法院代字) of the account with this user name; null: the whole database. */
export async function setUserCourt(handle: Db, username: string, court: string | null): Promise<void> {
  await handle.db.updateTable("users").set({ court_code: court }).where("username", "=", username).execute();
}
