/**
 * The demo generator's public types: the options, the plan they resolve to, and what is yielded
 * for each case (its import rows and the labels saying what was planted on purpose).
 */
import type { IsoDate } from "../domain/calendar/civil-date.js";
import type { CaseColumnKey, EventColumnKey } from "../domain/import/columns.js";
import type { DemoCourt } from "./court.js";

export interface DemoOptions {
  /** Total number of cases; default ≈ 21,000 a year over the filing window. */
  cases?: number;
  fromYear: number;
  /** Last filing year; default asOf's year. */
  toYear?: number;
  /** "Today": nothing is filed, closed or recorded after it. `YYYY-MM-DD`. */
  asOf: string;
  seed: number;
  /** 法院代字 of the court; default 内0602. */
  court?: string;
}

/**
 * What the generator did to a case on purpose — ground truth for detector tests. Cases carry no
 * label when nothing special was done. Planted in: backlog.ts (backlog), batches.ts (batch),
 * filing-other.ts (from-judgment), closing.ts (late, stuck), events.ts (long-interval,
 * co:repeat-extension), overruns.ts (the other co:*), data-quality.ts (early-january-number, dq:*).
 */
export type DemoLabel =
  /** Filed before the window and still pending (旧存). */
  | "backlog"
  /** One of a same-plaintiff batch filed on one day (物业服务合同纠纷, 信用卡纠纷). */
  | "batch"
  /** A 执 case enforcing one of the generated 民初 cases (same parties). */
  | "from-judgment"
  /** Planned to close after its deadline. */
  | "late"
  /** Planned to drag on far past its deadline (most still pending). */
  | "stuck"
  /** Has a 鉴定/审计评估/中止 of 120–1,100 days. */
  | "long-interval"
  /** Filed January 1–7 with the previous year's 案号 (legitimate: 收案 in December). */
  | "early-january-number"
  /** Concealed-overrun patterns (docs/demo-data.md §7). */
  | "co:long-notice"
  | "co:late-extension"
  | "co:repeat-extension"
  | "co:late-conversion"
  | "co:refile"
  /** Data-quality problems the importer accepts (docs/demo-data.md §8). */
  | "dq:case-number-year"
  | "dq:foreign-court-code"
  | "dq:impossible-closure"
  | "dq:appeal-outcome-without-appeal"
  | "dq:open-exclusion-on-closed"
  | "dq:procedure-type-mismatch"
  | "dq:missing-procedure";

export type DemoCaseRow = Record<CaseColumnKey, string | null>;
export type DemoEventRow = Record<EventColumnKey, string | null>;

export interface DemoCase {
  case: DemoCaseRow;
  events: DemoEventRow[];
  labels: readonly DemoLabel[];
}

export interface DemoPlan {
  court: DemoCourt;
  cases: number;
  /** Of which filed before the window (旧存, still pending). */
  backlog: number;
  fromYear: number;
  toYear: number;
  asOf: IsoDate;
  seed: number;
  firstFilingDay: IsoDate;
  lastFilingDay: IsoDate;
  /** Working days in the filing window. */
  workingDays: number;
  warnings: string[];
}
