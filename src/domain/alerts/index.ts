/** 预警 — the alert detectors (docs/alerts.md). */

export { appraisalMismatchAlert } from "./appraisal-exclusion.js";
export { detectArchiveOverdue } from "./archive-overdue.js";
export {
  baseLimitEnd,
  detectConcealedOverrun,
  detectStalePreFilingMediation,
} from "./concealed-overrun.js";
export {
  ALLOWED_PROCEDURES,
  caseNumberProblem,
  detectDataQuality,
  IMPOSSIBLE_CLOSURE_MODES,
  type ImpossibleClosureRow,
  isCleanCaseNumber,
  PLACEHOLDER_NAMES,
} from "./data-quality.js";
export { AlertInputError, type CaseAlertInput, detectCaseAlerts } from "./detect.js";
export { type CaseNumberEntry, detectDuplicates, duplicateKey } from "./duplicates.js";
export { detectLongPending } from "./long-pending.js";
export { relatedCaseOf, withoutRelatedCase } from "./related-case.js";
export { ALERT_RULES, ALERT_RULES_BY_ID, alertRule, RULE_IDS } from "./rules.js";
export { seriousness } from "./seriousness.js";
export {
  ALERT_SETTINGS_DEFAULTS,
  type AlertSettings,
  AlertSettingsError,
  type CompiledAlertSettings,
  LONG_PENDING_RUNGS,
  resolveAlertSettings,
} from "./settings.js";
export { detectTimeLimitTier, dueSoonWindow } from "./time-limit-tiers.js";
export * from "./types.js";
export { type JudgeProblem, judgeProblem, unknownJudgeAlert } from "./unknown-judge.js";
export { NO_ALERTS } from "./util.js";
export {
  type CaseSource,
  detectWithdrawRefile,
  isIndexedWithdrawal,
  normalizePartySet,
  type RefileCandidate,
  refileKey,
  refileKeyHash,
} from "./withdraw-refile.js";
