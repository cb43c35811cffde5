/**
 * 生效日期 of a closed civil case: the recorded one (cases.effective_on), or an estimate from the
 * closing date, the days to serve the decision and the appeal period, marked as estimated.
 *
 * - 判决: the appeal period is 15 days from service, 裁定 10 days (《中华人民共和国民事诉讼法》
 *   （2023年修正）第一百七十一条); the first day is not counted and a last day that is not a working
 *   day rolls to the next working day (第八十五条). The judgment is taken to take effect on the
 *   (rolled) last day of the period — the day the period expires without an appeal — as the demo
 *   court dates it.
 * - 调解书 takes effect when the parties sign for it (第一百条): closing + service.
 * - 小额诉讼 is 一审终审 (第一百六十五条): closing + service.
 * - 准许撤诉 and 按撤诉处理 rulings end the case on the day.
 * - An appealed judgment takes effect with the appeal's decision (its closing day), and never
 *   while the appeal is pending or after a 发回重审.
 * The service days are an estimate (本院送达惯例, a setting) and do not roll.
 */
import { type DayNumber, formatIsoDate, tryParseIsoDate } from "../calendar/civil-date.js";
import { type LegalCalendar, legalCalendar } from "../calendar/legal-calendar.js";

export interface EffectInput {
  closureMode: string | null;
  closedOn: string | null;
  /** The procedure in force (小额诉讼程序 is final at first instance). */
  procedure: string | null;
  /** 生效日期 as recorded. */
  effectiveOn: string | null;
  appealed: boolean;
  appealOutcome: string | null;
  appealClosedOn: string | null;
}

export interface Effect {
  /** The day it took (or takes) effect; null when it has not and cannot be dated (appeal pending, remanded). */
  on: string | null;
  /** True when `on` is estimated, not recorded. */
  estimated: boolean;
  /** How it was dated, in Chinese (with the article). */
  basis: string;
}

const JUDGMENT_DAYS = 15;
const RULING_DAYS = 10;
const RULINGS = new Set(["驳回起诉", "不予受理", "管辖权异议"]);
const WITHDRAWALS = new Set(["撤诉", "按撤诉处理"]);

/** The last day of an appeal period of `days` from `served`, rolled past days that are not working days. */
export function appealPeriodEnd(served: DayNumber, days: number, calendar?: LegalCalendar): DayNumber {
  const raw = served + days;
  return (calendar ?? legalCalendar()).tryNextWorkingDay(raw) ?? raw;
}

export function effectiveDate(x: EffectInput, serviceDays: number, calendar?: LegalCalendar): Effect {
  if (x.effectiveOn) return { on: x.effectiveOn, estimated: false, basis: "生效日期（登记）" };
  const closed = x.closedOn ? tryParseIsoDate(x.closedOn) : undefined;
  if (closed === undefined) return { on: null, estimated: true, basis: "未结案" };
  const mode = x.closureMode ?? "";
  const est = (day: DayNumber, basis: string): Effect => ({ on: formatIsoDate(day), estimated: true, basis });
  if (mode === "调解")
    return est(
      closed + serviceDays,
      "调解书经双方当事人签收后生效（民事诉讼法第一百条）：结案日期＋送达天数",
    );
  if (WITHDRAWALS.has(mode)) return est(closed, "准许撤诉的裁定作出即结案");
  if (x.appealed) {
    if (x.appealOutcome === "发回重审")
      return { on: null, estimated: true, basis: "二审发回重审，原判决未生效" };
    const ac = x.appealClosedOn ? tryParseIsoDate(x.appealClosedOn) : undefined;
    if (ac === undefined) return { on: null, estimated: true, basis: "已上诉，二审未结" };
    return est(ac, "已上诉：随二审裁判生效（二审结案日期）");
  }
  if (x.procedure === "小额诉讼程序")
    return est(closed + serviceDays, "小额诉讼一审终审（民事诉讼法第一百六十五条）：结案日期＋送达天数");
  const served = closed + serviceDays;
  if (mode === "判决")
    return est(
      appealPeriodEnd(served, JUDGMENT_DAYS, calendar),
      "判决书送达之日起十五日上诉期届满（民事诉讼法第一百七十一条；期间最后一日为节假日的顺延，第八十五条）",
    );
  if (RULINGS.has(mode))
    return est(
      appealPeriodEnd(served, RULING_DAYS, calendar),
      "裁定书送达之日起十日上诉期届满（民事诉讼法第一百七十一条；期间最后一日为节假日的顺延，第八十五条）",
    );
  return { on: null, estimated: true, basis: "该结案方式不推定生效日期" };
}
