/**
 * The monthly 审限与长期未结通报 — what the trial management office circulates: pending cases by
 * 审限 tier, the long-pending ladder and the cases approaching its rungs, the concealed-overrun
 * findings, each this month and last month, by division and judge, with the month's core figures.
 *
 * Everything is computed AS OF the month's last day (or today, for the current month) by running
 * every detector (`detectAllAlerts`) at that date, and once more at the previous month's last day
 * for the comparison — not from the stored alerts, which are as of today. Two passes over the case
 * table, no more. Concealed-overrun findings count for cases pending at the period's end or closed
 * within the period (not every closed case in history). The result is plain data; the writers (src/io/bulletin-xlsx.ts,
 * src/io/bulletin-docx.ts) only lay it out.
 */
import type { Db } from "../../db/connect.js";
import {
  ALERT_RULES,
  ALERT_RULES_BY_ID,
  type AlertFactValue,
  type AlertSeverity,
  LONG_PENDING_RUNGS,
  RULE_IDS,
  SEVERITY_RANK,
} from "../../domain/alerts/index.js";
import type { Actor } from "../../domain/auth/index.js";
import { lookupCourt } from "../../domain/case-number/index.js";
import type { Figure } from "../../domain/indicators/index.js";
import { type ComputedAlert, detectAllAlerts } from "../alerts/detect-alerts.js";
import { computeIndicators } from "../indicators/compute-indicators.js";
import { courtCode } from "../meta/court-code.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";

// ── what is counted ─────────────────────────────────────────────────────────

/** The 审限 tiers, most severe first, with the names the bulletin uses. */
export const TIME_LIMIT_TIERS = [
  { ruleId: RULE_IDS.overdue, name: "已超审限" },
  { ruleId: RULE_IDS.dueCritical, name: "5日内届满" },
  { ruleId: RULE_IDS.dueSoon, name: "即将届满" },
  { ruleId: RULE_IDS.usedTwoThirds, name: "已过三分之二" },
] as const;

export const RUNG_NAMES: Record<number, string> = {
  6: "六个月",
  12: "一年",
  18: "一年半",
  24: "二年",
  36: "三年",
};

const RUNG_RULE: Record<number, string> = {
  6: RULE_IDS.longPending6,
  12: RULE_IDS.longPending12,
  18: RULE_IDS.longPending18,
  24: RULE_IDS.longPending24,
  36: RULE_IDS.longPending36,
};

/** The long-pending rungs reached (highest rung only), as count keys. */
export const LONG_PENDING_BUCKETS = LONG_PENDING_RUNGS.map((m) => ({
  key: RUNG_RULE[m] as string,
  months: m,
  name: `满${RUNG_NAMES[m]}`,
}));

/** The count key of "approaching rung N within 30 days". */
export function approachingKey(months: number): string {
  return `${RULE_IDS.longPendingApproaching}.${months}m`;
}

export const APPROACHING_BUCKETS = LONG_PENDING_RUNGS.map((m) => ({
  key: approachingKey(m),
  months: m,
  name: `临近${RUNG_NAMES[m]}`,
}));

/** The rungs section 二 of the narrative lists (六个月、一年、二年、三年; docs/alerts.md §4). */
export const NARRATIVE_APPROACH_RUNGS = [6, 12, 24, 36] as const;

/** The concealed-overrun rules, in catalogue order. */
export const CONCEALED_RULES = ALERT_RULES.filter((r) => r.family === "concealed-overrun").map((r) => ({
  ruleId: r.id,
  name: r.title,
}));

/** Count keys beside the rule ids: cases with at least one concealed-overrun finding. */
export const CONCEALED_CASES_KEY = "concealed-overrun.cases";

/**
 * The headline figures of the bulletin (汇总 and 一、总体情况): each a sum of count keys.
 */
