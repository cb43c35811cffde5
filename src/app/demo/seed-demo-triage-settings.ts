/**
 * The demo court's 繁简分流 settings: the defaults with demo average wages (src/demo/triage.ts),
 * marked as demo figures — written before the demo's import, whose facts refresh reads them; a
 * court's own settings, if already stored, are kept.
 */
import type { Db } from "../../db/connect.js";
import { readSetting, writeSetting } from "../../db/settings/settings.js";
import { demoAverageWages } from "../../demo/triage.js";
import { TRIAGE_SETTINGS_NAME } from "../triage/triage-settings.js";

export async function seedDemoTriageSettings(handle: Db): Promise<void> {
  if ((await readSetting(handle, TRIAGE_SETTINGS_NAME)) !== undefined) return;
  await writeSetting(
    handle,
    TRIAGE_SETTINGS_NAME,
    JSON.stringify({ averageWages: demoAverageWages() }),
    new Date().toISOString(),
  );
}
