/**
 * Predicates over case_facts: the language the indicator catalogue is written in. One predicate
 * gives the figure (compiled to SQL for the aggregate), its case list (the same SQL in a WHERE) and
 * — for tests and small data — an in-memory evaluation with identical semantics. A comparison
 * with a missing (NULL) value is false, as in SQL under `IS TRUE`.
 */

/** Columns of case_facts a predicate may use. */
export type FactField =
  | "court_code"
  | "division"
  | "judge"
  | "category"
  | "instance"
  | "type_code"
  | "procedure"
  | "closure_mode"
  | "first_instance"
  | "appealed"
  | "appeal_outcome"
  | "reversed"
  | "remanded"
  | "has_limit"
  | "extension_count"
  | "excluded_days"
  | "conversion_count"
  | "enterprise"
  | "enforcement_applied"
  | "archived"
  | "duration_days"
  | "natural_days"
  | "base_end_day"
  | "filed_day"
  | "closed_day"
  | "deadline_day"
  | "amount_fen"
  | "recovered_amount_fen"
  /** Linked cases (src/domain/chains): 1 on the root of a chain (a dispute, 案). */
  | "chain_root"
  /** On a root, the cases (件) in its chain; 0 on other cases. */
  | "chain_cases"
  /** 1 when a first-enforcement case (执) names this case as its origin (原审案号). */
  | "enforced_by_case"
  /** 繁简分流 (src/domain/triage/transfers.ts): the track a 民初 case started in — 0 none, 1 速裁, 2 小额诉讼. */
  | "fast_track"
  /** 1 when the case met the conditions of 小额诉讼 (民事诉讼法第一百六十五、一百六十六条). */
  | "small_claims_eligible"
  /** 1 when the case left the fast track (退案流转); transfer_day the day it did. */
  | "transferred_back"
  | "transfer_day";

export type Scalar = string | number;

/** Position of a case relative to the period [from, to]. */
export type PeriodRelation =
  /** 新收: from ≤ 立案日期 ≤ to */
  | "filed"
  /** 结案: from ≤ 结案日期 ≤ to */
  | "closed"
  /** 旧存: filed before from, not closed before from */
  | "pending-start"
  /** 未结: filed on or before to, not closed on or before to */
  | "pending-end";

export type Pred =
  | { and: Pred[] }
  | { or: Pred[] }
  | { not: Pred }
  | { period: PeriodRelation }
  /** Formally overdue on the period's last day: its deadline computed as of `to` is before `to`. */
  | { overdueAtEnd: true }
  /** 立案日期 + N months < to (months by 民法典 art. 202). */
  | { olderAtEnd: 6 | 12 | 18 | 24 | 36 }
  | { field: FactField; eq: Scalar }
  | { field: FactField; in: Scalar[] }
  | { field: FactField; gt: number }
  | { field: FactField; gte: number }
  | { field: FactField; lt: number }
  | { field: FactField; lte: number }
  | { field: FactField; isNull: boolean }
  /** a ≤ b, both present. */
  | { fieldLe: [FactField, FactField] }
  /** duration in days ≤ n, for closed cases. */
  | { durationAtMost: number };

/** A row of case_facts as the predicates read it. */
export type FactsRow = Partial<
  Record<FactField | "overdue_from_day" | "overdue_to_day" | `age_${number}m_day`, Scalar | null>
>;

export interface PeriodDays {
  fromDay: number;
  toDay: number;
}

const num = (v: Scalar | null | undefined): number | null => (typeof v === "number" ? v : null);

/** In-memory evaluation, with the SQL semantics (NULL → false). */
export function evaluatePred(p: Pred, row: FactsRow, period: PeriodDays): boolean {
  if ("and" in p) return p.and.every((q) => evaluatePred(q, row, period));
  if ("or" in p) return p.or.some((q) => evaluatePred(q, row, period));
  if ("not" in p) return !evaluatePred(p.not, row, period);
  if ("period" in p) {
    const filed = num(row.filed_day) as number;
    const closed = num(row.closed_day);
    switch (p.period) {
      case "filed":
        return filed >= period.fromDay && filed <= period.toDay;
      case "closed":
        return closed !== null && closed >= period.fromDay && closed <= period.toDay;
      case "pending-start":
        return filed < period.fromDay && (closed === null || closed >= period.fromDay);
      case "pending-end":
        return filed <= period.toDay && (closed === null || closed > period.toDay);
    }
  }
  if ("overdueAtEnd" in p) {
    const from = num(row.overdue_from_day);
    const to = num(row.overdue_to_day);
    return from !== null && from <= period.toDay && (to === null || to >= period.toDay);
  }
  if ("olderAtEnd" in p) {
    const age = num(row[`age_${p.olderAtEnd}m_day`]);
    return age !== null && age < period.toDay;
  }
  if ("fieldLe" in p) {
    const a = num(row[p.fieldLe[0]]);
    const b = num(row[p.fieldLe[1]]);
    return a !== null && b !== null && a <= b;
  }
  if ("durationAtMost" in p) {
    const d = num(row.duration_days);
    return d !== null && d <= p.durationAtMost;
  }
  const v = row[p.field];
  if ("isNull" in p) return (v === null || v === undefined) === p.isNull;
  if (v === null || v === undefined) return false;
  if ("eq" in p) return v === p.eq;
  if ("in" in p) return p.in.includes(v);
  const n = num(v);
  if (n === null) return false;
  if ("gt" in p) return n > p.gt;
  if ("gte" in p) return n >= p.gte;
  if ("lt" in p) return n < p.lt;
  return n <= p.lte;
}

/** Shorthands used by the catalogue. */
export const P = {
  and: (...and: Pred[]): Pred => ({ and }),
  or: (...or: Pred[]): Pred => ({ or }),
  not: (not: Pred): Pred => ({ not }),
  filed: { period: "filed" } as Pred,
  closed: { period: "closed" } as Pred,
  pendingStart: { period: "pending-start" } as Pred,
  pendingEnd: { period: "pending-end" } as Pred,
  eq: (field: FactField, eq: Scalar): Pred => ({ field, eq }),
  in: (field: FactField, values: Scalar[]): Pred => ({ field, in: values }),
  gt: (field: FactField, gt: number): Pred => ({ field, gt }),
  isTrue: (field: FactField): Pred => ({ field, eq: 1 }),
};
