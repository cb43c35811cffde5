/** 分流规则设置: the settings in force, the rule catalogue, and whether the reader may change them. */
import type { Db } from "../../db/connect.js";
import { type Actor, authorize } from "../../domain/auth/index.js";
import { TRIAGE_SETTING_LABELS } from "../../domain/triage/parse-settings.js";
import { TRIAGE_RULES, type TriageRule } from "../../domain/triage/rules.js";
import type { TriageSettings } from "../../domain/triage/settings.js";
import { mustAuthorize } from "../shared/policy.js";
import { readTriageSettings } from "./triage-settings.js";

export interface TriageSettingsView {
  settings: TriageSettings;
  /** The court has not changed the defaults. */
  isDefault: boolean;
  /** Chinese names of the settings, by key. */
  labels: Record<string, string>;
  rules: (Omit<TriageRule, "settings"> & { settings: string[] })[];
  actions: "edit-triage-settings"[];
}

export async function getTriageSettings(actor: Actor, handle: Db): Promise<TriageSettingsView> {
  mustAuthorize(actor, "view-triage");
  const { settings, stored } = await readTriageSettings(handle);
  return {
    settings,
    isDefault: !stored,
    labels: TRIAGE_SETTING_LABELS,
    rules: TRIAGE_RULES.map((r) => ({ ...r, settings: [...r.settings] })),
    actions: authorize(actor, "edit-triage-settings").allowed ? ["edit-triage-settings"] : [],
  };
}
