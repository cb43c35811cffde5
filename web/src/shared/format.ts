/**
 * How numbers and dates are shown to people. Pure functions (no DOM): the end-to-end tests import
 * them to format the API's figures exactly as the screens do.
 */

export type Unit = "件" | "%" | "天" | "元" | "比";

const INTEGER = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const TWO_DECIMALS = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A figure's value as shown: shares as percentages with 2 decimals, days with 1, counts as integers. */
export function formatValue(value: number | null | undefined, unit: Unit | string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  switch (unit) {
    case "%":
      return `${(value * 100).toFixed(2)}%`;
    case "天":
      return ONE_DECIMAL.format(value);
    case "元":
    case "比":
      return TWO_DECIMALS.format(value);
    default:
      return INTEGER.format(value);
  }
}

/** The unit written after a figure: none for shares (the % is in the number) and plain ratios (比). */
export function unitSuffix(unit: Unit | string): string {
  return unit === "%" || unit === "比" ? "" : unit;
}

/** A count (numerator, denominator, total) as shown. */
export function formatCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return INTEGER.format(n);
}

/** Money in yuan. */
export function formatYuan(n: number | string | null | undefined): string {
  if (n === null || n === undefined || n === "") return "—";
  if (typeof n === "string") return `${n} 元`;
  if (!Number.isFinite(n)) return "—";
  return `${TWO_DECIMALS.format(n)} 元`;
}

/** `2024-03-01` → `2024年3月1日`; other text is returned as is; empty → —. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*(Z|[+-]\d{2}:?\d{2})$/.test(iso))
    return formatDateTime(iso).replace(/ .*$/, "");
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** A timestamp (ISO with time) → `2024年3月1日 14:05`. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(iso);
  if (!m) return formatDate(iso);
  const d = new Date(iso);
  if (!Number.isNaN(d.getTime()) && /Z|[+-]\d{2}:?\d{2}$/.test(iso)) {
    const parts = new Intl.DateTimeFormat("zh-CN", {
      timeZone: "Asia/Shanghai",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
    }).formatToParts(d);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
    return `${get("year")}年${get("month")}月${get("day")}日 ${get("hour")}:${get("minute")}`;
  }
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日 ${m[4]}:${m[5]}`;
}

/** `2024-01-01`–`2024-03-31` → `2024年1月1日至2024年3月31日`. */
export function formatPeriod(from: string, to: string): string {
  return `${formatDate(from)}至${formatDate(to)}`;
}

/** `2024-03` → `2024年3月`. */
export function formatMonth(label: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  return m ? `${Number(m[1])}年${Number(m[2])}月` : label;
}

export type Trend = "up" | "down" | "flat" | "none";
export type Verdict = "better" | "worse" | "neutral";

export interface Change {
  trend: Trend;
  verdict: Verdict;
  /** e.g. `+2.10个百分点`, `-12.3%`, `持平`, `—`. */
  text: string;
}

/**
 * The change from a comparison figure to the current one: shares in percentage points, other
 * figures as a relative change; better or worse by the indicator's direction.
 */
export function describeChange(
  current: number | null | undefined,
  previous: number | null | undefined,
  unit: Unit | string,
  direction: "higher" | "lower" | "neutral",
): Change {
  if (current === null || current === undefined || previous === null || previous === undefined) {
    return { trend: "none", verdict: "neutral", text: "—" };
  }
  const diff = current - previous;
  const trend: Trend = Math.abs(diff) < 1e-12 ? "flat" : diff > 0 ? "up" : "down";
  let verdict: Verdict = "neutral";
  if (trend !== "flat" && direction !== "neutral") {
    verdict = (trend === "up") === (direction === "higher") ? "better" : "worse";
  }
  if (trend === "flat") return { trend, verdict, text: "持平" };
  const sign = diff > 0 ? "+" : "−";
  if (unit === "%") return { trend, verdict, text: `${sign}${Math.abs(diff * 100).toFixed(2)}个百分点` };
  if (previous === 0) return { trend, verdict, text: `${sign}${formatValue(Math.abs(diff), unit)}` };
  return { trend, verdict, text: `${sign}${Math.abs((diff / previous) * 100).toFixed(1)}%` };
}

