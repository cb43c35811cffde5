/**
 * A draft's 阅核 at a glance (waiting since when, for how many working days, overdue or not, how
 * often returned, escalated or not) and the statistics by reviewer and by division — computed
 * from the matter's state and trace.
 */
import type { IsoDate, LegalCalendar } from "../calendar/index.js";
import { WAITING_STATES } from "./kind.js";
import { waitedWorkingDays } from "./waiting.js";

export interface SignOffTraceStep {
  action: string;
  on: IsoDate;
}

export interface SignOffSummary {
  /** Waiting for a reviewer since this day (the last submission), or null. */
  waitingSince: IsoDate | null;
  /** Working days waited so far (null when not waiting). */
  waitedDays: number | null;
  /** Waiting longer than the setting (超期待阅核). */
  overdue: boolean;
  /** How many times it was sent back for 复议. */
  returns: number;
  /** Referred to a 专业法官会议 or the 审委会, or escalated to the 分管院领导. */
  escalated: boolean;
  /** Signed off on this day, or null. */
  signedOffOn: IsoDate | null;
  /** Working days from the first submission to the sign-off. */
  daysToSignOff: number | null;
}

const SUBMITTING = new Set(["submit", "resubmit", "escalate-leader"]);
const ESCALATING = new Set([
  "refer-meeting",
  "refer-committee",
  "escalate-committee",
  "escalate-meeting",
  "escalate-leader",
]);

export function summarizeSignOff(
  m: { state: string; openedOn: IsoDate; trace: readonly SignOffTraceStep[] },
  today: IsoDate,
  calendar: LegalCalendar,
  waitLimit: number,
): SignOffSummary {
  const waiting = (WAITING_STATES as readonly string[]).includes(m.state);
  let since: IsoDate | null = null;
  if (waiting) for (const t of m.trace) if (SUBMITTING.has(t.action)) since = t.on;
  if (waiting && since === null) since = m.openedOn;
  const waitedDays = since === null ? null : waitedWorkingDays(calendar, since, today);
  const signed =
    m.state === "signed-off"
      ? ([...m.trace].reverse().find((t) => t.action === "sign-off")?.on ?? null)
      : null;
  return {
    waitingSince: since,
    waitedDays,
    overdue: waitedDays !== null && waitedDays > waitLimit,
    returns: m.trace.filter((t) => t.action === "return").length,
    escalated: m.trace.some((t) => ESCALATING.has(t.action)),
    signedOffOn: signed,
    daysToSignOff: signed === null ? null : waitedWorkingDays(calendar, m.openedOn, signed),
  };
}

export interface SignOffCounts {
  /** Drafts submitted (matters opened). */
  drafts: number;
  signedOff: number;
  /** Returns for 复议 (a draft returned twice counts twice). */
  returned: number;
  escalated: number;
  waiting: number;
  /** Of those waiting, longer than the setting. */
  overdue: number;
  /** Average working days from first submission to sign-off (null: none signed off), one decimal. */
  averageDaysToSignOff: number | null;
}

export function countSignOffs(summaries: readonly SignOffSummary[]): SignOffCounts {
  const signed = summaries.filter((s) => s.daysToSignOff !== null);
  const total = signed.reduce((a, s) => a + (s.daysToSignOff ?? 0), 0);
  return {
    drafts: summaries.length,
    signedOff: signed.length,
    returned: summaries.reduce((a, s) => a + s.returns, 0),
    escalated: summaries.filter((s) => s.escalated).length,
    waiting: summaries.filter((s) => s.waitingSince !== null).length,
    overdue: summaries.filter((s) => s.overdue).length,
    averageDaysToSignOff: signed.length === 0 ? null : Math.round((total / signed.length) * 10) / 10,
  };
}
