/**
 * detectCaseAlerts — every per-case rule over one case as of a date. Pure; "today" is `asOf`.
 *
 * Speed: it runs over a court's (or a province's) whole case table after the facts refresh, so the
 * common path — a case that raises nothing — makes no allocation: the detectors push into one
 * scratch array and a shared frozen empty array is returned when it stays empty. Settings are
 * compiled once per settings object (pass the same object for the whole run).
 */
import type { CaseRecord } from "../case/case.js";
import type { CaseFacts } from "../case/derive-facts.js";
import type { TimeLimitSettings } from "../time-limit/settings.js";
import type { TimeLimitEvent } from "../time-limit/timeline.js";
import { detectConcealedOverrun, detectStalePreFilingMediation } from "./concealed-overrun.js";
import { detectDataQuality } from "./data-quality.js";
import { detectLongPending } from "./long-pending.js";
import { type AlertSettings, type CompiledAlertSettings, resolveAlertSettings } from "./settings.js";
import { detectTimeLimitTier } from "./time-limit-tiers.js";
import type { Alert } from "./types.js";
import { asOfDayOf, NO_ALERTS } from "./util.js";

export interface CaseAlertInput {
  record: CaseRecord;
  /** The case's timeline events (toTimelineEvents of its stored events). */
  events: TimeLimitEvent[];
  /**
   * deriveFacts(record, events, asOf, { settings: timeLimitSettings }). null where deriveFacts
   * cannot run (e.g. a closing date before the filing date): only the data-quality rules run.
   */
  facts: CaseFacts | null;
  /** The 审限 settings the facts were derived with (used where a rule recomputes the clock). */
  timeLimitSettings?: Partial<TimeLimitSettings>;
}

export class AlertInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AlertInputError";
  }
}

const scratch: Alert[] = [];

/**
 * The alerts of one case as of `asOf`, in the order: 审限 tier, 长期未结, 隐形超审限, 数据质量.
 * Returns a shared frozen empty array when nothing fires (do not mutate the result in place).
 */
export function detectCaseAlerts(
  input: CaseAlertInput,
  asOf: string,
  settings?: Partial<AlertSettings> | CompiledAlertSettings,
): Alert[] {
  const cs = resolveAlertSettings(settings);
  const { record, events, facts } = input;
  const asOfDay = asOfDayOf(asOf);
  if (facts !== null && facts.asOf !== asOf) {
    throw new AlertInputError(
      `案件事实的基准日 ${facts.asOf} 与预警基准日 ${asOf} 不一致（${record.caseNumber}）`,
    );
  }
  scratch.length = 0;
  try {
    if (facts !== null) {
      detectTimeLimitTier(facts, record.caseNumber, asOf, cs, scratch);
      detectLongPending(facts, record.caseNumber, asOf, asOfDay, cs, scratch);
      detectConcealedOverrun(record, events, facts, asOf, asOfDay, cs, input.timeLimitSettings, scratch);
      detectStalePreFilingMediation(record, facts, asOf, asOfDay, cs, scratch);
    }
    detectDataQuality(record, events, asOf, cs, scratch, facts?.filedDay);
    return scratch.length === 0 ? NO_ALERTS : scratch.slice();
  } finally {
    scratch.length = 0;
  }
}
