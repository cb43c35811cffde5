/**
 * The shape of an alert (预警) and of the rule that raises it. Every detector in this folder is a
 * named rule with its settings, its Chinese title, its explanation and its legal or practical basis
 * (docs/alerts.md lists them all).
 */

export const ALERT_FAMILIES = ["time-limit", "long-pending", "concealed-overrun", "data-quality"] as const;
export type AlertFamily = (typeof ALERT_FAMILIES)[number];

export const ALERT_FAMILY_NAMES: Record<AlertFamily, string> = {
  "time-limit": "审限预警",
  "long-pending": "长期未结",
  "concealed-overrun": "隐形超审限",
  "data-quality": "数据质量（司法统计核查）",
};

export const ALERT_SEVERITIES = ["info", "warning", "serious", "critical"] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/**
 * The courts' four-level scale: 一级 (红) the most serious … 四级 (蓝) the least, as 审判管理 alert
 * systems grade 审限 and 长期未结 warnings. Every screen, export and bulletin says it this way.
 */
export const SEVERITY_NAMES: Record<AlertSeverity, string> = {
  critical: "一级（红）",
  serious: "二级（橙）",
  warning: "三级（黄）",
  info: "四级（蓝）",
};

/** The colour of each level: its Chinese name and the hex shade screens and workbooks use. */
export const SEVERITY_COLORS: Record<AlertSeverity, { name: string; hex: string }> = {
  critical: { name: "红", hex: "#CF1322" },
  serious: { name: "橙", hex: "#D46B08" },
  warning: { name: "黄", hex: "#D4B106" },
  info: { name: "蓝", hex: "#1D4F91" },
};

/** The levels in the one order they are listed in: most serious (一级) first. */
export const SEVERITY_ORDER: readonly AlertSeverity[] = ["critical", "serious", "warning", "info"];

/** Higher is more severe: info 0 … critical 3. */
export const SEVERITY_RANK: Record<AlertSeverity, number> = { info: 0, warning: 1, serious: 2, critical: 3 };

/** A stored alert's life: new, acknowledged with a note, resolved when no longer found. */
export const ALERT_STATES = ["new", "acknowledged", "resolved"] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export type AlertFactValue = string | number | boolean | null;

export interface Alert {
  /** The rule that raised it, e.g. `time-limit.due-soon`. */
  ruleId: string;
  family: AlertFamily;
  severity: AlertSeverity;
  caseNumber: string;
  /** The date the alert was computed for (YYYY-MM-DD). */
  asOf: string;
  /** One line of Chinese with the numbers, e.g. "立案 423 天，法定审限 6 个月，已扣除 97 天，延长 1 次". */
  reason: string;
  /** The facts the rule used (deadline, daysLeft, naturalDays, excludedDays …). */
  facts: Record<string, AlertFactValue>;
  /**
   * Stable key: `${ruleId}|${caseNumber}|${detail}`. The same finding on the same case gives the same
   * key on every recomputation, so stored state (acknowledged, resolved) survives; the detail names
   * what makes the finding this finding (the deadline as granted, the threshold, the event date …).
   */
  key: string;
}

export interface AlertRule {
  /** e.g. `concealed-overrun.late-extension`. */
  id: string;
  family: AlertFamily;
  /** Chinese title, e.g. 审限即将届满. */
  title: string;
  /** Chinese, one paragraph: what it flags and why. */
  explanation: string;
  /**
   * Chinese, shown to users: the law, article and document number the rule rests on, or the practice
   * it follows, said in Chinese (the research-note references are comments in rules.ts).
   */
  basis: string;
  defaultSeverity: AlertSeverity;
  /** The settings this rule reads, with their defaults (names as in AlertSettings). */
  settings: Record<string, number | string | boolean>;
}
