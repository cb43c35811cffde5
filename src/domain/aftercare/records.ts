/**
 * Checks on what a judge records: a 释明, a 督促 contact, a 督促 outcome. Each problem names its
 * field and value, in Chinese. Pure ("today" is a parameter).
 */
import { tryParseIsoDate } from "../calendar/civil-date.js";
import {
  CONTACT_WAYS,
  type ContactWay,
  EXPLANATION_WAYS,
  type ExplanationWay,
  PERFORMANCE_OUTCOMES,
  type PerformanceOutcome,
} from "./settings.js";

export interface RecordProblem {
  field: string;
  message: string;
  value: unknown;
}

export interface ExplanationInput {
  explainedOn: string;
  way: ExplanationWay;
  riskPoints: string[];
  riskNote: string;
  guidance: string;
}

export interface ContactInput {
  contactedOn: string;
  way: ContactWay;
  note: string;
}

export interface OutcomeInput {
  outcome: PerformanceOutcome;
  decidedOn: string;
  /** 应履行金额 (yuan); defaults to the 标的额. */
  dueYuan: number | null;
  /** 已履行金额 (yuan). */
  performedYuan: number | null;
  note: string;
}

function dateProblem(
  field: string,
  label: string,
  v: string,
  closedOn: string,
  today: string,
): RecordProblem | null {
  if (tryParseIsoDate(v) === undefined) return { field, message: `${label}“${v}”不是有效日期`, value: v };
  if (v > today) return { field, message: `${label} ${v} 晚于今天`, value: v };
  if (v < closedOn) return { field, message: `${label} ${v} 早于结案日期 ${closedOn}`, value: v };
  return null;
}

export function checkExplanation(x: ExplanationInput, closedOn: string, today: string): RecordProblem[] {
  const out: RecordProblem[] = [];
  const d = dateProblem("explainedOn", "释明日期", x.explainedOn, closedOn, today);
  if (d) out.push(d);
  if (!(EXPLANATION_WAYS as readonly string[]).includes(x.way))
    out.push({ field: "way", message: `释明方式“${x.way}”应为当庭、电话、书面或线上`, value: x.way });
  if (x.riskPoints.length === 0 && x.riskNote.trim() === "")
    out.push({ field: "riskPoints", message: "请填写向当事人释明的风险点", value: x.riskPoints });
  return out;
}

export function checkContact(x: ContactInput, closedOn: string, today: string): RecordProblem[] {
  const out: RecordProblem[] = [];
  const d = dateProblem("contactedOn", "督促日期", x.contactedOn, closedOn, today);
  if (d) out.push(d);
  if (!(CONTACT_WAYS as readonly string[]).includes(x.way))
    out.push({ field: "way", message: `督促方式“${x.way}”应为${CONTACT_WAYS.join("、")}之一`, value: x.way });
  if (x.note.trim().length < 2) out.push({ field: "note", message: "请填写督促情况", value: x.note });
  return out;
}

export function checkOutcome(x: OutcomeInput, closedOn: string, today: string): RecordProblem[] {
  const out: RecordProblem[] = [];
  const d = dateProblem("decidedOn", "履行情况确认日期", x.decidedOn, closedOn, today);
  if (d) out.push(d);
  if (!(PERFORMANCE_OUTCOMES as readonly string[]).includes(x.outcome))
    out.push({
      field: "outcome",
      message: `履行结果“${x.outcome}”应为全部履行、部分履行或未履行`,
      value: x.outcome,
    });
  const due = x.dueYuan;
  const paid = x.performedYuan;
  if (due !== null && !(due > 0))
    out.push({ field: "dueYuan", message: `应履行金额“${due}”应为正数（元）`, value: due });
  if (paid !== null && !(paid >= 0))
    out.push({ field: "performedYuan", message: `已履行金额“${paid}”不能为负数（元）`, value: paid });
  if (due !== null && paid !== null && paid > due)
    out.push({
      field: "performedYuan",
      message: `已履行金额 ${paid} 元超过应履行金额 ${due} 元`,
      value: paid,
    });
  if (x.outcome === "部分履行" && (paid === null || paid <= 0 || (due !== null && paid >= due)))
    out.push({
      field: "performedYuan",
      message: "部分履行的，已履行金额应大于零且小于应履行金额",
      value: paid,
    });
  if (x.outcome === "未履行" && paid !== null && paid > 0)
    out.push({ field: "performedYuan", message: "未履行的，已履行金额应为零", value: paid });
  return out;
}
