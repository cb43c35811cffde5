/**
 * Building the monthly 审限与长期未结通报 (model: src/domain/bulletin). Everything is computed AS OF
 * the month's last day (or today, for the current month) by running every detector at that date,
 * and once more at the previous month's last day for the comparison — not from the stored alerts,
 * which are as of today. Two passes over the case table, no more. Concealed-overrun findings count
 * for cases pending at the period's end or closed within the period (not every closed case in
 * history).
 */
import { countAlertRows } from "../../db/alerts/count-alerts.js";
import { caseDatesByIds } from "../../db/cases/find-case-refs.js";
import type { Db } from "../../db/connect.js";
import { readDivisionOrder } from "../../db/settings/division-order.js";
import { orderHistoriesBetween } from "../../db/supervision-orders/order-histories.js";
import { ALERT_RULES_BY_ID, type AlertSettings, RULE_IDS } from "../../domain/alerts/index.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { isBulletinMonth, monthBounds } from "../../domain/bulletin/dates.js";
import {
  BULLETIN_INDICATORS,
  type BulletinData,
  type CaseBase,
  CONCEALED_RULES,
  type ConcealedFinding,
  type LongPendingCase,
  NO_DIVISION,
  NO_JUDGE,
  TIME_LIMIT_TIERS,
  type TimeLimitCase,
} from "../../domain/bulletin/model.js";
import {
  num,
  RELEVANT_FAMILIES,
  str,
  sumFigures,
  Tallier,
  tierRank,
  topConcealed,
  zh,
} from "../../domain/bulletin/tally.js";
import { lookupCourt, parseCaseNumber } from "../../domain/case-number/index.js";
import { divisionComparator } from "../../domain/court/division-order.js";
import type { Figure } from "../../domain/indicators/index.js";
import { tallyOrders } from "../../domain/supervision-order/tally.js";
import { type ComputedAlert, detectAllAlerts } from "../alerts/detect-alerts.js";
import { courtName } from "../courts/court-choice.js";
import { computeIndicators } from "../indicators/compute-indicators.js";
import { checkCourtFilter } from "../indicators/validate-query.js";
import { courtCode } from "../meta/court-code.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import type { Filter } from "../shared/scope.js";
import { todayInChina } from "../shared/today.js";

export type { BulletinData } from "../../domain/bulletin/model.js";

export interface BulletinOptions {
  /** Today (default: today in China): a month in progress is computed as of today. */
  today?: string;
  /** The alert thresholds (default: the court's settings, ALERT_SETTINGS_DEFAULTS). */
  settings?: Partial<AlertSettings>;
  /**
   * The court (法院代字) the bulletin is about, in a database of several courts: its cases, alerts,
   * 本月新发现, last month's counts, figures and 督办单 only, under its register name. Absent: the
   * courts the account sees (one court: that court, as if chosen), or every case in the database
   * for an account without a court (a one-court installation) under the installation's name.
   */
  court?: string;
}

