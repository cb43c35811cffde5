/**
 * 长期未结 ladder — pending cases whose natural age (from 立案, nothing deducted) has reached 6, 12,
 * 18, 24 or 36 months: only the highest rung reached fires (asOf ≥ filing + N months, 民法典
 * art. 202, i.e. the facts' age_Nm_day). `long-pending.approaching` fires when the next rung is
 * crossed within 30 days ("临近六个月、一年、二年、三年").
 *
 * Keys: a rung — the day it was crossed (fixed by the filing date); approaching — the rung.
 */
import type { DayNumber } from "../calendar/civil-date.js";
import type { CaseFacts } from "../case/derive-facts.js";
import { RULE_IDS } from "./rules.js";
import { type CompiledAlertSettings, LONG_PENDING_RUNGS } from "./settings.js";
import type { Alert } from "./types.js";
import { fmtDate, isDisabled, makeAlert } from "./util.js";

const RUNG_IDS = [
  RULE_IDS.longPending6,
  RULE_IDS.longPending12,
  RULE_IDS.longPending18,
  RULE_IDS.longPending24,
  RULE_IDS.longPending36,
] as const;

const RUNG_NAMES = ["六个月", "一年", "一年半", "二年", "三年"] as const;

function ageDay(facts: CaseFacts, i: number): DayNumber {
  switch (i) {
    case 0:
      return facts.age6mDay;
    case 1:
      return facts.age12mDay;
    case 2:
      return facts.age18mDay;
    case 3:
      return facts.age24mDay;
    default:
      return facts.age36mDay;
  }
}

export function detectLongPending(
  facts: CaseFacts,
  caseNumber: string,
  asOf: string,
  asOfDay: DayNumber,
  cs: CompiledAlertSettings,
  out: Alert[],
): void {
  if (facts.closedOn !== null) return;
  if (asOfDay + cs.s.longPendingApproachDays < facts.age6mDay) return; // young case: nothing to say
  let reached = -1;
  while (reached < 4 && asOfDay >= ageDay(facts, reached + 1)) reached++;

  for (let i = reached; i >= 0; i--) {
    const id = RUNG_IDS[i] as string;
    if (isDisabled(cs, id)) continue;
    const crossedOn = fmtDate(ageDay(facts, i));
    out.push(
      makeAlert(
        id,
        caseNumber,
        asOf,
        `立案于 ${facts.filedOn}，至今 ${facts.naturalDays} 天未结，已满${RUNG_NAMES[i]}（${crossedOn} 满）`,
        {
          filedOn: facts.filedOn,
          naturalDays: facts.naturalDays,
          months: LONG_PENDING_RUNGS[i] as number,
          crossedOn,
          status: facts.status,
          deadline: facts.deadline,
        },
        crossedOn,
      ),
    );
    break;
  }

  const next = reached + 1;
  if (next <= 4 && cs.approach[next] && !isDisabled(cs, RULE_IDS.longPendingApproaching)) {
    const crossDay = ageDay(facts, next);
    const daysUntil = crossDay - asOfDay;
    if (daysUntil <= cs.s.longPendingApproachDays) {
      const months = LONG_PENDING_RUNGS[next] as number;
      const crossOn = fmtDate(crossDay);
      out.push(
        makeAlert(
          RULE_IDS.longPendingApproaching,
          caseNumber,
          asOf,
          `立案于 ${facts.filedOn}，将于 ${crossOn} 满${RUNG_NAMES[next]}（还有 ${daysUntil} 天）`,
          {
            filedOn: facts.filedOn,
            naturalDays: facts.naturalDays,
            threshold: `${months}m`,
            months,
            crossOn,
            daysUntil,
          },
          `${months}m`,
        ),
      );
    }
  }
}
