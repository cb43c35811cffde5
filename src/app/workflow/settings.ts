/**
 * The court's workflow settings (setting `workflow_settings`, JSON): whether a 副庭长 acts as the
 * division's chief, and the named numbers of working days the kinds' dues refer to.
 */
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import { DEFAULT_WORKFLOW_SETTINGS, type WorkflowSettings } from "../../domain/workflow/index.js";

export const WORKFLOW_SETTINGS = "workflow_settings";

export function parseWorkflowSettings(text: string | undefined): WorkflowSettings {
  if (!text) return DEFAULT_WORKFLOW_SETTINGS;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new Error(`设置 ${WORKFLOW_SETTINGS} 不是有效的 JSON`);
  }
  const o = (v && typeof v === "object" ? v : {}) as Record<string, unknown>;
  const numbers: Record<string, number> = { ...DEFAULT_WORKFLOW_SETTINGS.numbers };
  if (o.numbers && typeof o.numbers === "object")
    for (const [k, n] of Object.entries(o.numbers as Record<string, unknown>)) {
      if (typeof n !== "number" || !Number.isInteger(n) || n < 1)
        throw new Error(`设置 ${WORKFLOW_SETTINGS}.numbers.${k} 应为正整数，当前为 ${JSON.stringify(n)}`);
      numbers[k] = n;
    }
  return {
    deputyActsAsChief: o.deputyActsAsChief === true,
    numbers,
  };
}

export async function readWorkflowSettings(handle: Db): Promise<WorkflowSettings> {
  return parseWorkflowSettings(await readSetting(handle, WORKFLOW_SETTINGS));
}
