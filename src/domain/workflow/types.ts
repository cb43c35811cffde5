/**
 * A workflow kind is data: its states, the initial state and its transitions — who may take each
 * (a position or role, "the case's judge", "the division's chief", "any 审委会委员" …), which fields
 * it requires, which tasks it opens and when they fall due (N working days on the legal calendar,
 * or a date the actor gives). One pure engine (engine.ts) applies an action to a matter; storage
 * keeps matters, an append-only trace and tasks (我的待办).
 */
import type { Role } from "../auth/roles.js";
import type { IsoDate } from "../calendar/index.js";
import type { Position } from "../people/positions.js";

/** Whoever acts: an account, with the staff member it is linked to (if any) and their positions. */
export interface Participant {
  username: string;
  /** The name people know them by (the staff member's, else the account's display name). */
  name: string;
  role: Role;
  /** The division they sit in or lead (null: the whole court). */
  division: string | null;
  /** 法官: the name used in 承办人 (with division it identifies a judge). */
  judgeName: string | null;
  positions: readonly Position[];
  /** 审判委员会委员 */
  committeeMember: boolean;
}

/**
 * Who may take a transition — evaluated against the matter. `divisionLeaders` are the positions
 * that act as the division's chief (庭长; 副庭长 too when the court's setting says so).
 */
export type Who =
  | { kind: "role"; roles: readonly Role[]; sameDivision?: boolean }
  | { kind: "position"; positions: readonly Position[]; sameDivision?: boolean }
  /** The judge in charge of the matter's case (承办人 and division). */
  | { kind: "case-judge" }
  /** The chief of the matter's division (庭长, or a 副庭长 given the duty by setting). */
  | { kind: "division-chief" }
  /** 院领导 (院长, 副院长, 审委会专职委员). */
  | { kind: "court-leader" }
  /** Any member of the 审判委员会. */
  | { kind: "committee-member" }
  /** Whoever opened the matter. */
  | { kind: "initiator" }
  /** A person the matter names in a data field (a username), e.g. the reviewer it was sent to. */
  | { kind: "named"; field: string }
  | { kind: "any"; of: readonly Who[] };

export interface FieldSpec {
  name: string;
  /** Chinese label, used in refusals ("说明不少于 10 个字"). */
  label: string;
  type: "text" | "date" | "choice" | "choices" | "number";
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  /** For choice/choices: the allowed values. */
  options?: readonly string[];
  /** For a date: it may not lie before today. */
  notPast?: boolean;
}

/** When a task falls due. */
export type Due =
  | { workingDays: number }
  /** A setting's value in working days (the kind's settings object). */
  | { workingDaysSetting: string }
  /** A date field of the action's input (or of the matter's data). */
  | { field: string };

/** Whom a task is for: someone the matter knows, or anyone holding a position. */
export type Assignee =
  | { kind: "case-judge" }
  | { kind: "division-chief" }
  | { kind: "court-leader" }
  | { kind: "office" }
  | { kind: "initiator" }
  | { kind: "named"; field: string }
  | { kind: "actor" };

export interface TaskSpec {
  assignee: Assignee;
  /** Chinese: what is asked ("答复督办", "阅核裁判文书"). */
  title: string;
  due?: Due;
}

export interface Transition {
  from: string | readonly string[];
  action: string;
  /** Chinese verb for the button and the trace ("销号", "退回复议"). */
  label: string;
  to: string;
  who: Who;
  /** Chinese refusal when `who` does not hold ("只有本庭庭长可以审批"). */
  whoText: string;
  fields?: readonly FieldSpec[];
  /** Tasks this step opens. */
  opens?: readonly TaskSpec[];
  /**
   * Which open tasks of the matter this step closes: "all" (default), "none", or only those
   * with one of these titles.
   */
  closes?: "all" | "none" | readonly string[];
  /** Taken by the system (a timer, the case closing), not offered to people. */
  system?: boolean;
}

export interface StateSpec {
  name: string;
  /** Chinese label (待答复, 已销号 …). */
  label: string;
  terminal?: boolean;
}

export interface WorkflowKind {
  id: string;
  /** Chinese name (督办单, 四类案件监管, 阅核). */
  name: string;
  states: readonly StateSpec[];
  initial: string;
  /** The action that opens a matter (its `from` is ignored). */
  open: Omit<Transition, "from" | "to"> & { to?: string };
  /**
   * Only accounts of the matter's own court (its case's, else its opener's) take its steps: a 中院
   * reads its basic courts' matters of this kind but does not act on them (评查, 整改).
   */
  ownCourtOnly?: boolean;
  transitions: readonly Transition[];
}

/** A matter as the engine sees it. */
export interface Matter {
  id?: number;
  kind: string;
  state: string;
  version: number;
  division: string;
  /** The case's 承办人 (empty when the matter has no single case). */
  judge: string;
  initiator: string;
  data: Readonly<Record<string, unknown>>;
}

export interface TraceEntry {
  action: string;
  label: string;
  from: string | null;
  to: string;
  by: string;
  byName: string;
  on: IsoDate;
  note: string;
  input: Record<string, unknown>;
}

/** A task to open, resolved to the people or position it is for. */
export interface OpenTask {
  title: string;
  dueOn: IsoDate | null;
  /** A named account. */
  username?: string;
  /** A judge by name within a division (the case's 承办人). */
  judge?: string;
  /** Anyone holding the position … */
  position?: Position;
  /** … in this division (null: anywhere in the court). */
  division?: string | null;
}

export type Refusal =
  | { code: "forbidden"; message: string }
  | { code: "state"; message: string }
  | { code: "input"; field: string; message: string; value?: unknown }
  | { code: "unknown-action"; message: string };

export type Outcome =
  | {
      ok: true;
      state: string;
      data: Record<string, unknown>;
      trace: TraceEntry;
      opens: OpenTask[];
      closes: "all" | "none" | readonly string[];
      terminal: boolean;
    }
  | ({ ok: false } & Refusal);

/** The court's settings the engine reads (who acts as chief; working days for dues). */
export interface WorkflowSettings {
  /** 副庭长 may act as the division's chief. */
  deputyActsAsChief: boolean;
  /** Named numbers a kind's `workingDaysSetting` refers to. */
  numbers: Readonly<Record<string, number>>;
}

export const DEFAULT_WORKFLOW_SETTINGS: WorkflowSettings = {
  deputyActsAsChief: false,
  // 阅核: a draft waits this many working days for its reviewer before it is overdue.
  numbers: { signOffWaitWorkingDays: 3 },
};
