/**
 * The two workflows of 案件评查 (docs/review.md §4–§5), run on the workflow engine so that their
 * tasks are in 我的待办 and every step is in the trace:
 *
 * **case-review** (案件评查) — one matter per drawn case: 待评查 (a task for the reviewer the
 * draw named) → 待复核 (the reviewer scored it; a task for the 审管办) → 待反馈 (复核 passed; a
 * task for the case's judge, due in N working days) → 已确认 (the judge accepts) or 异议待处理
 * (the judge objects with reasons; a task for the office, due in N working days) → 已决定. The
 * 复核 may return it to the reviewer (退回重评). Every step carries data the review tables keep
 * (the score sheet, the decision), so the steps are taken through the review's own use cases
 * (system steps here): the screen 案件评查 offers them; the matter page shows the trace.
 *
 * **review-rectification** (整改) — opened for a final result with found problems: 待整改 (a task
 * for the judge, due on the 整改期限) → 待验收 (the judge reported what was done; a task for the
 * office) → 已验收, or 退回整改 with a new 整改期限. These steps are taken on the matter page.
 *
 * Basis: the plan's 一·十二 ("评查一案，反馈一案，整改一案") — local practice; periods are settings.
 */
import type { FieldSpec, Who, WorkflowKind } from "../workflow/types.js";

export const CASE_REVIEW_KIND_ID = "case-review";
export const RECTIFICATION_KIND_ID = "review-rectification";

export const REVIEW_STATES = {
  assigned: "assigned",
  scored: "scored",
  sent: "sent",
  accepted: "accepted",
  objected: "objected",
  decided: "decided",
} as const;

export const REVIEW_ACTIONS = {
  open: "assign",
  score: "score",
  verify: "verify",
  returnToReviewer: "return",
  accept: "accept",
  object: "object",
  decide: "decide",
} as const;

export const REVIEW_TASKS = {
  score: "评查案件",
  verify: "复核评查结果",
  feedback: "确认评查结果",
  decide: "处理评查异议",
} as const;

const OFFICE: Who = { kind: "role", roles: ["office"] };

export const OBJECTION_OUTCOMES = ["维持评查结果", "变更评查结果"] as const;

export const REVIEW_FIELDS = {
  verifyNote: { name: "note", label: "复核意见", type: "text", maxLength: 1000 },
  feedbackDue: { name: "feedbackDue", label: "反馈期限", type: "date", required: true, notPast: true },
  returnNote: { name: "note", label: "退回理由", type: "text", required: true, minLength: 5, maxLength: 500 },
  acceptNote: { name: "note", label: "反馈意见", type: "text", maxLength: 1000 },
  objection: {
    name: "reason",
    label: "异议理由",
    type: "text",
    required: true,
    minLength: 10,
    maxLength: 2000,
  },
  decisionDue: { name: "decisionDue", label: "异议处理期限", type: "date", required: true },
  outcome: {
    name: "outcome",
    label: "处理结果",
    type: "choice",
    required: true,
    options: OBJECTION_OUTCOMES,
  },
  decisionNote: {
    name: "note",
    label: "处理意见",
    type: "text",
    required: true,
    minLength: 5,
    maxLength: 2000,
  },
  reference: { name: "reference", label: "审委会决定文号", type: "text", maxLength: 200 },
  finalScore: { name: "finalScore", label: "变更后得分", type: "number" },
} as const satisfies Record<string, FieldSpec>;

