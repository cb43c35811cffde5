/**
 * Counting a detection run's findings into the bulletin's tallies (total, by division, by judge),
 * and the orders in which its lists are printed.
 */
import {
  type AlertFactValue,
  type AlertFamily,
  type AlertSeverity,
  RULE_IDS,
  SEVERITY_RANK,
} from "../alerts/index.js";
import type { Figure } from "../indicators/index.js";
import {
  approachingKey,
  type BulletinData,
  CONCEALED_CASES_KEY,
  type ConcealedFinding,
  type Counts,
  NO_DIVISION,
  NO_JUDGE,
  type Tally,
  TIME_LIMIT_TIERS,
} from "./model.js";

/** A finding as the bulletin counts it. */
export interface BulletinFinding {
  ruleId: string;
  family: AlertFamily;
  severity: AlertSeverity;
  caseNumber: string;
  division: string;
  judge: string;
  facts: Record<string, AlertFactValue>;
}

export const RELEVANT_FAMILIES = new Set(["time-limit", "long-pending", "concealed-overrun"]);

function bucketOf(a: BulletinFinding): string {
  if (a.ruleId === RULE_IDS.longPendingApproaching) return approachingKey(Number(a.facts.months));
  return a.ruleId;
}

export class Tallier {
  readonly total: Counts = {};
  readonly byDivision = new Map<string, Counts>();
  readonly byJudge = new Map<string, { division: string; judge: string; counts: Counts }>();
  /** case → division|judge, for the distinct concealed cases */
  private readonly concealedCases = new Set<string>();

  add(a: BulletinFinding): void {
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

  /** The counts; judges listed by division (`byDivision`: the court's order, default pinyin), then name. */
  tally(asOf: string, byDivision: (a: string, b: string) => number = zh): Tally {
    return {
      asOf,
      total: this.total,
      byDivision: Object.fromEntries(this.byDivision),
      byJudge: [...this.byJudge.values()].sort(
        (a, b) => byDivision(a.division, b.division) || zh(a.judge, b.judge),
      ),
    };
  }
}

const collator = new Intl.Collator("zh-CN");
export function zh(a: string, b: string): number {
  return collator.compare(a, b);
}

export function str(v: AlertFactValue | undefined): string | null {
  return v === undefined || v === null ? null : String(v);
}

export function num(v: AlertFactValue | undefined): number | null {
  return typeof v === "number" ? v : null;
}

export function tierRank(ruleId: string): number {
  return TIME_LIMIT_TIERS.findIndex((t) => t.ruleId === ruleId);
}

/** Two figures of the same indicator over disjoint sets of cases: counts and ratios add up. */
export function sumFigures(a: Figure, b: Figure): Figure {
  const n = (a.numerator ?? 0) + (b.numerator ?? 0);
  if (a.denominator === null && b.denominator === null) return { value: n, numerator: n, denominator: null };
  const d = (a.denominator ?? 0) + (b.denominator ?? 0);
  return { value: d ? n / d : null, numerator: n, denominator: d };
}

/** Cases ranked by their most severe finding, then by the number of findings. */
export function topConcealed(findings: ConcealedFinding[], limit = 10): BulletinData["topConcealed"] {
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
