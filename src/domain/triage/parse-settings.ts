/**
 * 繁简分流 settings as a court enters them (the settings screen, the stored JSON): the shape is
 * checked, then validateTriageSettings; every problem names its field in Chinese (and the row of a
 * list). Pure.
 */
import {
  TRIAGE_DEFAULTS,
  type TriageSettings,
  type TriageSettingsIssue,
  validateTriageSettings,
} from "./settings.js";

/** Chinese names of the settings (the screen's labels). */
export const TRIAGE_SETTING_LABELS: Record<string, string> = {
  averageWages: "上年度就业人员年平均工资",
  smallClaimsShare: "小额诉讼标的额比例",
  consentMultiple: "约定适用小额诉讼的倍数",
  moneyCauses: "金钱给付案由",
  personalRelationCauses: "人身关系案由",
  ownershipCauses: "财产确权案由",
  "fastTrack.divisions": "速裁部门",
  "fastTrack.causes": "速裁案由",
  "fastTrack.maxAmountYuan": "速裁标的额上限",
  "fastTrack.maxParties": "速裁当事人人数上限",
  "ordinary.minParties": "普通程序当事人人数标准",
  "ordinary.highAmountYuan": "普通程序标的额标准",
  transferBackDays: "退案期限",
};

const WAGE_FIELDS: Record<string, string> = {
  appliesFrom: "适用起始日期",
  wageYear: "工资年度",
  yuan: "年平均工资",
  source: "发布来源",
};

/** "averageWages[1].yuan" → "上年度就业人员年平均工资第2行 年平均工资". */
export function triageFieldLabel(field: string): string {
  const m = /^([A-Za-z.]+)\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (m) {
    const list = TRIAGE_SETTING_LABELS[m[1] as string] ?? m[1];
    const row = Number(m[2]) + 1;
    const sub = m[3] ? ` ${WAGE_FIELDS[m[3]] ?? m[3]}` : "";
    return `${list}第${row}${m[3] ? "行" : "项"}${sub}`;
  }
  return TRIAGE_SETTING_LABELS[field] ?? field;
}

export type ParsedTriageSettings = { settings: TriageSettings } | { issues: TriageSettingsIssue[] };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks a whole settings object (as stored or as sent by the screen). Absent keys take the
 * defaults (a court that stored settings before a key existed keeps working); present ones must be
 * of the right type. The messages start with the field's Chinese name.
 */
export function parseTriageSettings(input: unknown): ParsedTriageSettings {
  const issues: TriageSettingsIssue[] = [];
  const bad = (field: string, message: string) =>
    issues.push({ field, message: `${triageFieldLabel(field)}：${message}` });
  if (!isObj(input)) return { issues: [{ field: "settings", message: "繁简分流设置应为一个对象" }] };
  const D = TRIAGE_DEFAULTS;
  const num = (field: string, v: unknown, d: number): number => {
    if (v === undefined) return d;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      bad(field, `“${String(v)}”不是数字`);
      return d;
    }
    return v;
  };
  const strings = (field: string, v: unknown, d: readonly string[]): string[] => {
    if (v === undefined) return [...d];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
      bad(field, "应为文字列表");
      return [...d];
    }
    return (v as string[]).map((x) => x.trim()).filter((x) => x !== "");
  };
  const wagesIn = input.averageWages;
  const averageWages: TriageSettings["averageWages"] = [];
  if (wagesIn !== undefined && !Array.isArray(wagesIn)) bad("averageWages", "应为列表");
  else
    (wagesIn ?? []).forEach((w: unknown, i: number) => {
      const f = `averageWages[${i}]`;
      if (!isObj(w)) {
        bad(f, "应为一行年平均工资");
        return;
      }
      averageWages.push({
        appliesFrom: typeof w.appliesFrom === "string" ? w.appliesFrom.trim() : String(w.appliesFrom ?? ""),
        wageYear: typeof w.wageYear === "number" ? w.wageYear : Number(w.wageYear),
        yuan: typeof w.yuan === "number" ? w.yuan : Number(w.yuan),
        source: typeof w.source === "string" ? w.source.trim() : "",
        ...(w.demo === true ? { demo: true } : {}),
      });
    });
  const ft = input.fastTrack === undefined ? {} : input.fastTrack;
  const ord = input.ordinary === undefined ? {} : input.ordinary;
  if (!isObj(ft)) bad("fastTrack.divisions", "速裁设置应为一个对象");
  if (!isObj(ord)) bad("ordinary.minParties", "普通程序设置应为一个对象");
  const f = isObj(ft) ? ft : {};
  const o = isObj(ord) ? ord : {};
  const settings: TriageSettings = {
    averageWages: averageWages.sort((a, b) => (a.appliesFrom < b.appliesFrom ? -1 : 1)),
    smallClaimsShare: num("smallClaimsShare", input.smallClaimsShare, D.smallClaimsShare),
    consentMultiple: num("consentMultiple", input.consentMultiple, D.consentMultiple),
    moneyCauses: strings("moneyCauses", input.moneyCauses, D.moneyCauses),
    personalRelationCauses: strings(
      "personalRelationCauses",
      input.personalRelationCauses,
      D.personalRelationCauses,
    ),
    ownershipCauses: strings("ownershipCauses", input.ownershipCauses, D.ownershipCauses),
    fastTrack: {
      divisions: strings("fastTrack.divisions", f.divisions, D.fastTrack.divisions),
      causes: strings("fastTrack.causes", f.causes, D.fastTrack.causes),
      maxAmountYuan: num("fastTrack.maxAmountYuan", f.maxAmountYuan, D.fastTrack.maxAmountYuan),
      maxParties: num("fastTrack.maxParties", f.maxParties, D.fastTrack.maxParties),
    },
    ordinary: {
      minParties: num("ordinary.minParties", o.minParties, D.ordinary.minParties),
      highAmountYuan: num("ordinary.highAmountYuan", o.highAmountYuan, D.ordinary.highAmountYuan),
    },
    transferBackDays: num("transferBackDays", input.transferBackDays, D.transferBackDays),
  };
  if (issues.length > 0) return { issues };
  const found = validateTriageSettings(settings);
  if (found.length > 0)
    return {
      issues: found.map((x) => ({ field: x.field, message: `${triageFieldLabel(x.field)}：${x.message}` })),
    };
  return { settings };
}

export interface SettingChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

const show = (v: unknown): string =>
  v === undefined
    ? "（无）"
    : Array.isArray(v)
      ? v.map((x) => (isObj(x) ? wageText(x) : String(x))).join("、")
      : String(v);
function wageText(w: Record<string, unknown>): string {
  return `${w.appliesFrom}起 ${w.wageYear}年度 ${w.yuan}元${w.demo ? "（演示数据）" : ""}`;
}

/** What changed between two settings, field by field, in Chinese (the history screen). */
export function diffTriageSettings(before: unknown, after: unknown): SettingChange[] {
  const b = isObj(before) ? before : {};
  const a = isObj(after) ? after : {};
  const out: SettingChange[] = [];
  const get = (o: Record<string, unknown>, path: string): unknown =>
    path.split(".").reduce<unknown>((v, k) => (isObj(v) ? v[k] : undefined), o);
  for (const field of Object.keys(TRIAGE_SETTING_LABELS)) {
    const x = get(b, field);
    const y = get(a, field);
    if (JSON.stringify(x) !== JSON.stringify(y))
      out.push({ field, label: TRIAGE_SETTING_LABELS[field] as string, before: show(x), after: show(y) });
  }
  return out;
}
