/**
 * The court's 阅核 settings (setting "sign_off_settings", JSON). The SPC has published no national
 * text with article numbers for 阅核 that is at hand here; each court fixes its own scope and
 * routes, so every choice below is a named setting with the default the issue asked for
 * (docs/supervision.md, 阅核).
 */
import { type IsoDate, tryParseIsoDate } from "../calendar/index.js";

/** How a second 复议 on the same point escalates. */
export const ESCALATIONS = ["committee", "meeting", "leader"] as const;
export type Escalation = (typeof ESCALATIONS)[number];

export interface FirstYearJudge {
  /** The judge's name as in 承办人. */
  name: string;
  /** Their division (empty: any division). */
  division?: string;
  /** 入额 date. */
  appointedOn: IsoDate;
}

export interface SignOffSettings {
  /** Which cases need 阅核 (each reason on or off). */
  rules: {
    /** 四类案件 under supervision. */
    supervised: boolean;
    /** Decided after a 审委会 or 专业法官会议 discussion. */
    discussed: boolean;
    /** Retrial of a case remanded (发回重审). */
    remandRetrial: boolean;
    /** Judgments of judges within their first year after 入额. */
    firstYear: boolean;
  };
  /** How long "first year after 入额" is, in months. */
  firstYearMonths: number;
  /** 入额 dates of judges, where no staff register gives them. */
  firstYearJudges: FirstYearJudge[];
  /** Who reads a supervised case's draft: the division's 庭长 or the 分管院领导. */
  supervisedReviewer: "chief" | "leader";
  /** The 分管院领导 (account username) of each division; without one, the first 院领导 account. */
  leaders: Record<string, string>;
  /** A second 复议 on the same point goes to the 审委会, the 专业法官会议, or the 分管院领导. */
  escalation: Escalation;
  /**
   * A draft waiting longer than this many working days is flagged (超期待阅核). Read from the
   * workflow settings' number signOffWaitWorkingDays (the reviewer's task falls due by it too).
   */
  waitWorkingDays: number;
  /** Largest draft file accepted, in bytes. */
  maxFileBytes: number;
}

export const DEFAULT_SIGN_OFF_SETTINGS: SignOffSettings = {
  rules: { supervised: true, discussed: true, remandRetrial: true, firstYear: true },
  firstYearMonths: 12,
  firstYearJudges: [],
  supervisedReviewer: "leader",
  leaders: {},
  escalation: "committee",
  waitWorkingDays: 3,
  maxFileBytes: 20 * 1024 * 1024,
};

const KNOWN_KEYS = [
  "rules",
  "firstYearMonths",
  "firstYearJudges",
  "supervisedReviewer",
  "leaders",
  "escalation",
  "maxFileBytes",
];

export type SettingsProblem = { field: string; message: string };

function positive(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 1;
}

/**
 * The settings from their stored JSON (absent: the defaults); a value of the wrong shape is a
 * problem naming the field in Chinese, never silently replaced.
 */
export function parseSignOffSettings(
  json: string | undefined,
): { settings: SignOffSettings } | SettingsProblem {
  if (json === undefined || json.trim() === "") return { settings: DEFAULT_SIGN_OFF_SETTINGS };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { field: "sign_off_settings", message: "阅核设置不是有效的 JSON" };
  }
  if (typeof raw !== "object" || raw === null)
    return { field: "sign_off_settings", message: "阅核设置应为对象" };
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) {
    if (k === "waitWorkingDays")
      return {
        field: k,
        message: "待阅核期限在流程设置 workflow_settings 的 numbers.signOffWaitWorkingDays 中设置",
      };
    if (!KNOWN_KEYS.includes(k)) return { field: k, message: `未知的阅核设置项“${k}”` };
  }
  const s: SignOffSettings = {
    ...DEFAULT_SIGN_OFF_SETTINGS,
    rules: { ...DEFAULT_SIGN_OFF_SETTINGS.rules },
  };
  if (r.rules !== undefined) {
    if (typeof r.rules !== "object" || r.rules === null)
      return { field: "rules", message: "阅核范围设置应为对象" };
    for (const [k, v] of Object.entries(r.rules)) {
      if (!(k in s.rules)) return { field: `rules.${k}`, message: `未知的阅核范围“${k}”` };
      if (typeof v !== "boolean") return { field: `rules.${k}`, message: `阅核范围“${k}”应为 true 或 false` };
      s.rules[k as keyof SignOffSettings["rules"]] = v;
    }
  }
  for (const k of ["firstYearMonths", "maxFileBytes"] as const) {
    if (r[k] === undefined) continue;
    if (!positive(r[k])) return { field: k, message: `${k} 应为正整数，当前为 ${JSON.stringify(r[k])}` };
    s[k] = r[k];
  }
  if (r.supervisedReviewer !== undefined) {
    if (r.supervisedReviewer !== "chief" && r.supervisedReviewer !== "leader")
      return {
        field: "supervisedReviewer",
        message: "四类案件阅核人应为 chief（庭长）或 leader（分管院领导）",
      };
    s.supervisedReviewer = r.supervisedReviewer;
  }
  if (r.escalation !== undefined) {
    if (!(ESCALATIONS as readonly unknown[]).includes(r.escalation))
      return { field: "escalation", message: "再次复议的处理应为 committee、meeting 或 leader" };
    s.escalation = r.escalation as Escalation;
  }
  if (r.leaders !== undefined) {
    if (typeof r.leaders !== "object" || r.leaders === null || Array.isArray(r.leaders))
      return { field: "leaders", message: "分管院领导设置应为“部门 → 账号”的对象" };
    for (const [division, user] of Object.entries(r.leaders))
      if (typeof user !== "string" || user.trim() === "")
        return { field: `leaders.${division}`, message: `${division}的分管院领导账号应为文字` };
    s.leaders = r.leaders as Record<string, string>;
  }
  if (r.firstYearJudges !== undefined) {
    if (!Array.isArray(r.firstYearJudges))
      return { field: "firstYearJudges", message: "入额法官名单应为数组" };
    const list: FirstYearJudge[] = [];
    for (const [i, j] of r.firstYearJudges.entries()) {
      const e = j as Record<string, unknown>;
      if (typeof e?.name !== "string" || e.name.trim() === "")
        return { field: `firstYearJudges[${i}].name`, message: "入额法官名单缺少姓名" };
      if (typeof e.appointedOn !== "string" || tryParseIsoDate(e.appointedOn) === undefined)
        return {
          field: `firstYearJudges[${i}].appointedOn`,
          message: `${e.name}的入额日期应为形如 2025-03-01 的日期，当前为 ${JSON.stringify(e.appointedOn)}`,
        };
      list.push({
        name: e.name.trim(),
        division: typeof e.division === "string" && e.division ? e.division : undefined,
        appointedOn: e.appointedOn,
      });
    }
    s.firstYearJudges = list;
  }
  return { settings: s };
}
