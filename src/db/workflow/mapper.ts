/** Matters, their trace and tasks as the application reads them. */
import type { Selectable } from "kysely";
import type { MattersTable, MatterTraceTable, TasksTable } from "../schema.js";

export interface StoredMatter {
  id: number;
  kind: string;
  state: string;
  version: number;
  title: string;
  caseId: number | null;
  caseNumber: string | null;
  division: string;
  judge: string;
  initiator: string;
  data: Record<string, unknown>;
  openedOn: string;
  openedAt: string;
  closedOn: string | null;
  updatedAt: string;
}

export interface StoredTraceEntry {
  seq: number;
  action: string;
  label: string;
  from: string | null;
  to: string;
  by: string;
  byName: string;
  on: string;
  at: string;
  note: string;
  input: Record<string, unknown>;
}

export interface StoredTask {
  id: number;
  matterId: number;
  title: string;
  state: string;
  assigneeUser: string | null;
  assigneeJudge: string | null;
  assigneePosition: string | null;
  assigneeDivision: string | null;
  dueOn: string | null;
  openedOn: string;
  closedAt: string | null;
  closedBy: string | null;
}

function parseJson(text: string): Record<string, unknown> {
  const v = JSON.parse(text) as unknown;
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

export function matterFromRow(r: Selectable<MattersTable>): StoredMatter {
  return {
    id: Number(r.id),
    kind: r.kind,
    state: r.state,
    version: Number(r.version),
    title: r.title,
    caseId: r.case_id === null ? null : Number(r.case_id),
    caseNumber: r.case_number,
    division: r.division,
    judge: r.judge,
    initiator: r.initiator,
    data: parseJson(r.data_json),
    openedOn: r.opened_on,
    openedAt: r.opened_at,
    closedOn: r.closed_on,
    updatedAt: r.updated_at,
  };
}

export function traceFromRow(r: Selectable<MatterTraceTable>): StoredTraceEntry {
  return {
    seq: Number(r.seq),
    action: r.action,
    label: r.label,
    from: r.from_state,
    to: r.to_state,
    by: r.by_user,
    byName: r.by_name,
    on: r.on_day,
    at: r.at,
    note: r.note,
    input: parseJson(r.input_json),
  };
}

export function taskFromRow(r: Selectable<TasksTable>): StoredTask {
  return {
    id: Number(r.id),
    matterId: Number(r.matter_id),
    title: r.title,
    state: r.state,
    assigneeUser: r.assignee_user,
    assigneeJudge: r.assignee_judge,
    assigneePosition: r.assignee_position,
    assigneeDivision: r.assignee_division,
    dueOn: r.due_on,
    openedOn: r.opened_on,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
  };
}
