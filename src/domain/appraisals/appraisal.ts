/**
 * The 诉前鉴定 register (docs/appraisals.md): an appraisal (鉴定) commissioned before filing (诉前,
 * under a 诉前调 number) or during the proceedings (诉中, under the case's number), its kind, its
 * institution and its dates; how long it ran in working days, and whether it ran past the period
 * of 司法部《司法鉴定程序通则》（2016年）第二十八条.
 */
import { type DayNumber, type LegalCalendar, parseIsoDate } from "../calendar/index.js";
import { addWorkingDays, workingDaysBetween } from "../workflow/working-days.js";

export const APPRAISAL_STAGES = ["诉前", "诉中"] as const;
export type AppraisalStage = (typeof APPRAISAL_STAGES)[number];

export const APPRAISAL_KINDS = ["伤残", "工程造价", "笔迹", "价格", "医疗损害", "其他"] as const;
export type AppraisalKind = (typeof APPRAISAL_KINDS)[number];

/** 司法部《司法鉴定程序通则》（2016年5月1日施行）第二十八条. */
export const APPRAISAL_RULES_CITATION = "司法部《司法鉴定程序通则》（2016年）第二十八条";

export interface AppraisalRecord {
  /** The case (诉中) or the 诉前调 number (诉前), normalised. */
  caseNumber: string;
  stage: AppraisalStage;
  kind: AppraisalKind;
  commissionedOn: string;
  institution: string | null;
  completedOn: string | null;
  /** The institution's head approved a longer period (第二十八条第二款). */
  extensionApproved: boolean;
}

export interface AppraisalSettings {
  /** 第二十八条第一款: 自司法鉴定委托书生效之日起三十个工作日内完成鉴定. */
  limitWorkingDays: number;
  /** 第二十八条第二款: 经本机构负责人批准…延长时限一般不得超过三十个工作日. */
  extensionWorkingDays: number;
  /** The 诉前/诉中 comparison counts a case as long-pending from this many natural days (filing → closing or today). */
  longPendingDays: number;
}

export const APPRAISAL_SETTINGS_DEFAULTS: Readonly<AppraisalSettings> = Object.freeze({
  limitWorkingDays: 30,
  extensionWorkingDays: 30,
  longPendingDays: 365,
});

export function parseAppraisalStage(text: string): AppraisalStage | undefined {
  const t = text.trim();
  if (t === "诉前" || t === "诉前鉴定" || t.toLowerCase() === "pre-filing") return "诉前";
  if (t === "诉中" || t === "诉中鉴定" || t === "审理中" || t.toLowerCase() === "in-case") return "诉中";
  return undefined;
}

export function parseAppraisalKind(text: string): AppraisalKind | undefined {
  const t = text.trim().replace(/鉴定$/, "");
  const aliases: Record<string, AppraisalKind> = {
    伤残: "伤残",
    伤残等级: "伤残",
    工程造价: "工程造价",
    造价: "工程造价",
    笔迹: "笔迹",
    文书: "笔迹",
    价格: "价格",
    价格评估: "价格",
    医疗损害: "医疗损害",
    医疗过错: "医疗损害",
    其他: "其他",
  };
  return aliases[t];
}

/** How an appraisal stands on a day, measured in working days on the legal calendar. */
export interface AppraisalTiming {
  /** Working days after the commissioning day up to and including the completion day (or asOf while running). */
  workingDays: number;
  /** The period allowed: the limit, plus the extension when approved. */
  allowedWorkingDays: number;
  /** The last day of that period (YYYY-MM-DD as a day number). */
  dueDay: DayNumber;
  /** Past the allowed period (completed after the due day, or still running after it). */
  overdue: boolean;
  running: boolean;
}

/**
 * The timing of one appraisal as of `asOf`. Per the rule for periods (民法典第二百零一条: the day
 * the period begins is not counted), the working days are counted from the day after the
 * commissioning day; the 30th of them is the last day of the period. An appraisal completed on its
 * 30th working day is in time; on the 31st it is overdue.
 */
export function appraisalTiming(
  a: Pick<AppraisalRecord, "commissionedOn" | "completedOn" | "extensionApproved">,
  asOf: string,
  calendar: LegalCalendar,
  settings: AppraisalSettings = APPRAISAL_SETTINGS_DEFAULTS,
): AppraisalTiming {
  const start = parseIsoDate(a.commissionedOn);
  const running = a.completedOn === null || a.completedOn > asOf;
  const end = running ? parseIsoDate(asOf) : parseIsoDate(a.completedOn as string);
  const allowed = settings.limitWorkingDays + (a.extensionApproved ? settings.extensionWorkingDays : 0);
  const dueDay = addWorkingDays(calendar, start, Math.max(allowed, 1));
  const workingDays = workingDaysBetween(calendar, start, end);
  return { workingDays, allowedWorkingDays: allowed, dueDay, overdue: workingDays > allowed, running };
}
