/**
 * The demo court's 繁简分流 figures: the province's previous-year average wage of employed persons
 * (民事诉讼法第一百六十五条) is a figure the court enters from the published 统计公报; the demo court
 * enters made-up figures, marked as demo data, for every year the demo may cover. The generator
 * places 小额诉讼 and 速裁 amounts around 50 % and 2× of them.
 */
import { type DayNumber, yearOf } from "../domain/calendar/civil-date.js";
import type { AverageWage } from "../domain/triage/settings.js";
import type { DemoContext } from "./context.js";
import type { DemoDivision, DivisionKey } from "./court.js";
import type { Draft } from "./draft.js";

/** The demo wage earned in a year (yuan): 90,000 in 2020, growing 4 % a year, rounded to 100. */
export function demoWageOfYear(wageYear: number): number {
  return Math.round((90_000 * 1.04 ** (wageYear - 2020)) / 100) * 100;
}

/** Demo wages applying from 1 January of each year 2010–2040 (the previous year's figure). */
export function demoAverageWages(): AverageWage[] {
  const out: AverageWage[] = [];
  for (let y = 2010; y <= 2040; y++)
    out.push({
      appliesFrom: `${y}-01-01`,
      wageYear: y - 1,
      yuan: demoWageOfYear(y - 1),
      source: "演示数据（非公布数字）",
      demo: true,
    });
  return out;
}

/**
 * What 繁简分流 needs of the demo court, added to a 民初 case at the as-of cut (render.ts) from a
 * random stream of its own (stream 19 of the seed), so every other draw — and the demo's other
 * figures — stay as they were:
 * - a 速裁团队 case under 简易 or 小额 that was not converted is now and then sent to a trial
 *   division by 变更承办部门 (most within 15 days of filing, some later), with a reason; known only
 *   once its day has come, and never after the case closes;
 * - a few 涉外 cases (outside the 速裁团队), 反诉 on some cases (a few under 小额: a 程序不符), and
 *   双方约定适用小额诉讼 on 小额 cases above half the demo wage (all of them) and on some 简易 cases
 *   in that band.
 */
export interface DemoTriageTouch {
  /** The 变更承办部门, if one is known by as-of. */
  move: { day: DayNumber; from: DemoDivision; to: DemoDivision; reason: string; judge: string } | null;
  foreignRelated: "是" | null;
  counterclaim: "是" | null;
  smallClaimsConsent: "是" | null;
}

const MOVE_REASONS = [
  "案情复杂，不宜适用速裁",
  "需要委托鉴定，移送审判庭审理",
  "被告下落不明，需公告送达",
  "被告提出反诉，移送审判庭审理",
  "涉及关联案件，移送审判庭一并审理",
  "当事人申请追加第三人，案情趋于复杂",
];
/** Share of the 速裁团队's 简易 and 小额 cases sent to a trial division; of those, the share in time. */
export const DEMO_MOVE_RATE = 0.06;
export const DEMO_MOVE_ON_TIME = 0.7;
const TRIAL_KEYS: readonly DivisionKey[] = ["civil1", "civil2", "civil2", "civil3"];

export function triageTouch(ctx: DemoContext, x: Draft): DemoTriageTouch {
  const none: DemoTriageTouch = {
    move: null,
    foreignRelated: null,
    counterclaim: null,
    smallClaimsConsent: null,
  };
  if (x.typeCode !== "民初") return none;
  const rng = ctx.triageRng;
  // The same number of draws for every 民初, whatever is decided, so one case never shifts another.
  const uMove = rng.next();
  const uLate = rng.next();
  const uDay = rng.next();
  const uTo = rng.next();
  const uReason = rng.next();
  const uJudge = rng.next();
  const uForeign = rng.next();
  const uCounter = rng.next();
  const uConsent = rng.next();
  const fast = x.division.key === "fastTrack";
  const simple = x.procedure === "简易程序" || x.procedure === "小额诉讼程序";
  const converted = x.events.some((e) => e.kind === "procedureChange");
  let move: DemoTriageTouch["move"] = null;
  if (fast && simple && !converted && uMove < DEMO_MOVE_RATE) {
    const day =
      x.filed + (uLate < DEMO_MOVE_ON_TIME ? 2 + Math.floor(uDay * 14) : 16 + Math.floor(uDay * 30));
    const closesBefore = x.closing !== null && x.closing <= day;
    if (!closesBefore && day <= ctx.asOf) {
      const to = ctx.court.division[TRIAL_KEYS[Math.floor(uTo * TRIAL_KEYS.length)] as DivisionKey];
      const judges = to.judges;
      move = {
        day,
        from: x.division,
        to,
        reason: MOVE_REASONS[Math.floor(uReason * MOVE_REASONS.length)] as string,
        judge: (judges[Math.floor(uJudge * judges.length)] ?? judges[0])?.name ?? x.judge,
      };
    }
  }
  const foreignRelated = !fast && x.procedure !== "小额诉讼程序" && uForeign < 0.004 ? "是" : null;
  const counterclaim = uCounter < 0.02 ? "是" : null;
  const half = (demoWageOfYear(yearOf(x.filed) - 1) * 100) / 2;
  const inConsentBand = x.amountFen !== null && x.amountFen > half && x.amountFen <= half * 4;
  const smallClaimsConsent =
    inConsentBand && (x.procedure === "小额诉讼程序" || (x.procedure === "简易程序" && uConsent < 0.15))
      ? "是"
      : null;
  return { move, foreignRelated, counterclaim, smallClaimsConsent };
}
