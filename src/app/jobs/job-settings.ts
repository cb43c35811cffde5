/** The scheduled reports' settings (setting "job_settings"): reading, showing and changing them. */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { readSetting, writeSetting } from "../../db/settings/settings.js";
import type { Actor } from "../../domain/auth/index.js";
import { JOB_SETTINGS, type JobSettings, parseJobSettings } from "../../domain/jobs/settings.js";
import { AppError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { checkCron } from "./cron.js";
import { JOBS } from "./registry.js";

export type { JobSettings } from "../../domain/jobs/settings.js";

/** The settings in force (defaults for what is not set); a broken stored setting throws in Chinese. */
export async function readJobSettings(handle: Db): Promise<JobSettings> {
  const parsed = parseJobSettings(await readSetting(handle, JOB_SETTINGS), JOBS, checkCron);
  if ("settings" in parsed) return parsed.settings;
  throw new AppError(500, "bad-setting", `定时任务设置有误（${parsed.field}）：${parsed.message}`, {
    field: parsed.field,
  });
}

export async function getJobSettings(actor: Actor, handle: Db): Promise<JobSettings> {
  mustAuthorize(actor, "view-jobs");
  return readJobSettings(handle);
}

/** Replaces the settings; nothing is stored when any part is refused (the job and field named). */
export async function updateJobSettings(actor: Actor, handle: Db, input: unknown): Promise<JobSettings> {
  mustAuthorize(actor, "edit-job-settings");
  const parsed = parseJobSettings(input, JOBS, checkCron);
  if (!("settings" in parsed)) throw new InvalidInputError(parsed.field, parsed.message, parsed.value);
  const before = await readJobSettings(handle);
  const at = new Date().toISOString();
  await handle.db.transaction().execute(async (trx) => {
    const tx = { ...handle, db: trx };
    await writeSetting(tx, JOB_SETTINGS, JSON.stringify(parsed.settings), at);
    await appendAudit(trx, {
      user: actor.username,
      action: "edit-job-settings",
      entity: "setting",
      entityId: JOB_SETTINGS,
      before,
      after: parsed.settings,
      at,
    });
  });
  return parsed.settings;
}
