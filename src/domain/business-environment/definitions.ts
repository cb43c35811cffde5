/**
 * The 营商环境 "解决商业纠纷" pack's indicator definitions, as data the court adjusts to the year's
 * evaluation manual (setting `business_environment_definitions`, JSON; absent: the defaults). The
 * manual changes every year, so nothing of it is hard-coded: which cases are commercial first-
 * instance cases, which enforcement cases count, which closing modes are 执行完毕, 调解 and 撤诉,
 * and what "within the time limit" means.
 *
 * Basis: 《优化营商环境条例》（国务院令第722号） and the 国家营商环境评价 "解决商业纠纷" indicator
 * (it follows the World Bank Doing Business indicator "Enforcing Contracts", 执行合同: the time and
 * cost of resolving a commercial dispute through a first-instance court, and the quality of
 * judicial processes); the exact sub-indicators are those of the year's manual, hence a setting.
 */

export const BUSINESS_ENVIRONMENT_BASIS =
  "《优化营商环境条例》（国务院令第722号）；国家营商环境评价“解决商业纠纷”指标（对应世界银行营商环境评价“执行合同”指标：商事纠纷经一审法院解决并执行的时间、费用和司法程序质量）。具体评价口径以当年评价手册为准，本院按手册调整";

export interface BusinessEnvironmentDefinitions {
  /** The year of the evaluation manual these definitions follow. */
  manualYear: number;
  /** Type codes of the commercial first-instance cases (default 民初). */
  firstInstanceTypeCodes: string[];
  /** Count only 涉企 cases (cases.enterprise = 1). */
  enterpriseOnly: boolean;
  /** 案由 counted as commercial disputes; empty: every cause. */
  causes: string[];
  /** Type codes of the enforcement cases linked by 原审案号 (default 执). */
  enforcementTypeCodes: string[];
  /** Closing modes of an enforcement case that mean 执行完毕 (enforcement completed). */
  completionModes: string[];
  mediationModes: string[];
  withdrawalModes: string[];
  /** "Within the time limit": null = the statutory 审限 (with extensions and exclusions); N = within N natural days of filing. */
  timeLimitDays: number | null;
  /** How many cases each typical-case list holds. */
  typicalCount: number;
  /** The court's note on this year's 口径 (shown in the narrative). */
  note: string;
}

export const DEFAULT_BUSINESS_ENVIRONMENT_DEFINITIONS: BusinessEnvironmentDefinitions = Object.freeze({
  manualYear: 2025,
  firstInstanceTypeCodes: ["民初"],
  enterpriseOnly: true,
  causes: [],
  enforcementTypeCodes: ["执"],
  completionModes: ["执行完毕"],
  mediationModes: ["调解"],
  withdrawalModes: ["撤诉", "按撤诉处理"],
  timeLimitDays: null,
  typicalCount: 10,
  note: "商事一审案件按涉企民初案件统计；审限内结案按法定审限（含依法延长、扣除）判断。",
}) as BusinessEnvironmentDefinitions;

export type DefinitionsProblem = { field: string; message: string };

const LIST_FIELDS = {
  firstInstanceTypeCodes: { name: "一审案件类型代字", min: 1 },
  causes: { name: "商事案由", min: 0 },
  enforcementTypeCodes: { name: "执行案件类型代字", min: 1 },
  completionModes: { name: "执行完毕结案方式", min: 1 },
  mediationModes: { name: "调解结案方式", min: 1 },
  withdrawalModes: { name: "撤诉结案方式", min: 1 },
} as const;

/** Checks a definitions object; a bad field is named with its value, nothing is half-accepted. */
export function checkDefinitions(
  raw: unknown,
): { definitions: BusinessEnvironmentDefinitions } | DefinitionsProblem {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { field: "business_environment_definitions", message: "营商环境指标口径应为对象" };
  const r = raw as Record<string, unknown>;
  const known = new Set(Object.keys(DEFAULT_BUSINESS_ENVIRONMENT_DEFINITIONS));
  for (const k of Object.keys(r)) if (!known.has(k)) return { field: k, message: `未知的口径设置项“${k}”` };
  const d = { ...DEFAULT_BUSINESS_ENVIRONMENT_DEFINITIONS, ...r } as Record<string, unknown>;
  const year = d.manualYear;
  if (typeof year !== "number" || !Number.isInteger(year) || year < 2018 || year > 2100)
    return {
      field: "manualYear",
      message: `评价手册年度应为 2018 至 2100 的整数，当前为 ${JSON.stringify(year)}`,
    };
  if (typeof d.enterpriseOnly !== "boolean")
    return {
      field: "enterpriseOnly",
      message: `“仅统计涉企案件”应为是或否，当前为 ${JSON.stringify(d.enterpriseOnly)}`,
    };
  const lists: Record<string, string[]> = {};
  for (const [field, spec] of Object.entries(LIST_FIELDS)) {
    const v = d[field];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string" || x.trim() === "" || x.trim().length > 40))
      return { field, message: `${spec.name}应为文字列表（每项 1 至 40 个字），当前为 ${JSON.stringify(v)}` };
    const items = [...new Set(v.map((x: string) => x.trim()))];
    if (items.length < spec.min) return { field, message: `${spec.name}至少应填一项` };
    if (items.length > 200) return { field, message: `${spec.name}不能超过 200 项` };
    lists[field] = items;
  }
  const limit = d.timeLimitDays;
  if (limit !== null && (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1 || limit > 3650))
    return {
      field: "timeLimitDays",
      message: `审限内结案的天数应为空（按法定审限）或 1 至 3650 的整数，当前为 ${JSON.stringify(limit)}`,
    };
  const n = d.typicalCount;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 100)
    return {
      field: "typicalCount",
      message: `典型案例条数应为 1 至 100 的整数，当前为 ${JSON.stringify(n)}`,
    };
  if (typeof d.note !== "string" || d.note.length > 1000)
    return { field: "note", message: "口径说明应为不超过 1000 字的文字" };
  return {
    definitions: {
      manualYear: year,
      enterpriseOnly: d.enterpriseOnly,
      firstInstanceTypeCodes: lists.firstInstanceTypeCodes as string[],
      causes: lists.causes as string[],
      enforcementTypeCodes: lists.enforcementTypeCodes as string[],
      completionModes: lists.completionModes as string[],
      mediationModes: lists.mediationModes as string[],
      withdrawalModes: lists.withdrawalModes as string[],
      timeLimitDays: limit as number | null,
      typicalCount: n,
      note: d.note.trim(),
    },
  };
}

export function parseDefinitions(
  json: string | undefined,
): { definitions: BusinessEnvironmentDefinitions } | DefinitionsProblem {
  if (json === undefined || json.trim() === "")
    return { definitions: DEFAULT_BUSINESS_ENVIRONMENT_DEFINITIONS };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { field: "business_environment_definitions", message: "营商环境指标口径设置不是有效的 JSON" };
  }
  return checkDefinitions(raw);
}
