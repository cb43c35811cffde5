/**
 * 阅核 (sign-off before issue): the judge in charge submits the draft of a judgment or ruling; the
 * reviewer (the division's 庭长, or the 分管院领导 for a supervised case — a setting) reads it and may
 * only sign it off, send it back for 复议 with written reasons, or refer it to the 专业法官会议 or
 * the 审判委员会. Nobody but the judge touches the conclusion: only the judge's submit and resubmit
 * carry it.
 *
 * Basis: 《最高人民法院关于完善人民法院司法责任制的若干意见》（法发〔2015〕13号）: 院长、副院长、庭长
 * 对评议结果有异议的，不得直接改变合议庭的意见; the SPC's 阅核 practice since 2023 (院庭长不同意的，
 * 不能直接调整、改变，可以建议复议、提请专业法官会议讨论、报请院领导提交审委会讨论) — no published
 * document number is at hand for it, so its details are the court's settings (settings.ts).
 *
 * A second 复议 on the same point is not returned again: it escalates as the court's setting says
 * (提请审委会, 提交专业法官会议, or 报分管院领导阅核). The use case that opens the matter names the
 * one person who may escalate, in the data field of the chosen way (escalateCommittee …), so the
 * reviewer is offered exactly the escalation the setting allows.
 */
import type { FieldSpec, Transition, Who, WorkflowKind } from "../workflow/types.js";

export const SIGN_OFF_KIND_ID = "sign-off";

/** The kinds of document sent for 阅核. */
export const SIGN_OFF_DOCUMENT_TYPES = ["判决书", "裁定书", "调解书", "决定书", "其他裁判文书"] as const;

/** What a 复议 is about: the reviewer names it, so a second return on the same point is seen. */
export const RETURN_POINTS = [
  "事实认定",
  "证据采信",
  "法律适用",
  "裁判结果",
  "诉讼程序",
  "文书表述",
  "其他",
] as const;

/** The title of the reviewer's task and of the judge's. */
export const REVIEW_TASK = "阅核裁判文书";
export const ANSWER_TASK = "答复复议意见并重新提交阅核";

const reviewer: Who = { kind: "named", field: "reviewer" };
const leader: Who = { kind: "named", field: "leader" };
const judge: Who = { kind: "case-judge" };

const REVIEWER_ONLY = "只有阅核人可以";
const LEADER_ONLY = "只有分管院领导可以";

const conclusionField: FieldSpec = {
  name: "conclusion",
  label: "裁判结论摘要",
  type: "text",
  required: true,
  minLength: 2,
  maxLength: 2000,
};

const opinion: FieldSpec = { name: "note", label: "阅核意见", type: "text", maxLength: 1000 };
const returnFields: readonly FieldSpec[] = [
  { name: "point", label: "复议问题类别", type: "choice", required: true, options: RETURN_POINTS },
  { name: "note", label: "退回理由", type: "text", required: true, minLength: 10, maxLength: 2000 },
];
const referFields: readonly FieldSpec[] = [
  { name: "note", label: "提请理由", type: "text", required: true, minLength: 10, maxLength: 2000 },
];

const reviewTask = {
  assignee: { kind: "named", field: "reviewer" },
  title: REVIEW_TASK,
  due: { workingDaysSetting: "signOffWaitWorkingDays" },
} as const;
const leaderTask = {
  assignee: { kind: "named", field: "leader" },
  title: REVIEW_TASK,
  due: { workingDaysSetting: "signOffWaitWorkingDays" },
} as const;

/** The reviewer's four choices, from a state the reviewer holds. */
function reviewerSteps(from: readonly string[], who: Who, whoPrefix: string): Transition[] {
  return [
    {
      from,
      action: "sign-off",
      label: "阅核同意",
      to: "signed-off",
      who,
      whoText: `${whoPrefix}阅核同意`,
      fields: [opinion],
    },
    {
      from,
      action: "refer-meeting",
      label: "提交专业法官会议",
      to: "referred-meeting",
      who,
      whoText: `${whoPrefix}提交专业法官会议讨论`,
      fields: referFields,
    },
    {
      from,
      action: "refer-committee",
      label: "提请审委会讨论",
      to: "referred-committee",
      who,
      whoText: `${whoPrefix}提请审判委员会讨论`,
      fields: referFields,
    },
  ];
}

