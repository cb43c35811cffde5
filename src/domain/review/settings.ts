/**
 * The court's settings for 案件评查 and 庭审观摩 (setting `review_settings`, JSON). Every number is
 * local practice (docs/review.md §7): no national rule fixes them.
 */
import { type ClassScheme, DEFAULT_CLASS_SCHEME, validateScheme } from "./score-sheet.js";

export interface ReviewSettings {
  /** Cases reviewed within this many months are skipped by a new draw (0: none skipped). */
  recentMonths: number;
  /** The judge accepts or objects within this many working days. */
  feedbackWorkingDays: number;
  /** The office (or the 审委会) decides an objection within this many working days. */
  decisionWorkingDays: number;
  /** A rectification is due this many working days after it is opened. */
  rectificationWorkingDays: number;
  /** Who decides an objection: the office (审管办) or the 审判委员会 (recorded with its reference). */
  objectionDecider: "office" | "committee";
  classScheme: ClassScheme;
  /** A hearing's score drops the highest and lowest totals from this many scorers up. */
  trimAtScorers: number;
  /** How many top hearings are proposed as 示范庭. */
  demonstrationCount: number;
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  recentMonths: 6,
  feedbackWorkingDays: 5,
  decisionWorkingDays: 5,
  rectificationWorkingDays: 10,
  objectionDecider: "office",
  classScheme: DEFAULT_CLASS_SCHEME,
  trimAtScorers: 5,
  demonstrationCount: 3,
};

/** Checks settings an administrator saves; returns Chinese messages naming the field. */
export function validateReviewSettings(s: ReviewSettings): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const whole = (field: string, label: string, v: number, min: number) => {
    if (!Number.isInteger(v) || v < min)
      out.push({ field, message: `${label}应为不小于 ${min} 的整数（现为 ${v}）` });
  };
  whole("recentMonths", "近期已评查案件的回避月数", s.recentMonths, 0);
  whole("feedbackWorkingDays", "反馈期限（工作日）", s.feedbackWorkingDays, 1);
  whole("decisionWorkingDays", "异议处理期限（工作日）", s.decisionWorkingDays, 1);
  whole("rectificationWorkingDays", "整改期限（工作日）", s.rectificationWorkingDays, 1);
  whole("trimAtScorers", "去掉最高最低分的评分人数下限", s.trimAtScorers, 3);
  whole("demonstrationCount", "示范庭推荐数", s.demonstrationCount, 1);
  if (s.objectionDecider !== "office" && s.objectionDecider !== "committee")
    out.push({
      field: "objectionDecider",
      message: `异议处理主体应为审管办或审委会（现为 ${String(s.objectionDecider)}）`,
    });
  const scheme = validateScheme(s.classScheme);
  if (scheme) out.push({ field: "classScheme", message: scheme });
  return out;
}