export const HEADLINES = [
  { id: "overdue", name: "超审限未结", keys: [RULE_IDS.overdue] },
  { id: "due", name: "临近届满", keys: [RULE_IDS.dueCritical, RULE_IDS.dueSoon] },
  { id: "two-thirds", name: "审限已过三分之二", keys: [RULE_IDS.usedTwoThirds] },
  { id: "long-pending", name: "长期未结（满六个月以上）", keys: LONG_PENDING_BUCKETS.map((b) => b.key) },
  {
    id: "long-pending-12m",
    name: "其中满一年以上",
    keys: LONG_PENDING_BUCKETS.filter((b) => b.months >= 12).map((b) => b.key),
  },
  { id: "approaching", name: "临近长期未结节点", keys: APPROACHING_BUCKETS.map((b) => b.key) },
  { id: "concealed", name: "隐形超审限线索", keys: CONCEALED_RULES.map((r) => r.ruleId) },
  { id: "concealed-cases", name: "涉及隐形超审限案件", keys: [CONCEALED_CASES_KEY] },
] as const;

/** The core figures of the month, by division (computeIndicators). */
export const BULLETIN_INDICATORS = [
  "filed",
  "closed",
  "clearance_rate",
  "on_time_rate",
  "avg_duration_days",
  "overdue_pending",
  "long_pending_12m",
] as const;

// ── the data ────────────────────────────────────────────────────────────────

/** Counts by key (rule id, approaching key, CONCEALED_CASES_KEY); a missing key is 0. */
export type Counts = Record<string, number>;

export interface Tally {
  asOf: string;
  total: Counts;
  byDivision: Record<string, Counts>;
  byJudge: { division: string; judge: string; counts: Counts }[];
}

/** What every case row of the bulletin carries. */
export interface CaseBase {
  caseNumber: string;
  caseId: number | null;
  division: string;
  judge: string;
  filedOn: string | null;
  cause: string | null;
  ruleId: string;
  title: string;
  severity: AlertSeverity;
  reason: string;
}

export interface TimeLimitCase extends CaseBase {
  /** Which tier (TIME_LIMIT_TIERS name). */
  tier: string;
  deadline: string;
  /** Days left to the deadline; negative when overdue. */
  daysLeft: number;
}

export interface LongPendingCase extends CaseBase {
  kind: "reached" | "approaching";
  months: number;
  /** The day the rung was (reached) or will be (approaching) crossed. */
  milestoneOn: string;
  /** approaching: days until the rung. */
  daysUntil: number | null;
  naturalDays: number | null;
}

export interface ConcealedFinding extends CaseBase {
  facts: Record<string, AlertFactValue>;
}

export interface BulletinData {
  court: { code: string; name: string };
  /** YYYY-MM */
  month: string;
  from: string;
  to: string;
  /** The date the figures are computed for: the month's last day, or today within the month. */
  asOf: string;
  previous: { month: string; asOf: string };
  /** The day the bulletin was produced. */
  generatedOn: string;
  /** Every division seen in either month or in the indicators, sorted. */
  divisions: string[];
  thisMonth: Tally;
  lastMonth: Tally;
  /** This month's pending cases by 审限 tier (one row a case). */
  timeLimit: TimeLimitCase[];
  /** This month's long-pending rungs and approaching rungs (a case may have one of each). */
  longPending: LongPendingCase[];
  /** This month's concealed-overrun findings. */
  concealed: ConcealedFinding[];
  /** The cases with the most serious concealed-overrun findings (at most 10). */
  topConcealed: { caseNumber: string; division: string; judge: string; findings: ConcealedFinding[] }[];
  indicators: {
    ids: string[];
    catalogueVersion: string;
    court: Record<string, Figure>;
    byDivision: { division: string; figures: Record<string, Figure> }[];
  };
}

export const NO_DIVISION = "（未填部门）";
export const NO_JUDGE = "（未填承办人）";

export function countOf(c: Counts | undefined, keys: readonly string[]): number {
  if (!c) return 0;
  let n = 0;
  for (const k of keys) n += c[k] ?? 0;
  return n;
}

