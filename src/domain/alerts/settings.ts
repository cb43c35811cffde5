/**
 * Alert settings: every threshold of every rule, with its default. A call may override any of them
 * (`Partial<AlertSettings>`); docs/alerts.md lists them per rule.
 *
 * Settings are compiled once per settings object (a WeakMap keyed by the object you pass), so pass
 * the same object for a whole run over many cases — or compile it yourself with
 * `resolveAlertSettings` and pass the result.
 */
import type { CaseCategory } from "../case/category.js";

export interface AlertSettings {
  // 审限预警 tiers
  /** "Used 2/3 of the period": usedDays × denominator ≥ periodDays × numerator. */
  usedShareNumerator: number;
  usedShareDenominator: number;
  /** 审限即将届满: days left at or below which a civil case is due soon. */
  dueSoonDaysCivil: number;
  dueSoonDaysEnforcement: number;
  dueSoonDaysCriminal: number;
  dueSoonDaysAdministrative: number;
  /** Other cases (破申, 委赔, 司惩复 …). */
  dueSoonDaysOther: number;
  /**
   * Cap the due-soon window at the last third of the period (periodDays / 3), so that a case whose
   * whole period is shorter than the window (民特 30 days, 执异 15 days, 财保 2 days) is not "due
   * soon" from the day it is filed.
   */
  dueSoonCapToLastThird: boolean;
  /** 审限临界: days left at or below which the case is critical. */
  dueCriticalDays: number;

  // 长期未结
  /** Raise long-pending.approaching when the next rung is crossed within this many days. */
  longPendingApproachDays: number;
  /** The rungs (months) "approaching" is raised for, comma-separated, from 6, 12, 18, 24, 36. */
  longPendingApproachRungs: string;

  // 隐形超审限
  /** An exclusion or suspension still open after more than this many days (pending cases). */
  openIntervalStaleDays: number;
  /** 公告送达: the notice is deemed served this many days after publication (CPL art. 95). */
  noticeDays: number;
  /**
   * Extra days allowed beyond noticeDays before a 公告 exclusion is flagged: the excluded interval
   * usually starts when service by notice is decided, some days before the notice is published.
   */
  noticeMarginDays: number;
  /** 委托调解 under 普通程序 (特邀调解规定 art. 27; 民事调解规定 art. 4). */
  mediationOrdinaryDays: number;
  /** 委托调解 under 简易/小额/速裁. */
  mediationSummaryDays: number;
  /** Extensions: approval at least this many days before the deadline in force (法释〔2019〕4号 art. 1). */
  extensionLeadDaysCivil: number;
  /** 刑诉法解释 art. 210. */
  extensionLeadDaysCriminal: number;
  /** 法释〔2000〕29号 art. 13. */
  extensionLeadDaysAdministrative: number;
  /** 法发〔2006〕35号 "期限届满前5日内" is ambiguous and unverified: 0 = only flag approvals after the deadline. */
  extensionLeadDaysEnforcement: number;
  extensionLeadDaysOther: number;
  /** This many extensions or more on one case. */
  repeatedExtensionCount: number;
  /** 简易/小额 → 普通 with fewer than this many days left before the summary deadline. */
  lateConversionDays: number;
  /**
   * natural-over-limit warns only when the natural duration passes the base statutory period by at
   * least this many days (the share of all such cases is an indicator, natural_over_limit_rate).
   */
  naturalOverLimitMinDays: number;
  /** Excluded days at or above this percentage of the natural duration. */
  excludedSharePercent: number;
  /** …only for cases of at least this many natural days. */
  excludedShareMinNaturalDays: number;
  /** …and at least this many excluded days (the share over all cases is an indicator, excluded_days_share). */
  excludedShareMinExcludedDays: number;
  /**
   * natural-over-limit and excluded-share warn on a closed case only within this many days after
   * its closing: older cases are history, read in the indicators.
   */
  concealedClosedWithinDays: number;
  /** A pending 民诉前调 (pre-filing mediation) older than this many days (特邀调解规定 art. 27). */
  preFilingMediationDays: number;
  /** A new 民初 filed within this many days after a withdrawal of the same dispute. */
  refileWindowDays: number;

  // 数据质量
  /** The court's own 法院代字; "" disables data-quality.foreign-court-code. */
  ownCourtCode: string;
  /** A case numbered for year Y may be filed in the first N days of January of Y + 1. */
  yearMismatchJanuaryDays: number;
  /** A case numbered for year Y + 1 may be filed in the last N days of December of Y (default 0: never). */
  yearMismatchDecemberDays: number;

  // 归档
  /** archive-overdue: a closed case not archived more than this many days after closing (本院规定). */
  archiveOverdueDays: number;

  /** Rule ids switched off, comma-separated (e.g. "time-limit.used-two-thirds,long-pending.6m"). */
  disabledRules: string;
}

