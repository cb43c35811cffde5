/**
 * The demo accounts exist only while the database holds only the demo court: their passwords are
 * listed on the sign-in page, the office's account among them, which sees the whole court. The
 * first real import (or `shenguan demo --remove`) disables them and forgets their passwords, and
 * the sign-in page lists none from then on.
 */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { deleteSetting, readSetting, writeSetting } from "../../db/settings/settings.js";
import { disableDemoUsers } from "../../db/users/demo-users.js";

export const DEMO_STATE = "demo_data";

/** Disables the demo accounts and forgets their passwords; returns how many were disabled. */
export async function retireDemo(handle: Db, by: string, why: string): Promise<number> {
  const state = await readSetting(handle, DEMO_STATE);
  const passwords = await readSetting(handle, "demo_accounts");
  if (state === "retired" && passwords === undefined) return 0;
  const disabled = await disableDemoUsers(handle.db);
  await deleteSetting(handle, "demo_accounts");
  await writeSetting(handle, DEMO_STATE, "retired", new Date().toISOString());
  await appendAudit(handle.db, {
    user: by,
    action: "retire-demo",
    entity: "users",
    entityId: "demo",
    detail: { disabled, why },
  });
  return disabled;
}

/** Does the database still hold only the demo court (its accounts may be listed)? */
export async function demoIsActive(handle: Db): Promise<boolean> {
  return (await readSetting(handle, DEMO_STATE)) === "active";
}
