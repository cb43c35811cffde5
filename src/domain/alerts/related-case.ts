/**
 * An alert that names another case (withdraw-and-refile names the earlier, withdrawn one) shows
 * that case only to a reader who may see it; to anyone else it says that such a case exists and
 * whom to ask, and carries none of its number, dates or closure.
 */
import { RULE_IDS } from "./rules.js";
import type { AlertFactValue } from "./types.js";
import { refileReason } from "./withdraw-refile.js";

/** The other case an alert names, with who handles it; undefined when it names none. */
export function relatedCaseOf(a: {
  ruleId: string;
  facts: Record<string, AlertFactValue>;
}): { caseNumber: string; division: string; judge: string } | undefined {
  if (a.ruleId !== RULE_IDS.withdrawRefile || typeof a.facts.earlierCaseNumber !== "string") return undefined;
  return {
    caseNumber: a.facts.earlierCaseNumber,
    division: String(a.facts.earlierDivision ?? ""),
    judge: String(a.facts.earlierJudge ?? ""),
  };
}

const RELATED_FACTS = [
  "earlierCaseNumber",
  "earlierClosedOn",
  "earlierClosureMode",
  "earlierDivision",
  "earlierJudge",
];

/** The alert without the other case: its facts dropped, its reason saying only that it exists, its key not naming it. */
export function withoutRelatedCase<
  T extends {
    ruleId: string;
    caseNumber: string;
    key: string;
    reason: string;
    facts: Record<string, AlertFactValue>;
  },
>(a: T): T {
  if (relatedCaseOf(a) === undefined) return a;
  const facts = { ...a.facts };
  for (const k of RELATED_FACTS) delete facts[k];
  return {
    ...a,
    // The stored key names the earlier case too; the reader gets one that does not.
    key: `${a.ruleId}|${a.caseNumber}|另一案件`,
    facts: { ...facts, relatedCaseHidden: true },
    reason: refileReason({
      earlierCaseNumber: null,
      earlierClosedOn: null,
      earlierClosureMode: null,
      gapDays: Number(a.facts.gapDays ?? 0),
      filedOn: String(a.facts.filedOn ?? ""),
    }),
  };
}
