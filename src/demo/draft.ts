/**
 * The case being built: a draft carries everything the stages decide about one case — filing,
 * parties, procedure, the true events and closing (before the as-of cut), appeal, enforcement,
 * archiving — until the render stage turns it into import rows.
 */
import type { DayNumber } from "../domain/calendar/civil-date.js";
import type { Procedure } from "../domain/case/procedure.js";
import type { CaseIdentity, ExclusionReason } from "../domain/time-limit/index.js";
import type { ExclusionKind } from "./catalog.js";
import type { DemoDivision } from "./court.js";
import type { DemoLabel } from "./types.js";

/** The first-instance type codes: the ones that can be appealed. */
export const FIRST_INSTANCE = new Set(["民初", "民撤", "刑初", "行初"]);

/** A plaintiff or defendant; `enterprise` feeds the 涉企 column. */
export interface Party {
  name: string;
  enterprise: boolean;
}

/** A time-limit event as it really happens (before the as-of cut); `to` null: does not end in sight. */
export type TrueEvent =
  | { kind: "extension"; from: DayNumber; length: string; approvedBy: string; note: string }
  | {
      kind: "exclusion";
      reason: ExclusionReason;
      from: DayNumber;
      to: DayNumber | null;
      note: string;
      open?: boolean;
    }
  | { kind: "suspension"; from: DayNumber; to: DayNumber | null; resumptionRow: boolean; note: string }
  | { kind: "procedureChange"; from: DayNumber; newProcedure: Procedure; note: string };

/** The appeal of a first-instance judgment, as it really happens. */
export interface Appeal {
  filed: DayNumber;
  closed: DayNumber;
  outcome: string;
}

/** One case under construction; every stage fills in its part. */
export interface Draft {
  typeCode: string;
  identity: CaseIdentity;
  filed: DayNumber;
  caseNumber: string;
  labels: DemoLabel[];
  cause: string | null;
  /** The procedure the case was filed under (drives the timing). */
  procedure: Procedure | null;
  /** What the 审理程序 column says. */
  recordedProcedure: string | null;
  division: DemoDivision;
  judge: string;
  plaintiffs: Party[];
  defendants: Party[];
  enterpriseExtra: boolean;
  amountFen: number | null;
  exclusionRates: Partial<Record<ExclusionKind | "中止", number>>;
  mode: string;
  events: TrueEvent[];
  /** The day the case really closes (may be after asOf); null: not within sight. */
  closing: DayNumber | null;
  /** Procedure in force at closing. */
  finalProcedure: Procedure | null;
  appeal: Appeal | null;
  /** Day the winning party applied for enforcement (民初 判决/调解), if it did. */
  enforcementOn: DayNumber | null;
  recoveredFen: number | null;
  archived: DayNumber | null;
  /** 原审案号: the judgment an enforcement case was applied for on (null: none in the data). */
  origin: string | null;
  /** 宣告失踪/死亡: the statutory 公告 of the 民特 procedure (days). */
  statutoryNotice?: number;
}