/** The Chinese label of a grouping key (category codes, month labels). */
export const CATEGORY_NAMES: Record<string, string> = {
  civil: "民事",
  criminal: "刑事",
  administrative: "行政",
  enforcement: "执行",
  other: "其他",
};

export const STATUS_NAMES: Record<string, string> = {
  running: "审限内",
  overdue: "超审限",
  "closed-on-time": "审限内结案",
  "closed-late": "超审限结案",
  "no-limit": "无法定审限",
};

export const STATUS_COLORS: Record<string, string> = {
  running: "blue",
  overdue: "red",
  "closed-on-time": "green",
  "closed-late": "volcano",
  "no-limit": "default",
};

/**
 * The courts' four-level scale, the same words as the server's (src/domain/alerts/types.ts; a test
 * holds the two together): 一级（红） the most serious … 四级（蓝）.
 */
export const SEVERITY_NAMES: Record<string, string> = {
  critical: "一级（红）",
  serious: "二级（橙）",
  warning: "三级（黄）",
  info: "四级（蓝）",
};

/** The levels in the one order every list, filter and legend uses: most serious first. */
export const SEVERITY_ORDER = ["critical", "serious", "warning", "info"] as const;

/** Ant Design tag colours of the levels: 红, 橙, 黄, 蓝. */
export const SEVERITY_COLORS: Record<string, string> = {
  critical: "red",
  serious: "orange",
  warning: "gold",
  info: "blue",
};

/** Sorts anything with a severity by SEVERITY_ORDER (unknown levels last). */
export function bySeverity<T>(key: (x: T) => string): (a: T, b: T) => number {
  const rank = (s: string) => {
    const i = (SEVERITY_ORDER as readonly string[]).indexOf(s);
    return i < 0 ? SEVERITY_ORDER.length : i;
  };
  return (a, b) => rank(key(a)) - rank(key(b));
}

/**
 * Days to the 审限 deadline as people read them — the same words as the exports and the bulletin
 * (src/domain/bulletin/dates.ts; a test holds the two together): "剩余 5 天", "今日届满",
 * "已超 128 天", never a negative number; "—" without a running clock.
 */
export function formatDaysLeft(daysLeft: number | null | undefined): string {
  if (daysLeft === null || daysLeft === undefined || !Number.isFinite(daysLeft)) return "—";
  if (daysLeft < 0) return `已超 ${-daysLeft} 天`;
  if (daysLeft === 0) return "今日届满";
  return `剩余 ${daysLeft} 天`;
}

/**
 * A comparator of division names by the court's order (meta.divisionOrder); names it does not
 * list follow in pinyin order.
 */
export function byDivisionOrder(order: readonly string[]): (a: string, b: string) => number {
  const rank = new Map(order.map((d, i) => [d, i]));
  return (a, b) => {
    const x = rank.get(a);
    const y = rank.get(b);
    if (x !== undefined && y !== undefined) return x - y;
    if (x !== undefined) return -1;
    if (y !== undefined) return 1;
    return a.localeCompare(b, "zh-CN");
  };
}

export const STATE_NAMES: Record<string, string> = {
  new: "未处理",
  acknowledged: "已确认",
  resolved: "已消除",
};

export const STATE_COLORS: Record<string, string> = {
  new: "red",
  acknowledged: "green",
  resolved: "default",
};

export const FAMILY_NAMES: Record<string, string> = {
  "time-limit": "审限预警",
  "long-pending": "长期未结",
  "concealed-overrun": "隐形超审限",
  "data-quality": "数据质量",
};

export const EVENT_KIND_NAMES: Record<string, string> = {
  extension: "延长审限",
  exclusion: "扣除审限",
  suspension: "中止诉讼",
  resumption: "恢复诉讼",
  procedureChange: "程序转换",
  "procedure-change": "程序转换",
  divisionChange: "变更承办部门",
};