// ── dates ───────────────────────────────────────────────────────────────────

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isBulletinMonth(month: string): boolean {
  return MONTH_RE.test(month);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function monthBounds(month: string): { from: string; to: string; previous: string } {
  const m = MONTH_RE.exec(month);
  if (!m) throw InvalidInputError.of("month", month, "应为 YYYY-MM，如 2024-06");
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const py = mo === 1 ? y - 1 : y;
  const pm = mo === 1 ? 12 : mo - 1;
  return { from: `${month}-01`, to: `${month}-${pad(last)}`, previous: `${py}-${pad(pm)}` };
}

/** 2024-06-30 → 2024年6月30日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** 2024-06 → 2024年6月 */
export function chineseMonth(month: string): string {
  const [y, m] = month.split("-");
  return `${Number(y)}年${Number(m)}月`;
}

/** "较上月增加 N 件" / "较上月减少 N 件" / "与上月持平". */
export function changeText(now: number, before: number, unit = "件"): string {
  const d = now - before;
  if (d > 0) return `较上月增加 ${d} ${unit}`;
  if (d < 0) return `较上月减少 ${-d} ${unit}`;
  return "与上月持平";
}

// ── computing ───────────────────────────────────────────────────────────────

const RELEVANT_FAMILIES = new Set(["time-limit", "long-pending", "concealed-overrun"]);

function bucketOf(a: ComputedAlert): string {
  if (a.ruleId === RULE_IDS.longPendingApproaching) return approachingKey(Number(a.facts.months));
  return a.ruleId;
}

class Tallier {
  readonly total: Counts = {};
  readonly byDivision = new Map<string, Counts>();
  readonly byJudge = new Map<string, { division: string; judge: string; counts: Counts }>();
  /** case → division|judge, for the distinct concealed cases */
  private readonly concealedCases = new Set<string>();

  add(a: ComputedAlert): void {
    const division = a.division.trim() || NO_DIVISION;
    const judge = a.judge.trim() || NO_JUDGE;
    const keys = [bucketOf(a)];
    if (a.family === "concealed-overrun" && !this.concealedCases.has(a.caseNumber)) {
      this.concealedCases.add(a.caseNumber);
      keys.push(CONCEALED_CASES_KEY);
    }
    let d = this.byDivision.get(division);
    if (!d) {
      d = {};
      this.byDivision.set(division, d);
    }
    const jk = `${division}\u0000${judge}`;
    let j = this.byJudge.get(jk);
    if (!j) {
      j = { division, judge, counts: {} };
      this.byJudge.set(jk, j);
    }
    for (const k of keys) {
      this.total[k] = (this.total[k] ?? 0) + 1;
      d[k] = (d[k] ?? 0) + 1;
      j.counts[k] = (j.counts[k] ?? 0) + 1;
    }
  }

  tally(asOf: string): Tally {
    return {
      asOf,
      total: this.total,
      byDivision: Object.fromEntries(this.byDivision),
      byJudge: [...this.byJudge.values()].sort((a, b) => zh(a.division, b.division) || zh(a.judge, b.judge)),
    };
  }
}

const collator = new Intl.Collator("zh-CN");
function zh(a: string, b: string): number {
  return collator.compare(a, b);
}

function str(v: AlertFactValue | undefined): string | null {
  return v === undefined || v === null ? null : String(v);
}

function num(v: AlertFactValue | undefined): number | null {
  return typeof v === "number" ? v : null;
}

function tierRank(ruleId: string): number {
  return TIME_LIMIT_TIERS.findIndex((t) => t.ruleId === ruleId);
}

export interface BulletinOptions {
  /** Today (default: today in China): a month in progress is computed as of today. */
  today?: string;
}

/**
 * Builds the bulletin of a month (YYYY-MM). Requires the "bulletins" permission (office,
 * president, admin — who see the whole court). Throws InvalidInputError for a malformed month or a month
 * that has not begun.
 */
export async function buildBulletin(
  actor: Actor,
  handle: Db,
  month: string,
  options: BulletinOptions = {},
): Promise<BulletinData> {
  mustAuthorize(actor, "view-bulletins");
  const { from, to, previous } = monthBounds(month);
  const today = options.today ?? todayInChina();
  if (from > today) throw InvalidInputError.of("month", month, `尚未开始（今天是 ${today}）`);
  // A month in progress is computed as of today (dates compare as text).
  let asOf = to;
  if (today < to) asOf = today;
  const previousAsOf = monthBounds(previous).to;

  const code = await courtCode(handle);
  const court = { code, name: lookupCourt(code)?.name ?? code };

  // This month: counts and the case lists.
  const inScope = concealedScope(handle);
  const now = new Tallier();
  const timeLimit: TimeLimitCase[] = [];
  const longPending: LongPendingCase[] = [];
  const concealed: ConcealedFinding[] = [];
  await detectAllAlerts(
    handle,
    async (page) => {
      for (const a of await inScope(page, from)) {
        now.add(a);
        const base: CaseBase = {
          caseNumber: a.caseNumber,
          caseId: a.caseId,
          division: a.division.trim() || NO_DIVISION,
          judge: a.judge.trim() || NO_JUDGE,
          filedOn: str(a.facts.filedOn),
          cause: null,
          ruleId: a.ruleId,
          title: ALERT_RULES_BY_ID.get(a.ruleId)?.title ?? a.ruleId,
          severity: a.severity,
          reason: a.reason,
        };
        if (a.family === "time-limit") {
          timeLimit.push({
            ...base,
            tier: TIME_LIMIT_TIERS[tierRank(a.ruleId)]?.name ?? base.title,
            deadline: String(a.facts.deadline ?? ""),
            daysLeft: num(a.facts.daysLeft) ?? 0,
          });
        } else if (a.family === "long-pending") {
          const approaching = a.ruleId === RULE_IDS.longPendingApproaching;
          longPending.push({
            ...base,
            kind: approaching ? "approaching" : "reached",
            months: num(a.facts.months) ?? 0,
            milestoneOn: String((approaching ? a.facts.crossOn : a.facts.crossedOn) ?? ""),
            daysUntil: approaching ? num(a.facts.daysUntil) : null,
            naturalDays: num(a.facts.naturalDays),
          });
        } else {
          concealed.push({ ...base, facts: a.facts });
        }
      }
    },
    { asOf },
  );

  // Last month: counts only.
  const before = new Tallier();
  await detectAllAlerts(
    handle,
    async (page) => {
      for (const a of await inScope(page, monthBounds(previous).from)) before.add(a);
    },
    { asOf: previousAsOf },
  );

  await fillCaseDetails(handle, [...timeLimit, ...longPending, ...concealed]);

  timeLimit.sort(
    (a, b) =>
      zh(a.division, b.division) ||
      zh(a.judge, b.judge) ||
      tierRank(a.ruleId) - tierRank(b.ruleId) ||
      a.daysLeft - b.daysLeft ||
      zh(a.caseNumber, b.caseNumber),
  );
  longPending.sort(
    (a, b) =>
      zh(a.division, b.division) ||
      zh(a.judge, b.judge) ||
      (a.kind === b.kind ? 0 : a.kind === "reached" ? -1 : 1) ||
      b.months - a.months ||
      zh(a.milestoneOn, b.milestoneOn) ||
      zh(a.caseNumber, b.caseNumber),
  );
  const ruleOrder = new Map(CONCEALED_RULES.map((r, i) => [r.ruleId, i]));
  concealed.sort(
    (a, b) =>
      zh(a.division, b.division) ||
      zh(a.judge, b.judge) ||
      zh(a.caseNumber, b.caseNumber) ||
      (ruleOrder.get(a.ruleId) ?? 99) - (ruleOrder.get(b.ruleId) ?? 99),
  );

  // The core figures of the month, by division and for the court.
  const ids = [...BULLETIN_INDICATORS];
  const [byDivision, whole] = await Promise.all([
    computeIndicators(actor, handle, { from, to, by: "division", ids }),
    computeIndicators(actor, handle, { from, to, by: "court", ids }),
  ]);
  const courtFigures: Record<string, Figure> = {};
  for (const g of whole.groups) {
    for (const id of ids) {
      const f = g.indicators[id];
      if (!f) continue;
      const prev = courtFigures[id];
      // One court normally; if the data hold several codes, add the counts up.
      courtFigures[id] = prev
        ? sumFigures(prev, f)
        : { value: f.value, numerator: f.numerator, denominator: f.denominator };
    }
  }

  const divisions = new Set<string>([...now.byDivision.keys(), ...before.byDivision.keys()]);
  for (const g of byDivision.groups) divisions.add(g.key.trim() || NO_DIVISION);

  return {
    court,
    month,
    from,
    to,
    asOf,
    previous: { month: previous, asOf: previousAsOf },
    generatedOn: today,
    divisions: [...divisions].sort(zh),
    thisMonth: now.tally(asOf),
    lastMonth: before.tally(previousAsOf),
    timeLimit,
    longPending,
    concealed,
    topConcealed: topConcealed(concealed),
    indicators: {
      ids,
      catalogueVersion: byDivision.catalogueVersion,
      court: courtFigures,
      byDivision: byDivision.groups.map((g) => ({
        division: g.key.trim() || NO_DIVISION,
        figures: Object.fromEntries(
          ids.map((id) => {
            const f = g.indicators[id];
            return [
              id,
              {
                value: f?.value ?? null,
                numerator: f?.numerator ?? null,
                denominator: f?.denominator ?? null,
              },
            ];
          }),
        ),
      })),
    },
  };
}

/**
 * Keeps the alerts the bulletin reports: 审限 tiers and the long-pending ladder (pending cases by
 * definition), and the concealed-overrun findings on cases pending at the period's end or closed
 * within the period — not those on every case ever closed, which would make the monthly count a
 * running total of the court's history. Reads the closing dates of the cases with findings, one
 * query per page of alerts (pages follow the case table, so there are few).
 */
function concealedScope(handle: Db) {
  return async (alerts: ComputedAlert[], periodStart: string): Promise<ComputedAlert[]> => {
    const relevant = alerts.filter((a) => RELEVANT_FAMILIES.has(a.family));
    const ids = [
      ...new Set(
        relevant
          .filter((a) => a.family === "concealed-overrun" && a.caseId !== null)
          .map((a) => a.caseId as number),
      ),
    ];
    if (ids.length === 0) return relevant;
    const closedOn = new Map<number, string | null>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await handle.db
        .selectFrom("cases")
        .select(["id", "closed_on"])
        .where("id", "in", ids.slice(i, i + 500))
        .execute();
      for (const r of rows) closedOn.set(Number(r.id), r.closed_on);
    }
    return relevant.filter((a) => {
      if (a.family !== "concealed-overrun" || a.caseId === null) return true;
      const closed = closedOn.get(a.caseId) ?? null;
      // Pending at the period's end (not closed, or closed after it) or closed within the period.
      return closed === null || closed >= periodStart;
    });
  };
}