export const CASE_REVIEW_KIND: WorkflowKind = {
  id: CASE_REVIEW_KIND_ID,
  name: "案件评查",
  states: [
    { name: REVIEW_STATES.assigned, label: "待评查" },
    { name: REVIEW_STATES.scored, label: "待复核" },
    { name: REVIEW_STATES.sent, label: "待反馈" },
    { name: REVIEW_STATES.accepted, label: "已确认", terminal: true },
    { name: REVIEW_STATES.objected, label: "异议待处理" },
    { name: REVIEW_STATES.decided, label: "异议已处理", terminal: true },
  ],
  initial: REVIEW_STATES.assigned,
  // A plan's steps are its own court's: a 中院 reads its basic courts' reviews, takes none of them.
  ownCourtOnly: true,
  open: {
    action: REVIEW_ACTIONS.open,
    label: "抽取并分配评查人",
    who: OFFICE,
    whoText: "只有审管办可以抽取评查案件",
    opens: [{ assignee: { kind: "named", field: "reviewer" }, title: REVIEW_TASKS.score }],
    system: true,
  },
  transitions: [
    {
      from: REVIEW_STATES.assigned,
      action: REVIEW_ACTIONS.score,
      label: "提交评查结果",
      to: REVIEW_STATES.scored,
      who: { kind: "named", field: "reviewer" },
      whoText: "只有指定的评查人可以评查",
      system: true,
      closes: "all",
      opens: [{ assignee: { kind: "office" }, title: REVIEW_TASKS.verify }],
    },
    {
      from: REVIEW_STATES.scored,
      action: REVIEW_ACTIONS.verify,
      label: "复核通过，反馈承办法官",
      to: REVIEW_STATES.sent,
      who: OFFICE,
      whoText: "只有审管办可以复核",
      fields: [REVIEW_FIELDS.verifyNote, REVIEW_FIELDS.feedbackDue],
      system: true,
      closes: "all",
      opens: [
        { assignee: { kind: "case-judge" }, title: REVIEW_TASKS.feedback, due: { field: "feedbackDue" } },
      ],
    },
    {
      from: REVIEW_STATES.scored,
      action: REVIEW_ACTIONS.returnToReviewer,
      label: "退回重评",
      to: REVIEW_STATES.assigned,
      who: OFFICE,
      whoText: "只有审管办可以退回",
      fields: [REVIEW_FIELDS.returnNote],
      system: true,
      closes: "all",
      opens: [{ assignee: { kind: "named", field: "reviewer" }, title: REVIEW_TASKS.score }],
    },
    {
      from: REVIEW_STATES.sent,
      action: REVIEW_ACTIONS.accept,
      label: "确认评查结果",
      to: REVIEW_STATES.accepted,
      who: { kind: "case-judge" },
      whoText: "只有承办法官可以确认评查结果",
      fields: [REVIEW_FIELDS.acceptNote],
      system: true,
      closes: "all",
    },
    {
      from: REVIEW_STATES.sent,
      action: REVIEW_ACTIONS.object,
      label: "提出异议",
      to: REVIEW_STATES.objected,
      who: { kind: "case-judge" },
      whoText: "只有承办法官可以提出异议",
      fields: [REVIEW_FIELDS.objection, REVIEW_FIELDS.decisionDue],
      system: true,
      closes: "all",
      opens: [{ assignee: { kind: "office" }, title: REVIEW_TASKS.decide, due: { field: "decisionDue" } }],
    },
    {
      from: REVIEW_STATES.objected,
      action: REVIEW_ACTIONS.decide,
      label: "处理异议",
      to: REVIEW_STATES.decided,
      who: OFFICE,
      whoText: "只有审管办可以处理异议",
      fields: [
        REVIEW_FIELDS.outcome,
        REVIEW_FIELDS.decisionNote,
        REVIEW_FIELDS.reference,
        REVIEW_FIELDS.finalScore,
      ],
      system: true,
      closes: "all",
    },
  ],
};

export const RECTIFICATION_STATES = {
  open: "open",
  reported: "reported",
  returned: "returned",
  verified: "verified",
} as const;

export const RECTIFICATION_TASKS = { rectify: "整改评查问题", verify: "验收整改情况" } as const;

const DUE_ON: FieldSpec = { name: "dueOn", label: "整改期限", type: "date", required: true, notPast: true };

export const RECTIFICATION_KIND: WorkflowKind = {
  id: RECTIFICATION_KIND_ID,
  name: "评查整改",
  states: [
    { name: RECTIFICATION_STATES.open, label: "待整改" },
    { name: RECTIFICATION_STATES.reported, label: "待验收" },
    { name: RECTIFICATION_STATES.returned, label: "退回整改" },
    { name: RECTIFICATION_STATES.verified, label: "已验收", terminal: true },
  ],
  initial: RECTIFICATION_STATES.open,
  ownCourtOnly: true,
  open: {
    action: "open",
    label: "下达整改",
    who: OFFICE,
    whoText: "只有审管办可以下达整改",
    fields: [DUE_ON],
    opens: [
      { assignee: { kind: "case-judge" }, title: RECTIFICATION_TASKS.rectify, due: { field: "dueOn" } },
    ],
  },
  transitions: [
    {
      from: [RECTIFICATION_STATES.open, RECTIFICATION_STATES.returned],
      action: "report",
      label: "报告整改情况",
      to: RECTIFICATION_STATES.reported,
      who: { kind: "case-judge" },
      whoText: "只有承办法官可以报告整改情况",
      fields: [
        { name: "report", label: "整改情况", type: "text", required: true, minLength: 10, maxLength: 2000 },
      ],
      closes: "all",
      opens: [{ assignee: { kind: "office" }, title: RECTIFICATION_TASKS.verify }],
    },
    {
      from: RECTIFICATION_STATES.reported,
      action: "verify",
      label: "验收通过",
      to: RECTIFICATION_STATES.verified,
      who: OFFICE,
      whoText: "只有审管办可以验收整改",
      fields: [{ name: "note", label: "验收意见", type: "text", maxLength: 1000 }],
      closes: "all",
    },
    {
      from: RECTIFICATION_STATES.reported,
      action: "return",
      label: "退回整改",
      to: RECTIFICATION_STATES.returned,
      who: OFFICE,
      whoText: "只有审管办可以退回整改",
      fields: [
        { name: "note", label: "退回理由", type: "text", required: true, minLength: 5, maxLength: 1000 },
        DUE_ON,
      ],
      closes: "all",
      opens: [
        { assignee: { kind: "case-judge" }, title: RECTIFICATION_TASKS.rectify, due: { field: "dueOn" } },
      ],
    },
  ],
};

/** A rectification is open (owed by the judge) in these states; overdue past its 整改期限. */
export const RECTIFICATION_OPEN_STATES: readonly string[] = [
  RECTIFICATION_STATES.open,
  RECTIFICATION_STATES.returned,
];

export function isRectificationOverdue(state: string, dueOn: string | null, today: string): boolean {
  return RECTIFICATION_OPEN_STATES.includes(state) && dueOn !== null && dueOn < today;
}
