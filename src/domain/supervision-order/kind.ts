/**
 * 督办单 — the supervision order: the trial management office (or a division's chief, for their
 * division) asks the judge in charge to answer one or more warnings or cases by a reply date
 * (working days on the legal calendar); the judge answers with a 说明 and the measures taken; the
 * issuer closes it (销号) or returns it for a better answer. An order left unanswered past its
 * reply date is escalated by the system to the division's chief, and some working days later to
 * the 院领导 in charge of the division.
 *
 * No national rule fixes the reply period or the escalation steps: they are the court's own
 * supervision rules, so each is a named setting (settings.ts, docs/supervision.md), never a
 * citation.
 */
import type { FieldSpec, Transition, Who, WorkflowKind } from "../workflow/types.js";

export const SUPERVISION_ORDER_KIND_ID = "supervision-order";

/** The states of an order. */
export const ORDER_STATES = {
  /** 待答复: issued, waiting for the judge's answer. */
  issued: "issued",
  /** 逾期·已报庭长: unanswered past the reply date, escalated to the division's chief. */
  escalatedChief: "escalated-chief",
  /** 逾期·已报院领导: still unanswered, escalated to the 院领导 in charge. */
  escalatedLeader: "escalated-leader",
  /** 已答复: the judge answered; the issuer closes or returns it. */
  answered: "answered",
  /** 退回重答: returned for a better answer, waiting again. */
  returned: "returned",
  /** 已销号: closed by the issuer. */
  closed: "closed",
} as const;
export type OrderState = (typeof ORDER_STATES)[keyof typeof ORDER_STATES];

/** The states in which the judge owes an answer. */
export const AWAITING_ANSWER: readonly OrderState[] = [
  ORDER_STATES.issued,
  ORDER_STATES.returned,
  ORDER_STATES.escalatedChief,
  ORDER_STATES.escalatedLeader,
];

/** Unanswered states that have not been escalated yet (escalation to the chief is due from them). */
const NOT_ESCALATED: readonly OrderState[] = [ORDER_STATES.issued, ORDER_STATES.returned];

/** The measures a judge may report (where one applies). */
export const ORDER_MEASURES = ["已申请延长", "已结案", "正在鉴定", "已中止", "其他"] as const;

/** The actions of an order. */
export const ORDER_ACTIONS = {
  issue: "issue",
  answer: "answer",
  close: "close",
  return: "return",
  escalateChief: "escalate-chief",
  escalateLeader: "escalate-leader",
} as const;

/** Task titles (我的待办). */
export const ORDER_TASKS = {
  answer: "答复督办",
  review: "审核督办答复",
  chief: "督促逾期督办",
  leader: "督促逾期督办（院领导）",
} as const;

const OFFICE: Who = { kind: "role", roles: ["office"] };
const ISSUERS: Who = { kind: "any", of: [OFFICE, { kind: "division-chief" }] };
const REVIEWERS: Who = { kind: "any", of: [{ kind: "initiator" }, OFFICE] };

const REPLY_DUE: FieldSpec = {
  name: "replyDue",
  label: "答复期限",
  type: "date",
  required: true,
  notPast: true,
};

export const ORDER_FIELDS = {
  request: {
    name: "request",
    label: "督办要求",
    type: "text",
    required: true,
    minLength: 10,
    maxLength: 1000,
  },
  replyDue: REPLY_DUE,
  explanation: {
    name: "explanation",
    label: "情况说明",
    type: "text",
    required: true,
    minLength: 10,
    maxLength: 2000,
  },
  measures: { name: "measures", label: "已采取的措施", type: "choices", options: ORDER_MEASURES },
  closeNote: { name: "note", label: "销号意见", type: "text", maxLength: 500 },
  returnNote: { name: "note", label: "退回理由", type: "text", required: true, minLength: 5, maxLength: 500 },
  leader: { name: "leader", label: "分管院领导", type: "text", maxLength: 100 },
} as const satisfies Record<string, FieldSpec>;

const transitions: Transition[] = [
  {
    from: AWAITING_ANSWER,
    action: ORDER_ACTIONS.answer,
    label: "答复",
    to: ORDER_STATES.answered,
    who: { kind: "case-judge" },
    whoText: "只有承办法官可以答复督办单",
    fields: [ORDER_FIELDS.explanation, ORDER_FIELDS.measures],
    closes: "all",
    opens: [{ assignee: { kind: "initiator" }, title: ORDER_TASKS.review }],
  },
  {
    from: ORDER_STATES.answered,
    action: ORDER_ACTIONS.close,
    label: "销号",
    to: ORDER_STATES.closed,
    who: REVIEWERS,
    whoText: "只有督办单的发起人或审管办可以销号",
    fields: [ORDER_FIELDS.closeNote],
    closes: "all",
  },
  {
    from: ORDER_STATES.answered,
    action: ORDER_ACTIONS.return,
    label: "退回重答",
    to: ORDER_STATES.returned,
    who: REVIEWERS,
    whoText: "只有督办单的发起人或审管办可以退回",
    fields: [ORDER_FIELDS.returnNote, REPLY_DUE],
    closes: "all",
    opens: [{ assignee: { kind: "case-judge" }, title: ORDER_TASKS.answer, due: { field: "replyDue" } }],
  },
  {
    from: NOT_ESCALATED,
    action: ORDER_ACTIONS.escalateChief,
    label: "逾期未答复，报庭长督促",
    to: ORDER_STATES.escalatedChief,
    who: OFFICE,
    whoText: "逾期升级由系统自动办理",
    system: true,
    closes: "none",
    opens: [{ assignee: { kind: "division-chief" }, title: ORDER_TASKS.chief }],
  },
  {
    from: ORDER_STATES.escalatedChief,
    action: ORDER_ACTIONS.escalateLeader,
    label: "逾期仍未答复，报分管院领导督促",
    to: ORDER_STATES.escalatedLeader,
    who: OFFICE,
    whoText: "逾期升级由系统自动办理",
    system: true,
    fields: [ORDER_FIELDS.leader],
    closes: "none",
    opens: [{ assignee: { kind: "court-leader" }, title: ORDER_TASKS.leader }],
  },
];

export const SUPERVISION_ORDER_KIND: WorkflowKind = {
  id: SUPERVISION_ORDER_KIND_ID,
  name: "督办单",
  states: [
    { name: ORDER_STATES.issued, label: "待答复" },
    { name: ORDER_STATES.escalatedChief, label: "逾期·已报庭长" },
    { name: ORDER_STATES.escalatedLeader, label: "逾期·已报院领导" },
    { name: ORDER_STATES.answered, label: "已答复" },
    { name: ORDER_STATES.returned, label: "退回重答" },
    { name: ORDER_STATES.closed, label: "已销号", terminal: true },
  ],
  initial: ORDER_STATES.issued,
  open: {
    action: ORDER_ACTIONS.issue,
    label: "发起督办",
    who: ISSUERS,
    whoText: "只有审管办或本庭庭长可以发起督办",
    fields: [ORDER_FIELDS.request, REPLY_DUE],
    opens: [{ assignee: { kind: "case-judge" }, title: ORDER_TASKS.answer, due: { field: "replyDue" } }],
  },
  transitions,
};

/** The Chinese label of a state. */
export function orderStateLabel(state: string): string {
  return SUPERVISION_ORDER_KIND.states.find((s) => s.name === state)?.label ?? state;
}

/** Is the order still open (not 销号)? */
export function orderOpen(state: string): boolean {
  return state !== ORDER_STATES.closed;
}