/** Two figures of the same indicator over disjoint sets of cases: counts and ratios add up. */
function sumFigures(a: Figure, b: Figure): Figure {
  const n = (a.numerator ?? 0) + (b.numerator ?? 0);
  if (a.denominator === null && b.denominator === null) return { value: n, numerator: n, denominator: null };
  const d = (a.denominator ?? 0) + (b.denominator ?? 0);
  return { value: d ? n / d : null, numerator: n, denominator: d };
}

/** Filing date and cause of the listed cases, read by id in chunks. */
async function fillCaseDetails(handle: Db, rows: CaseBase[]): Promise<void> {
  const ids = [...new Set(rows.map((r) => r.caseId).filter((id): id is number => id !== null && id > 0))];
  const details = new Map<number, { filedOn: string; cause: string | null }>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const found = await handle.db
      .selectFrom("cases")
      .select(["id", "filed_on", "cause"])
      .where("id", "in", chunk)
      .execute();
    for (const r of found) details.set(Number(r.id), { filedOn: r.filed_on, cause: r.cause });
  }
  for (const r of rows) {
    const d = r.caseId !== null ? details.get(r.caseId) : undefined;
    if (!d) continue;
    r.filedOn ??= d.filedOn;
    r.cause = d.cause;
  }
}

/** Cases ranked by their most severe finding, then by the number of findings. */
function topConcealed(findings: ConcealedFinding[], limit = 10): BulletinData["topConcealed"] {
  const byCase = new Map<string, ConcealedFinding[]>();
  for (const f of findings) {
    const list = byCase.get(f.caseNumber) ?? [];
    list.push(f);
    byCase.set(f.caseNumber, list);
  }
  const worst = (l: ConcealedFinding[]) => Math.max(...l.map((f) => SEVERITY_RANK[f.severity]));
  return [...byCase.values()]
    .sort(
      (a, b) =>
        worst(b) - worst(a) ||
        b.length - a.length ||
        zh((a[0] as ConcealedFinding).caseNumber, (b[0] as ConcealedFinding).caseNumber),
    )
    .slice(0, limit)
    .map((l) => {
      const first = l[0] as ConcealedFinding;
      return { caseNumber: first.caseNumber, division: first.division, judge: first.judge, findings: l };
    });
}
