/** Rows of 我的待办 (a task with its matter) and of a list of matters, as the application reads them. */

/** A matter as a list shows it. */
export interface MatterListItem {
  matterId: number;
  kind: string;
  state: string;
  title: string;
  caseId: number | null;
  caseNumber: string | null;
  division: string;
  judge: string;
  initiator: string;
  openedOn: string;
  closedOn: string | null;
}

/** An open task of 我的待办 with its matter. */
export interface InboxTaskItem extends MatterListItem {
  taskId: number;
  taskTitle: string;
  dueOn: string | null;
  taskOpenedOn: string;
}

/** A matter the person has acted on (已办), with the day of their latest step. */
export interface ActedMatterItem extends MatterListItem {
  actedOn: string;
}

const str = (v: unknown): string => String(v ?? "");
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function matterItemFromRow(r: Record<string, unknown>): MatterListItem {
  return {
    matterId: Number(r.matter_id),
    kind: str(r.kind),
    state: str(r.state),
    title: str(r.title),
    caseId: r.case_id === null || r.case_id === undefined ? null : Number(r.case_id),
    caseNumber: strOrNull(r.case_number),
    division: str(r.division),
    judge: str(r.judge),
    initiator: str(r.initiator),
    openedOn: str(r.opened_on),
    closedOn: strOrNull(r.closed_on),
  };
}

export function inboxTaskFromRow(r: Record<string, unknown>): InboxTaskItem {
  return {
    ...matterItemFromRow(r),
    taskId: Number(r.task_id),
    taskTitle: str(r.task_title),
    dueOn: strOrNull(r.due_on),
    taskOpenedOn: str(r.task_opened_on),
  };
}

/** The matter columns selected from `matters m` under the names the mappers read. */
export const MATTER_ITEM_COLUMNS =
  "m.id AS matter_id, m.kind, m.state, m.title, m.case_id, m.case_number, m.division, m.judge, m.initiator, m.opened_on, m.closed_on";
