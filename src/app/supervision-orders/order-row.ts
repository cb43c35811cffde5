/** A 督办单 as its list returns it. */
import type { StoredOrder } from "../../db/supervision-orders/mapper.js";
import { AWAITING_ANSWER, orderStateLabel } from "../../domain/supervision-order/index.js";

export interface OrderRow {
  id: number;
  state: string;
  stateLabel: string;
  version: number;
  title: string;
  caseId: number | null;
  caseNumber: string | null;
  division: string;
  judge: string;
  initiator: string;
  request: string;
  /** 答复期限 (the latest one given). */
  replyDue: string | null;
  /** Past its reply date and still unanswered. */
  overdue: boolean;
  explanation: string | null;
  measures: string[];
  openedOn: string;
  closedOn: string | null;
  alertCount: number;
  caseCount: number;
}

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

export function orderRow(o: StoredOrder, today: string): OrderRow {
  const replyDue = str(o.data.replyDue);
  const awaiting = (AWAITING_ANSWER as readonly string[]).includes(o.state);
  return {
    id: o.id,
    state: o.state,
    stateLabel: orderStateLabel(o.state),
    version: o.version,
    title: o.title,
    caseId: o.caseId,
    caseNumber: o.caseNumber,
    division: o.division,
    judge: o.judge,
    initiator: o.initiator,
    request: str(o.data.request) ?? "",
    replyDue,
    overdue: awaiting && (o.state.startsWith("escalated") || (replyDue !== null && replyDue < today)),
    explanation: str(o.data.explanation),
    measures: Array.isArray(o.data.measures)
      ? o.data.measures.filter((m): m is string => typeof m === "string")
      : [],
    openedOn: o.openedOn,
    closedOn: o.closedOn,
    alertCount: o.alertCount,
    caseCount: o.caseCount,
  };
}
