/**
 * A row of 我的待办 / 我发起的 / 已办 as the API returns it: the matter (its kind and state in
 * Chinese) and, for an open task, what is asked, by when and how many working days are left on
 * the legal calendar (negative: overdue).
 */

import type { Db } from "../../db/connect.js";
import type { TaskHolder } from "../../db/workflow/inbox-where.js";
import type { InboxTaskItem, MatterListItem } from "../../db/workflow/mapper-inbox.js";
import type { Actor } from "../../domain/auth/index.js";
import { type LegalCalendar, parseIsoDate } from "../../domain/calendar/index.js";
import {
  DEFAULT_WORKFLOW_SETTINGS,
  participantOf,
  type WorkflowSettings,
  workingDaysLeft,
} from "../../domain/workflow/index.js";
import { workflowKind } from "./kinds.js";
import { readWorkflowSettings } from "./settings.js";

export const INBOX_TABS = ["todo", "initiated", "done"] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

export const INBOX_TAB_NAMES: Record<InboxTab, string> = {
  todo: "待办",
  initiated: "我发起的",
  done: "已办",
};

export interface InboxRow {
  matterId: number;
  kind: string;
  kindName: string;
  title: string;
  state: string;
  stateLabel: string;
  terminal: boolean;
  caseId: number | null;
  caseNumber: string | null;
  division: string;
  judge: string;
  initiator: string;
  openedOn: string;
  closedOn: string | null;
  /** 待办: the open task (else null). */
  taskId: number | null;
  taskTitle: string | null;
  dueOn: string | null;
  /** Working days left until the due day (0 on it; negative: overdue); null without a due day. */
  workingDaysLeft: number | null;
  overdue: boolean;
  /** 已办: the day of the reader's latest step on the matter. */
  actedOn: string | null;
}

/**
 * Whose tasks the actor answers: their account, their name as a judge in their division, and the
 * positions they hold — a 副庭长 also the 庭长's when the court's setting gives them the duty.
 */
export function taskHolderOf(actor: Actor, settings: WorkflowSettings): TaskHolder {
  const p = participantOf(actor);
  const positions: string[] = [...p.positions];
  if (settings.deputyActsAsChief && positions.includes("deputy-chief") && !positions.includes("chief"))
    positions.push("chief");
  return {
    username: p.username,
    judgeName: p.judgeName,
    division: p.division,
    positions,
    court: actor.court ?? null,
  };
}

/** The actor's task holder; the court's settings are read only for a 副庭长 (the one they change). */
export async function readTaskHolder(actor: Actor, handle: Db): Promise<TaskHolder> {
  const p = participantOf(actor);
  const settings =
    p.positions.includes("deputy-chief") && !p.positions.includes("chief")
      ? await readWorkflowSettings(handle)
      : DEFAULT_WORKFLOW_SETTINGS;
  return taskHolderOf(actor, settings);
}

export function inboxRow(
  m: MatterListItem & Partial<Pick<InboxTaskItem, "taskId" | "taskTitle" | "dueOn">> & { actedOn?: string },
  calendar: LegalCalendar,
  today: string,
): InboxRow {
  const kind = workflowKind(m.kind);
  const state = kind?.states.find((s) => s.name === m.state);
  const left =
    m.dueOn !== undefined && m.dueOn !== null
      ? workingDaysLeft(calendar, parseIsoDate(today), parseIsoDate(m.dueOn))
      : null;
  return {
    matterId: m.matterId,
    kind: m.kind,
    kindName: kind?.name ?? m.kind,
    title: m.title,
    state: m.state,
    stateLabel: state?.label ?? m.state,
    terminal: state?.terminal === true || m.closedOn !== null,
    caseId: m.caseId,
    caseNumber: m.caseNumber,
    division: m.division,
    judge: m.judge,
    initiator: m.initiator,
    openedOn: m.openedOn,
    closedOn: m.closedOn,
    taskId: m.taskId ?? null,
    taskTitle: m.taskTitle ?? null,
    dueOn: m.dueOn ?? null,
    workingDaysLeft: left,
    overdue: m.dueOn !== undefined && m.dueOn !== null && m.dueOn < today,
    actedOn: m.actedOn ?? null,
  };
}