export const ALERT_SETTINGS_DEFAULTS: Readonly<AlertSettings> = Object.freeze({
  usedShareNumerator: 2,
  usedShareDenominator: 3,
  dueSoonDaysCivil: 30,
  dueSoonDaysEnforcement: 30,
  dueSoonDaysCriminal: 15,
  dueSoonDaysAdministrative: 15,
  dueSoonDaysOther: 15,
  dueSoonCapToLastThird: true,
  dueCriticalDays: 5,
  longPendingApproachDays: 30,
  longPendingApproachRungs: "6,12,18,24,36",
  openIntervalStaleDays: 90,
  noticeDays: 30,
  noticeMarginDays: 10,
  mediationOrdinaryDays: 15,
  mediationSummaryDays: 7,
  extensionLeadDaysCivil: 15,
  extensionLeadDaysCriminal: 15,
  extensionLeadDaysAdministrative: 10,
  extensionLeadDaysEnforcement: 0,
  extensionLeadDaysOther: 0,
  repeatedExtensionCount: 2,
  lateConversionDays: 15,
  naturalOverLimitMinDays: 180,
  excludedSharePercent: 70,
  excludedShareMinNaturalDays: 30,
  excludedShareMinExcludedDays: 180,
  concealedClosedWithinDays: 365,
  preFilingMediationDays: 30,
  refileWindowDays: 90,
  ownCourtCode: "内0602",
  yearMismatchJanuaryDays: 10,
  yearMismatchDecemberDays: 0,
  archiveOverdueDays: 90,
  disabledRules: "",
});

/** The long-pending rungs (months of natural age); each is its own rule `long-pending.<N>m`. */
export const LONG_PENDING_RUNGS = [6, 12, 18, 24, 36] as const;

/** Settings compiled for the hot path. */
export interface CompiledAlertSettings {
  readonly s: Readonly<AlertSettings>;
  readonly dueSoon: Readonly<Record<CaseCategory, number>>;
  readonly extensionLead: Readonly<Record<CaseCategory, number>>;
  /** approach[i]: raise "approaching" for LONG_PENDING_RUNGS[i]. */
  readonly approach: readonly boolean[];
  readonly disabled: ReadonlySet<string>;
  readonly anyDisabled: boolean;
}

const COMPILED = Symbol("compiled alert settings");
type Marked = CompiledAlertSettings & { [COMPILED]: true };

export class AlertSettingsError extends Error {
  constructor(
    readonly setting: string,
    readonly value: unknown,
    message: string,
  ) {
    super(`${setting}: ${JSON.stringify(value)} — ${message}`);
    this.name = "AlertSettingsError";
  }
}

function compile(partial: Partial<AlertSettings> | undefined): Marked {
  const s: AlertSettings = { ...ALERT_SETTINGS_DEFAULTS };
  if (partial) {
    for (const [k, v] of Object.entries(partial)) {
      if (v === undefined) continue;
      if (!(k in ALERT_SETTINGS_DEFAULTS)) throw new AlertSettingsError(k, v, "未知的预警设置项");
      const def = (ALERT_SETTINGS_DEFAULTS as unknown as Record<string, unknown>)[k];
      if (typeof v !== typeof def) throw new AlertSettingsError(k, v, `应为${typeof def}`);
      if (typeof v === "number" && (!Number.isFinite(v) || v < 0)) {
        throw new AlertSettingsError(k, v, "应为非负数");
      }
      (s as unknown as Record<string, unknown>)[k] = v;
    }
  }
  if (s.usedShareDenominator <= 0) {
    throw new AlertSettingsError("usedShareDenominator", s.usedShareDenominator, "应为正数");
  }
  const approach = LONG_PENDING_RUNGS.map(() => false);
  for (const part of s.longPendingApproachRungs.split(",")) {
    const t = part.trim();
    if (t === "") continue;
    const i = LONG_PENDING_RUNGS.indexOf(Number(t) as (typeof LONG_PENDING_RUNGS)[number]);
    if (i < 0) {
      throw new AlertSettingsError(
        "longPendingApproachRungs",
        s.longPendingApproachRungs,
        `“${t}”不是长期未结档位（${LONG_PENDING_RUNGS.join("、")}）`,
      );
    }
    approach[i] = true;
  }
  const disabled = new Set(
    s.disabledRules
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x !== ""),
  );
  return {
    [COMPILED]: true,
    s: Object.freeze(s),
    dueSoon: {
      civil: s.dueSoonDaysCivil,
      enforcement: s.dueSoonDaysEnforcement,
      criminal: s.dueSoonDaysCriminal,
      administrative: s.dueSoonDaysAdministrative,
      other: s.dueSoonDaysOther,
    },
    extensionLead: {
      civil: s.extensionLeadDaysCivil,
      enforcement: s.extensionLeadDaysEnforcement,
      criminal: s.extensionLeadDaysCriminal,
      administrative: s.extensionLeadDaysAdministrative,
      other: s.extensionLeadDaysOther,
    },
    approach,
    disabled,
    anyDisabled: disabled.size > 0,
  };
}

const DEFAULT_COMPILED = compile(undefined);
const cache = new WeakMap<object, Marked>();

/**
 * The full settings (defaults overridden by `partial`), compiled for the detectors. Validates every
 * override (unknown names, wrong types, negative numbers raise AlertSettingsError). Cached per
 * object; an already compiled object is returned as is.
 */
export function resolveAlertSettings(
  partial?: Partial<AlertSettings> | CompiledAlertSettings,
): CompiledAlertSettings {
  if (partial === undefined) return DEFAULT_COMPILED;
  if ((partial as Partial<Marked>)[COMPILED] === true) return partial as CompiledAlertSettings;
  let c = cache.get(partial);
  if (c === undefined) {
    c = compile(partial as Partial<AlertSettings>);
    cache.set(partial, c);
  }
  return c;
}
