/**
 * The office changes the 并案审理 settings (a part or the whole). The input is checked first; a bad
 * value is refused naming its field, and nothing is stored. Every change is in the audit log.
 */
import { writeBatchSettings } from "../../db/batches/write-settings.js";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { checkBatchSettings } from "../../domain/batches/index.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { BATCH_SETTINGS_SETTING, readBatchSettings } from "./batch-settings.js";
import { type BatchSettingsView, getBatchSettings } from "./get-batch-settings.js";

export async function updateBatchSettings(
  actor: Actor,
  handle: Db,
  input: unknown,
): Promise<BatchSettingsView> {
  mustAuthorize(actor, "edit-batch-settings");
  const before = (await readBatchSettings(handle)).settings;
  const checked = checkBatchSettings(input, before);
  if (!("settings" in checked)) throw new InvalidInputError(checked.field, checked.message);
  await writeBatchSettings(
    handle,
    BATCH_SETTINGS_SETTING,
    JSON.stringify(checked.settings),
    new Date().toISOString(),
    {
      user: actor.username,
      action: "update",
      entity: "setting",
      entityId: BATCH_SETTINGS_SETTING,
      before,
      after: checked.settings,
    },
  );
  return getBatchSettings(actor, handle);
}