export const SIGN_OFF_KIND: WorkflowKind = {
  id: SIGN_OFF_KIND_ID,
  name: "阅核",
  states: [
    { name: "submitted", label: "待阅核" },
    { name: "returned", label: "退回复议" },
    { name: "resubmitted", label: "复议后待阅核" },
    { name: "leader-review", label: "待分管院领导阅核" },
    { name: "signed-off", label: "阅核同意", terminal: true },
    { name: "referred-meeting", label: "已提交专业法官会议", terminal: true },
    { name: "referred-committee", label: "已提请审委会讨论", terminal: true },
  ],
  initial: "submitted",
  open: {
    action: "submit",
    label: "提交阅核",
    who: judge,
    whoText: "只有本案承办法官可以提交阅核",
    fields: [
      {
        name: "documentType",
        label: "文书类型",
        type: "choice",
        required: true,
        options: SIGN_OFF_DOCUMENT_TYPES,
      },
      {
        name: "documentTitle",
        label: "文书标题",
        type: "text",
        required: true,
        minLength: 2,
        maxLength: 100,
      },
      conclusionField,
      { name: "fileId", label: "文书文件", type: "number", required: true },
    ],
    opens: [reviewTask],
  },
  transitions: [
    ...reviewerSteps(["submitted", "resubmitted"], reviewer, REVIEWER_ONLY),
    {
      from: ["submitted", "resubmitted"],
      action: "return",
      label: "退回复议",
      to: "returned",
      who: reviewer,
      whoText: `${REVIEWER_ONLY}退回复议`,
      fields: returnFields,
      opens: [{ assignee: { kind: "case-judge" }, title: ANSWER_TASK }],
    },
    {
      from: "returned",
      action: "resubmit",
      label: "答复并重新提交",
      to: "resubmitted",
      who: judge,
      whoText: "只有本案承办法官可以答复复议意见并重新提交",
      fields: [
        { name: "note", label: "复议答复", type: "text", required: true, minLength: 10, maxLength: 2000 },
        conclusionField,
        { name: "fileId", label: "修改后的文书文件", type: "number" },
      ],
      opens: [reviewTask],
    },
    // A second 复议 on the same point: escalated the one way the court's setting names.
    {
      from: "resubmitted",
      action: "escalate-committee",
      label: "同一问题再次复议：提请审委会讨论",
      to: "referred-committee",
      who: { kind: "named", field: "escalateCommittee" },
      whoText: "同一问题再次复议的，按本院设置由阅核人提请审委会讨论",
      fields: returnFields,
    },
    {
      from: "resubmitted",
      action: "escalate-meeting",
      label: "同一问题再次复议：提交专业法官会议",
      to: "referred-meeting",
      who: { kind: "named", field: "escalateMeeting" },
      whoText: "同一问题再次复议的，按本院设置由阅核人提交专业法官会议讨论",
      fields: returnFields,
    },
    {
      from: "resubmitted",
      action: "escalate-leader",
      label: "同一问题再次复议：报分管院领导阅核",
      to: "leader-review",
      who: { kind: "named", field: "escalateLeader" },
      whoText: "同一问题再次复议的，按本院设置由阅核人报分管院领导阅核",
      fields: returnFields,
      opens: [leaderTask],
    },
    ...reviewerSteps(["leader-review"], leader, LEADER_ONLY),
  ],
};

/** The reviewer's actions: what the statistics count as signed off, returned and escalated. */
export const SIGNED_OFF_STATES = ["signed-off"] as const;
export const ESCALATED_STATES = ["referred-meeting", "referred-committee", "leader-review"] as const;
export const WAITING_STATES = ["submitted", "resubmitted", "leader-review"] as const;

/** The one field that names who may escalate, by the court's setting. */
export function escalationField(way: "committee" | "meeting" | "leader"): string {
  return way === "committee" ? "escalateCommittee" : way === "meeting" ? "escalateMeeting" : "escalateLeader";
}
