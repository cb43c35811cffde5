/**
 * 小额诉讼 eligibility as a yes/no, for the facts pass over every case: the same conditions as
 * smallClaimsEligibility (民事诉讼法第一百六十五、一百六十六条) without building its sentences, which
 * cost most of the time over a million cases. eligible.test.ts checks that the two always agree.
 */
import type { StoredEvent } from "../case/derive-facts.js";
import type { TriageSettings } from "./settings.js";
import { wageOn } from "./settings.js";
import { compiledCauses, type TriageCase } from "./small-claims.js";

type EligibilityInput = Pick<
  TriageCase,
  "cause" | "filedOn" | "amountFen" | "smallClaimsConsent" | "foreignRelated" | "counterclaim" | "events"
>;

function excludedByEvent(events: readonly StoredEvent[], asOf: string): boolean {
  for (const e of events)
    if (
      e.kind === "exclusion" &&
      e.from <= asOf &&
      (e.reason === "鉴定" || e.reason === "审计评估" || e.reason === "公告")
    )
      return true;
  return false;
}

/** smallClaimsEligibility(c, s, asOf).eligible, computed without its texts. */
export function isSmallClaimsEligible(c: EligibilityInput, s: TriageSettings, asOf: string): boolean {
  if (c.foreignRelated === true || c.counterclaim === true || c.amountFen === null) return false;
  const m = compiledCauses(s);
  if (!m.money(c.cause) || m.personal(c.cause) || m.ownership(c.cause)) return false;
  const wage = wageOn(s, c.filedOn);
  if (!wage) return false;
  const threshold = Math.round(wage.yuan * 100 * s.smallClaimsShare);
  const ceiling = Math.round(wage.yuan * 100 * s.consentMultiple);
  if (c.amountFen > ceiling) return false;
  if (c.amountFen > threshold && c.smallClaimsConsent !== true) return false;
  return !excludedByEvent(c.events, asOf);
}
