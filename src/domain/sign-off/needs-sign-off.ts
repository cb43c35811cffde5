/**
 * Which drafts need 阅核, and why: the court's four default reasons (each a setting). The reasons
 * are shown on the case as “须阅核” with their wording and basis.
 */
import { addMonths, type IsoDate, parseIsoDate, tryParseIsoDate } from "../calendar/index.js";
import type { FirstYearJudge, SignOffSettings } from "./settings.js";

/** What is known about a case when its draft is written. */
export interface SignOffFacts {
  /** Under 四类案件 supervision (院庭长监督管理). */
  supervised: boolean;
  /** Discussed by the 审判委员会 / a 专业法官会议 before the decision. */
  discussedByCommittee: boolean;
  discussedByMeeting: boolean;
  /** A retrial after the case was remanded (发回重审). */
  remandRetrial: boolean;
  /** The case judge's 入额 date, when known. */
  judgeAppointedOn: IsoDate | null;
  /** The day the draft is written (today). */
  on: IsoDate;
}

export type SignOffReasonCode =
  | "supervised"
  | "discussed-committee"
  | "discussed-meeting"
  | "remand-retrial"
  | "first-year";

export interface SignOffReason {
  code: SignOffReasonCode;
  /** Chinese: why (“四类案件：院庭长监督管理案件”). */
  text: string;
  /** Chinese: on what basis. */
  basis: string;
}

const SPC_RESPONSIBILITY = "《最高人民法院关于完善人民法院司法责任制的若干意见》（法发〔2015〕13号）";
const COURT_SETTING = "本院阅核范围设置（院庭长阅核制）";

/** The judge's 入额 date from the settings' list (a name in their division, or in any division). */
export function appointedOnFromSettings(
  list: readonly FirstYearJudge[],
  judge: { name: string; division: string },
): IsoDate | null {
  const own = list.find((j) => j.name === judge.name && j.division === judge.division);
  const any = list.find((j) => j.name === judge.name && j.division === undefined);
  return (own ?? any)?.appointedOn ?? null;
}

/** Is `on` within the first `months` months after 入额 (the day of 入额 counts; the anniversary does not)? */
export function inFirstYear(appointedOn: IsoDate, on: IsoDate, months: number): boolean {
  const start = tryParseIsoDate(appointedOn);
  if (start === undefined) return false;
  const day = parseIsoDate(on);
  return day >= start && day < addMonths(start, months);
}

/** The reasons a draft needs 阅核 (empty: it does not). */
export function needsSignOff(facts: SignOffFacts, settings: SignOffSettings): SignOffReason[] {
  const reasons: SignOffReason[] = [];
  const r = settings.rules;
  if (r.supervised && facts.supervised)
    reasons.push({
      code: "supervised",
      text: "四类案件：院庭长监督管理案件",
      basis: `${SPC_RESPONSIBILITY}关于院长、副院长、庭长监督管理“四类案件”的规定；${COURT_SETTING}`,
    });
  if (r.discussed && facts.discussedByCommittee)
    reasons.push({ code: "discussed-committee", text: "经审判委员会讨论决定的案件", basis: COURT_SETTING });
  if (r.discussed && facts.discussedByMeeting)
    reasons.push({ code: "discussed-meeting", text: "经专业法官会议讨论的案件", basis: COURT_SETTING });
  if (r.remandRetrial && facts.remandRetrial)
    reasons.push({ code: "remand-retrial", text: "发回重审案件", basis: COURT_SETTING });
  if (
    r.firstYear &&
    facts.judgeAppointedOn &&
    inFirstYear(facts.judgeAppointedOn, facts.on, settings.firstYearMonths)
  )
    reasons.push({
      code: "first-year",
      text: `入额未满${settings.firstYearMonths === 12 ? "一年" : `${settings.firstYearMonths}个月`}的法官承办（${facts.judgeAppointedOn}入额）`,
      basis: COURT_SETTING,
    });
  return reasons;
}
