/**
 * The register's own figures (docs/indicators.md, 发改案件台账的统计): per division or judge, the
 * entries whose appellate result falls in the period, split by outcome, by 发改原因 and by 责任认定,
 * and 差错占比 = entries whose (final) responsibility is 差错 ÷ entries classified. They need the
 * classifications, so they are not in the case-facts indicator catalogue.
 */
import { REASON_NAMES, RESPONSIBILITIES } from "./classification.js";
import type { ReversalOutcome } from "./register.js";

export interface TallyInput {
  division: string;
  judge: string;
  outcome: ReversalOutcome;
  reason: string | null;
  responsibility: string | null;
}

export interface TallyRow {
  /** The division, or the judge (with their division). */
  key: string;
  division: string;
  judge: string | null;
  total: number;
  reversed: number;
  remanded: number;
  classified: number;
  unclassified: number;
  byReason: Record<string, number>;
  byResponsibility: Record<string, number>;
  errors: number;
  /** errors ÷ classified; null when nothing is classified. */
  errorShare: number | null;
}

function emptyRow(key: string, division: string, judge: string | null): TallyRow {
  return {
    key,
    division,
    judge,
    total: 0,
    reversed: 0,
    remanded: 0,
    classified: 0,
    unclassified: 0,
    byReason: Object.fromEntries(REASON_NAMES.map((n) => [n, 0])),
    byResponsibility: Object.fromEntries(RESPONSIBILITIES.map((n) => [n, 0])),
    errors: 0,
    errorShare: null,
  };
}

function add(row: TallyRow, e: TallyInput): void {
  row.total++;
  if (e.outcome === "改判") row.reversed++;
  else row.remanded++;
  if (e.reason && e.responsibility) {
    row.classified++;
    row.byReason[e.reason] = (row.byReason[e.reason] ?? 0) + 1;
    row.byResponsibility[e.responsibility] = (row.byResponsibility[e.responsibility] ?? 0) + 1;
    if (e.responsibility === "差错") row.errors++;
  } else row.unclassified++;
}

/** One row per group (division, or judge within division), sorted by group, and the court's total. */
export function tallyEntries(
  entries: readonly TallyInput[],
  by: "division" | "judge",
): { rows: TallyRow[]; total: TallyRow } {
  const groups = new Map<string, TallyRow>();
  const total = emptyRow("全院", "全院", null);
  for (const e of entries) {
    const key = by === "division" ? e.division : `${e.division}／${e.judge}`;
    let row = groups.get(key);
    if (!row) {
      row = emptyRow(key, e.division, by === "judge" ? e.judge : null);
      groups.set(key, row);
    }
    add(row, e);
    add(total, e);
  }
  const rows = [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const r of [...rows, total]) r.errorShare = r.classified > 0 ? r.errors / r.classified : null;
  return { rows, total };
}
