/** 并案审理设置: the settings in force, whether they are the defaults, and whether the reader may change them. */
import type { Db } from "../../db/connect.js";
import { type Actor, authorize } from "../../domain/auth/index.js";
import type { BatchSettings } from "../../domain/batches/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { readBatchSettings } from "./batch-settings.js";

export interface BatchSettingsView {
  settings: BatchSettings;
  isDefault: boolean;
  actions: "edit-batch-settings"[];
}

export async function getBatchSettings(actor: Actor, handle: Db): Promise<BatchSettingsView> {
  mustAuthorize(actor, "view-batches");
  const { settings, stored } = await readBatchSettings(handle);
  return {
    settings,
    isDefault: !stored,
    actions: authorize(actor, "edit-batch-settings").allowed ? ["edit-batch-settings"] : [],
  };
}
