/**
 * The demo court's 繁简分流 settings, entered by its office through the use case (so that the change
 * history has real entries): a demo table of the province's previous-year average wage — marked as
 * demo data, not the published figures — for the demo's years, then one later change of the 速裁
 * amount limit, as an office would make it.
 */
import type { Db } from "../../db/connect.js";
import { readTriageSettingsHistory } from "../../db/triage/triage-settings.js";
import { listDemoUsers } from "../../db/users/users.js";
import { demoAverageWages } from "../../demo/triage.js";
import { TRIAGE_DEFAULTS } from "../../domain/triage/settings.js";
import { actorOf } from "../shared/actor.js";
import { updateTriageSettings } from "../triage/update-triage-settings.js";

export async function seedDemoTriage(handle: Db, asOf: string): Promise<void> {
  // The demo's wages were written before its import (seedDemoTriageSettings), for the facts of the
  // import; the office's entries here make the change history. A court's own history is kept.
  if ((await readTriageSettingsHistory(handle, { limit: 1, offset: 0 })).total > 0) return;
  const u = (await listDemoUsers(handle)).find((x) => x.role === "office");
  if (!u) return;
  const office = actorOf({
    username: u.username,
    role: u.role,
    division: u.division,
    judgeName: u.judge_name,
    isDemo: true,
  });
  const wages = demoAverageWages().filter((w) => w.appliesFrom <= asOf);
  const first = {
    ...TRIAGE_DEFAULTS,
    averageWages: wages,
    fastTrack: { ...TRIAGE_DEFAULTS.fastTrack, maxAmountYuan: 300_000 },
  };
  const year = asOf.slice(0, 4);
  await updateTriageSettings(office, handle, first, `${Number(year) - 1}-01-05T01:00:00.000Z`);
  // The office later raises the 速裁 limit to the defaults' 500,000 yuan.
  await updateTriageSettings(
    office,
    handle,
    { ...first, fastTrack: { ...TRIAGE_DEFAULTS.fastTrack } },
    `${year}-01-05T01:00:00.000Z`,
  );
}
