/**
 * 并案审理 settings (setting `batch-settings`, JSON; absent: the defaults). The window and the
 * least number of cases are the court's own choice — no national rule fixes them — so they are
 * settings, never citations (docs/batches.md).
 */

export interface BatchSettings {
  /** The filings of a group lie at most this many days apart (first to last, both counted as dates). */
  windowDays: number;
  /** A group has at least this many cases. */
  minCases: number;
  /** Groups by 原告 (one plaintiff against many: 物业服务合同纠纷, 信用卡纠纷). */
  byPlaintiff: boolean;
  /** Groups by 被告 (one defendant sued by many: 追索劳动报酬纠纷 against one employer). */
  byDefendant: boolean;
  /** Group natural persons too (two people of one name need not be one person: off by default). */
  includePersons: boolean;
}

export const BATCH_SETTINGS_DEFAULTS: BatchSettings = Object.freeze({
  windowDays: 90,
  minCases: 5,
  byPlaintiff: true,
  byDefendant: true,
  includePersons: false,
});

export interface BatchSettingsIssue {
  field: string;
  message: string;
}

const LABELS: Record<keyof BatchSettings, string> = {
  windowDays: "立案时间跨度（天）",
  minCases: "最少案件数",
  byPlaintiff: "按原告归组",
  byDefendant: "按被告归组",
  includePersons: "自然人当事人也归组",
};

/**
 * Checks settings as the office enters them (a whole object or a part of one, over the defaults):
 * the settings, or the first problem naming its field.
 */
export function checkBatchSettings(
  input: unknown,
  base: BatchSettings = BATCH_SETTINGS_DEFAULTS,
): { settings: BatchSettings } | BatchSettingsIssue {
  if (input === null || typeof input !== "object" || Array.isArray(input))
    return { field: "batch-settings", message: "并案审理设置应为一个对象" };
  const o = input as Record<string, unknown>;
  for (const k of Object.keys(o))
    if (!Object.hasOwn(LABELS, k)) return { field: k, message: `未知的并案审理设置项“${k}”` };
  const out: BatchSettings = { ...base };
  const int = (k: "windowDays" | "minCases", lo: number, hi: number): BatchSettingsIssue | undefined => {
    if (!(k in o)) return undefined;
    const v = o[k];
    if (typeof v !== "number" || !Number.isInteger(v) || v < lo || v > hi)
      return { field: k, message: `${LABELS[k]}应为 ${lo} 至 ${hi} 的整数，不能是 ${JSON.stringify(v)}` };
    out[k] = v;
    return undefined;
  };
  const bad = int("windowDays", 1, 3650) ?? int("minCases", 2, 1000);
  if (bad) return bad;
  for (const k of ["byPlaintiff", "byDefendant", "includePersons"] as const) {
    if (!(k in o)) continue;
    const v = o[k];
    if (typeof v !== "boolean")
      return { field: k, message: `${LABELS[k]}应为“是”或“否”，不能是 ${JSON.stringify(v)}` };
    out[k] = v;
  }
  if (!out.byPlaintiff && !out.byDefendant)
    return { field: "byPlaintiff", message: "按原告归组与按被告归组不能都关闭" };
  return { settings: out };
}

/** The stored text of the setting (absent or blank: the defaults). */
export function parseBatchSettings(
  text: string | undefined,
): { settings: BatchSettings } | BatchSettingsIssue {
  if (text === undefined || text.trim() === "") return { settings: { ...BATCH_SETTINGS_DEFAULTS } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { field: "batch-settings", message: "并案审理设置的格式有误，无法读取" };
  }
  return checkBatchSettings(parsed);
}
