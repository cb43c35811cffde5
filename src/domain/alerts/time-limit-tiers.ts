/**
 * 审限预警 — the four tiers for pending cases with a statutory limit: 2/3 of the period used, due
 * soon (≤ 30 days civil/enforcement, ≤ 15 criminal/administrative), due within 5 days, overdue.
 * A case gets only its most severe tier (a disabled tier falls through to the next one).
 *
 * Key detail: the clock's raw end (start + base + extensions), i.e. "the period as granted": daily
 * recomputation keeps the key (an open exclusion moves the deadline every day but not the raw
 * end), an extension, conversion or restart makes a new finding.
 */
import type { CaseFacts } from "../case/derive-facts.js";
import { RULE_IDS } from "./rules.js";
import type { CompiledAlertSettings } from "./settings.js";
import type { Alert } from "./types.js";
import { fmtPeriod, isDisabled, makeAlert } from "./util.js";

/** Days left at or below which a case of this period is "due soon". */
export function dueSoonWindow(facts: CaseFacts, cs: CompiledAlertSettings): number {
  const w = cs.dueSoon[facts.category];
  if (!cs.s.dueSoonCapToLastThird) return w;
  const third = Math.ceil(facts.periodDays / 3);
  return Math.min(third, w);
}

function limitText(facts: CaseFacts): string {
  const c = facts.clock;
  const base = c.baseLimit ? fmtPeriod(c.baseLimit.months, c.baseLimit.days) : "无";
  let t = `${c.rule.name}，法定审限 ${base}`;
  if (c.extensions.count > 0) {
    t += `，延长 ${c.extensions.count} 次共 ${fmtPeriod(c.extensions.months, c.extensions.days)}`;
  }
  if (c.excludedDays > 0) t += `，已扣除 ${c.excludedDays} 天`;
  return t;
}

/** Pushes the case's most severe 审限 tier, if any. */
export function detectTimeLimitTier(
  facts: CaseFacts,
  caseNumber: string,
  asOf: string,
  cs: CompiledAlertSettings,
  out: Alert[],
): void {
  if (facts.closedOn !== null) return;
  const status = facts.status;
  if (status !== "running" && status !== "overdue") return;
  const daysLeft = facts.daysLeft;
  if (daysLeft === null) return;
  const s = cs.s;
  const window = dueSoonWindow(facts, cs);
  const used = facts.usedDays * s.usedShareDenominator >= facts.periodDays * s.usedShareNumerator;

  let ruleId: string | undefined;
  if (status === "overdue" && !isDisabled(cs, RULE_IDS.overdue)) ruleId = RULE_IDS.overdue;
  else if (daysLeft <= s.dueCriticalDays && !isDisabled(cs, RULE_IDS.dueCritical))
    ruleId = RULE_IDS.dueCritical;
  else if (daysLeft <= window && !isDisabled(cs, RULE_IDS.dueSoon)) ruleId = RULE_IDS.dueSoon;
  else if (used && !isDisabled(cs, RULE_IDS.usedTwoThirds)) ruleId = RULE_IDS.usedTwoThirds;
  if (ruleId === undefined) return;

  const c = facts.clock;
  const deadline = facts.deadline as string;
  const lt = limitText(facts);
  let reason: string;
  switch (ruleId) {
    case RULE_IDS.overdue:
      reason = `审限已于 ${deadline} 届满，超期 ${-daysLeft} 天（${lt}）`;
      break;
    case RULE_IDS.dueCritical:
      reason =
        daysLeft === 0
          ? `审限于今日（${deadline}）届满（${lt}）`
          : `距审限届满（${deadline}）仅剩 ${daysLeft} 天（${lt}）`;
      break;
    case RULE_IDS.dueSoon:
      reason = `距审限届满（${deadline}）还有 ${daysLeft} 天，预警线 ${window} 天（${lt}）`;
      break;
    default: {
      const pct = facts.periodDays > 0 ? Math.floor((facts.usedDays * 100) / facts.periodDays) : 100;
      reason = `已用审限 ${facts.usedDays} 天，占审限期间 ${facts.periodDays} 天的 ${pct}%，距届满（${deadline}）还有 ${daysLeft} 天（${lt}）`;
    }
  }
  out.push(
    makeAlert(
      ruleId,
      caseNumber,
      asOf,
      reason,
      {
        category: facts.category,
        limitRule: facts.limitRule,
        deadline,
        daysLeft,
        usedDays: facts.usedDays,
        periodDays: facts.periodDays,
        excludedDays: facts.excludedDays,
        extensionCount: facts.extensionCount,
        dueSoonWindow: window,
        provisional: facts.provisional,
        rawEnd: c.rawEnd,
      },
      c.rawEnd ?? deadline,
    ),
  );
}
