/**
 * The workflow API's shapes as the screens use them. A matter (GET /api/matters/:id) with its trace,
 * tasks and the actions the reader may take now; a row of 我的待办 (GET /api/inbox).
 */
// Mirrors the server's matter schema (src/http/routes/workflow/schema.ts) until it lands.
export type FieldType = "text" | "date" | "choice" | "choices" | "number";

export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  options?: readonly string[];
  notPast?: boolean;
}

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
  assignee: string;
  dueOn: string | null;
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
  data: Record<string, unknown>;
  openedOn: string;
  closedOn: string | null;
  links: { entity: string; id: number }[];
  trace: TraceRow[];
  tasks: TaskRow[];
  actions: MatterAction[];
}

export interface ActRequest {
  action: string;
  version: number;
  input: Record<string, unknown>;
}
