/** A 督办单 (a matter of kind supervision-order) as its list reads it. */
export const ORDER_KIND = "supervision-order";

export interface StoredOrder {
  id: number;
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
  closedOn: string | null;
  /** Open 答复督办 task's due day (the reply date), if the judge owes an answer. */
  answerDueOn: string | null;
  alertCount: number;
  caseCount: number;
}

export function orderFromRow(r: Record<string, unknown>): StoredOrder {
  return {
    id: Number(r.id),
    state: String(r.state),
    version: Number(r.version),
    title: String(r.title),
    caseId: r.case_id === null || r.case_id === undefined ? null : Number(r.case_id),
    caseNumber: (r.case_number as string | null) ?? null,
    division: String(r.division),
    judge: String(r.judge),
    initiator: String(r.initiator),
    data: JSON.parse(String(r.data_json)) as Record<string, unknown>,
    openedOn: String(r.opened_on),
    closedOn: (r.closed_on as string | null) ?? null,
    answerDueOn: (r.answer_due_on as string | null) ?? null,
    alertCount: Number(r.alert_count ?? 0),
    caseCount: Number(r.case_count ?? 0),
  };
}
