/** A matter as the API returns it: its state, trace, tasks and what the reader may do on it now. */
import type { MatterRecord } from "../../db/workflow/find-matter.js";
import type { Actor } from "../../domain/auth/index.js";
import { legalCalendar, parseIsoDate } from "../../domain/calendar/index.js";
import {
  availableActions,
  type FieldSpec,
  participantOf,
  type WorkflowSettings,
  workingDaysLeft,
} from "../../domain/workflow/index.js";
import { workflowKind } from "./kinds.js";

export interface TraceRow {
  seq: number;
  action: string;
  label: string;
  from: string | null;
  fromLabel: string | null;
  to: string;
  toLabel: string;
  by: string;
  byName: string;
  on: string;
  at: string;
  note: string;
  input: Record<string, unknown>;
}

export interface TaskRow {
  id: number;
  title: string;
  state: string;
  /** Whom it is for, in words (张三 / 民事审判第一庭庭长 / 审管办). */
  assignee: string;
  dueOn: string | null;
  /** Working days left on the legal calendar (negative: overdue); null without a due date or once closed. */
  workingDaysLeft: number | null;
  openedOn: string;
  closedAt: string | null;
  closedBy: string | null;
}

export interface MatterAction {
  action: string;
  label: string;
  fields: FieldSpec[];
}

export interface MatterView {
  id: number;
  kind: string;
  kindName: string;
  state: string;
  stateLabel: string;
  terminal: boolean;
  version: number;
  title: string;
  caseId: number | null;
  caseNumber: string | null;
  division: string;
  judge: string;
  initiator: string;
  /** The initiator's name as recorded when they opened it (the trace's first entry). */
  initiatorName: string;
  data: Record<string, unknown>;
  openedOn: string;
  closedOn: string | null;
  links: { entity: string; id: number }[];
  trace: TraceRow[];
  tasks: TaskRow[];
  actions: MatterAction[];
}

const POSITION_WORDS: Record<string, string> = {
  president: "院长",
  "vice-president": "副院长",
  "committee-full-time": "审委会专职委员",
  chief: "庭长",
  "deputy-chief": "副庭长",
  judge: "员额法官",
  assistant: "法官助理",
  clerk: "书记员",
  office: "审管办",
};

function assigneeWords(t: MatterRecord["tasks"][number]): string {
  if (t.assigneeUser) return t.assigneeUser;
  if (t.assigneeJudge) return `${t.assigneeDivision ?? ""} ${t.assigneeJudge}`.trim();
  if (t.assigneePosition)
    return `${t.assigneeDivision ?? ""}${POSITION_WORDS[t.assigneePosition] ?? t.assigneePosition}`;
  return "";
}

/**
 * The matter's kind is run by its own court only and the matter (of `court`: its case's, else its
 * opener's) lies in another court than the actor's: the actor reads it but takes no step.
 */
export function actsElsewhere(actor: Actor, kindId: string, court: string | null | undefined): boolean {
  return workflowKind(kindId)?.ownCourtOnly === true && !!actor.court && !!court && court !== actor.court;
}

/** `court`: the matter's court where the caller read it (for kinds run by their own court only). */
export function matterView(
  actor: Actor,
  r: MatterRecord,
  today: string,
  settings: WorkflowSettings,
  court?: string | null,
): MatterView {
  const m = r.matter;
  const kind = workflowKind(m.kind);
  const label = (s: string | null) =>
    s === null ? null : (kind?.states.find((x) => x.name === s)?.label ?? s);
  const calendar = legalCalendar();
  const todayDay = parseIsoDate(today);
  const matter = { ...m, data: m.data };
  const actions =
    kind && !actsElsewhere(actor, m.kind, court)
      ? availableActions(kind, matter, participantOf(actor), settings).map((t) => ({
          action: t.action,
          label: t.label,
          fields: [...(t.fields ?? [])],
        }))
      : [];
  return {
    id: m.id,
    kind: m.kind,
    kindName: kind?.name ?? m.kind,
    state: m.state,
    stateLabel: label(m.state) ?? m.state,
    terminal: kind?.states.find((s) => s.name === m.state)?.terminal === true,
    version: m.version,
    title: m.title,
    caseId: m.caseId,
    caseNumber: m.caseNumber,
    division: m.division,
    judge: m.judge,
    initiator: m.initiator,
    initiatorName: r.trace[0]?.byName ?? m.initiator,
    data: m.data,
    openedOn: m.openedOn,
    closedOn: m.closedOn,
    links: r.links,
    trace: r.trace.map((t) => ({ ...t, fromLabel: label(t.from), toLabel: label(t.to) ?? t.to })),
    tasks: r.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      state: t.state,
      assignee: assigneeWords(t),
      dueOn: t.dueOn,
      workingDaysLeft:
        t.state === "open" && t.dueOn ? workingDaysLeft(calendar, todayDay, parseIsoDate(t.dueOn)) : null,
      openedOn: t.openedOn,
      closedAt: t.closedAt,
      closedBy: t.closedBy,
    })),
    actions,
  };
}
