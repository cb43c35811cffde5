/** 分流规则设置 history: every change from the audit trail — who, when, and what changed, field by field. */
import type { Db } from "../../db/connect.js";
import { readTriageSettingsHistory } from "../../db/triage/triage-settings.js";
import type { Actor } from "../../domain/auth/index.js";
import { diffTriageSettings, type SettingChange } from "../../domain/triage/parse-settings.js";
import { mustAuthorize } from "../shared/policy.js";

export interface TriageSettingsHistory {
  total: number;
  page: number;
  pageSize: number;
  rows: { id: number; at: string; user: string; changes: SettingChange[] }[];
}

export async function triageSettingsHistory(
  actor: Actor,
  handle: Db,
  q: { page?: number; pageSize?: number },
): Promise<TriageSettingsHistory> {
  mustAuthorize(actor, "view-triage");
  const page = Math.max(1, Math.floor(q.page ?? 1));
  const pageSize = Math.min(200, Math.max(1, Math.floor(q.pageSize ?? 20)));
  const r = await readTriageSettingsHistory(handle, { limit: pageSize, offset: (page - 1) * pageSize });
  return {
    total: r.total,
    page,
    pageSize,
    rows: r.rows.map((x) => ({
      id: x.id,
      at: x.at,
      user: x.user,
      changes: diffTriageSettings(x.before, x.after),
    })),
  };
}
