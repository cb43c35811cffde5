/**
 * data-quality.appraisal-exclusion-mismatch: a 诉中 appraisal of the 鉴定 register without the
 * matching 扣除审限 (原因 鉴定) on its case (src/domain/appraisals/exclusion-check.ts decides). Not a
 * per-case rule of detectCaseAlerts: its input is the register, so the alert pass runs it over the
 * cases that have 诉中 appraisals (app/appraisals/appraisal-alerts.ts).
 */
import type { AppraisalRecord } from "../appraisals/appraisal.js";
import { type ExclusionMismatch, mismatchText } from "../appraisals/exclusion-check.js";
import { RULE_IDS } from "./rules.js";
import type { Alert } from "./types.js";
import { makeAlert } from "./util.js";

export function appraisalMismatchAlert(
  a: Pick<AppraisalRecord, "caseNumber" | "kind" | "commissionedOn" | "completedOn">,
  m: ExclusionMismatch,
  asOf: string,
): Alert {
  return makeAlert(
    RULE_IDS.appraisalExclusionMismatch,
    a.caseNumber,
    asOf,
    mismatchText(a, m),
    {
      kind: a.kind,
      commissionedOn: a.commissionedOn,
      completedOn: a.completedOn,
      problem: m.problem,
      exclusionFrom: m.problem === "dates" ? m.exclusionFrom : null,
      exclusionTo: m.problem === "dates" ? m.exclusionTo : null,
    },
    `${a.kind}|${a.commissionedOn}`,
  );
}