/**
 * Builds the bulletin of a month (YYYY-MM), its divisions in the court's own order. Requires the "bulletins" permission (office,
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
  if (!isBulletinMonth(month)) throw InvalidInputError.of("month", month, "应为形如 2024-06 的月份");
  const { from, to, previous } = monthBounds(month);
  const today = options.today ?? todayInChina();
  if (from > today) throw InvalidInputError.of("month", month, `尚未开始（今天是 ${today}）`);
  // A month in progress is computed as of today (dates compare as text).
  let asOf = to;
  if (today < to) asOf = today;
  const previousAsOf = monthBounds(previous).to;

  // The courts the bulletin counts — every figure, 本月新发现, last month's counts and the 督办单
  // alike: the chosen court, else those the account sees (one court: that court's bulletin, under
  // its name); null: every case (a one-court installation).
  const seen = dataScope(actor).courts;
  const chosen = options.court ?? (seen?.length === 1 ? seen[0] : undefined);
  const allowed: readonly string[] | null = chosen ? [chosen] : (seen ?? null);
  const courtFilter: Filter[] = allowed ? [{ field: "court_code", values: [...allowed] }] : [];
  checkCourtFilter(actor, courtFilter);
  const code = chosen ?? (await courtCode(handle));
  const court = { code, name: chosen ? await courtName(handle, chosen) : (lookupCourt(code)?.name ?? code) };
  // Divisions are listed in the court's own order (setting division_order; then pinyin order).
  const byDivision = divisionComparator(await readDivisionOrder(handle));

  // This month: counts and the case lists.
  const inConcealedScope = concealedScope(handle);
  // A court's bulletin: the alerts on its cases (the court is the 案号's 法院代字, as cases.court_code).
  const inScope = async (page: ComputedAlert[], periodStart: string) =>
    (await inConcealedScope(page, periodStart)).filter(
      (a) => !allowed || allowed.includes(courtOfCaseNumber(a.caseNumber) ?? ""),
    );
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
    { asOf, settings: options.settings },
  );

  // Last month: counts only.
  const before = new Tallier();
  await detectAllAlerts(
    handle,
    async (page) => {
      for (const a of await inScope(page, monthBounds(previous).from)) before.add(a);
    },
    { asOf: previousAsOf, settings: options.settings },
  );

  await fillCaseDetails(handle, [...timeLimit, ...longPending, ...concealed]);

  timeLimit.sort(
    (a, b) =>
      byDivision(a.division, b.division) ||
      zh(a.judge, b.judge) ||
      tierRank(a.ruleId) - tierRank(b.ruleId) ||
      a.daysLeft - b.daysLeft ||
      zh(a.caseNumber, b.caseNumber),
  );
  longPending.sort(
    (a, b) =>
      byDivision(a.division, b.division) ||
      zh(a.judge, b.judge) ||
      (a.kind === b.kind ? 0 : a.kind === "reached" ? -1 : 1) ||
      b.months - a.months ||
      zh(a.milestoneOn, b.milestoneOn) ||
      zh(a.caseNumber, b.caseNumber),
  );
  const ruleOrder = new Map(CONCEALED_RULES.map((r, i) => [r.ruleId, i]));
  concealed.sort(
    (a, b) =>
      byDivision(a.division, b.division) ||
      zh(a.judge, b.judge) ||
      zh(a.caseNumber, b.caseNumber) ||
      (ruleOrder.get(a.ruleId) ?? 99) - (ruleOrder.get(b.ruleId) ?? 99),
  );

  // The core figures of the month, by division and for the court.
  const ids = [...BULLETIN_INDICATORS];
  const [perDivision, whole] = await Promise.all([
    computeIndicators(actor, handle, { from, to, by: "division", ids, filters: courtFilter }),
    computeIndicators(actor, handle, { from, to, by: "court", ids, filters: courtFilter }),
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
  for (const g of perDivision.groups) divisions.add(g.key.trim() || NO_DIVISION);

  const newlyFound = await newlyFoundIn(handle, from, to, courtFilter);
  const orders = tallyOrders(
    await orderHistoriesBetween(handle, from, asOf, allowed ?? undefined),
    from,
    asOf,
    byDivision,
  );
  return {
    newlyFound,
    orders,
    court,
    ...(allowed ? { courts: [...allowed] } : {}),
    month,
    from,
    to,
    asOf,
    previous: { month: previous, asOf: previousAsOf },
    generatedOn: today,
    divisions: [...divisions].sort(byDivision),
    thisMonth: now.tally(asOf, byDivision),
    lastMonth: before.tally(previousAsOf, byDivision),
    timeLimit,
    longPending,
    concealed,
    topConcealed: topConcealed(concealed),
    indicators: {
      ids,
      catalogueVersion: perDivision.catalogueVersion,
      court: courtFigures,
      byDivision: perDivision.groups
        .map((g) => ({
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
        }))
        .sort((a, b) => byDivision(a.division, b.division)),
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
    const dates = await caseDatesByIds(handle, ids);
    return relevant.filter((a) => {
      if (a.family !== "concealed-overrun" || a.caseId === null) return true;
      const closed = dates.get(a.caseId)?.closedOn ?? null;
      // Pending at the period's end (not closed, or closed after it) or closed within the period.
      return closed === null || closed >= periodStart;
    });
  };
}

/** Filing date and cause of the listed cases, read by id in chunks. */
async function fillCaseDetails(handle: Db, rows: CaseBase[]): Promise<void> {
  const ids = [...new Set(rows.map((r) => r.caseId).filter((id): id is number => id !== null && id > 0))];
  const details = await caseDatesByIds(handle, ids);
  for (const r of rows) {
    const d = r.caseId !== null ? details.get(r.caseId) : undefined;
    if (!d) continue;
    r.filedOn ??= d.filedOn;
    r.cause = d.cause;
  }
}

/**
 * The stored findings first found between from and to (China time), not resolved, by family —
 * within the given scope filters (none: the whole court).
 */
export async function newlyFoundIn(
  handle: Db,
  from: string,
  to: string,
  filters: Filter[] = [],
): Promise<BulletinData["newlyFound"]> {
  const counts = await countAlertRows(handle, filters, { foundFrom: from, foundTo: to });
  const byFamily: Record<string, number> = {};
  for (const r of counts.byRule) {
    const family = ALERT_RULES_BY_ID.get(r.key)?.family;
    if (!family || !RELEVANT_FAMILIES.has(family)) continue;
    byFamily[family] = (byFamily[family] ?? 0) + r.count;
  }
  return { total: Object.values(byFamily).reduce((a, b) => a + b, 0), byFamily };
}

function courtOfCaseNumber(caseNumber: string | null | undefined): string | null {
  if (!caseNumber) return null;
  const p = parseCaseNumber(caseNumber);
  return p.ok && !p.value.legacy ? p.value.courtCode : null;
}
