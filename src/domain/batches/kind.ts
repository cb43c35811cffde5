/**
 * 并案审理建议 (a proposal to try a group of cases together) as a workflow kind: 审管办 or a judge
 * proposes a group found by the 并案审理 candidates (group.ts) to the chief (庭长) of the group's main
 * division, who agrees (同意并案, naming the judge who will try the cases) or refuses (不予并案, with
 * reasons); whoever proposed may withdraw it while it waits. The matter links every case of the group.
 *
 * Basis (BATCH_BASIS): 《中华人民共和国民事诉讼法》（2023年修正）第五十五条第一款 — 诉讼标的是同一种类、
 * 人民法院认为可以合并审理并经当事人同意的，为共同诉讼; 《最高人民法院关于适用〈中华人民共和国民事
 * 诉讼法〉的解释》第二百二十一条 — 基于同一事实发生的纠纷，当事人分别向同一人民法院起诉的，人民法院
 * 可以合并审理; and the court's own work plan (物业服务合同、信用卡纠纷等案件并案审理).
 */
import type { FieldSpec, Who, WorkflowKind } from "../workflow/types.js";

export const BATCH_TRIAL_KIND_ID = "batch-trial";

/** The bases a proposal cites (shown on the page and in the proposal's data). */
export const BATCH_BASIS: readonly string[] = [
  "《中华人民共和国民事诉讼法》（2023年修正）第五十五条第一款：当事人一方或者双方为二人以上，其诉讼标的是共同的，或者诉讼标的是同一种类、人民法院认为可以合并审理并经当事人同意的，为共同诉讼。",
  "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百二十一条：基于同一事实发生的纠纷，当事人分别向同一人民法院起诉的，人民法院可以合并审理。",
  "本院工作安排：对物业服务合同纠纷、信用卡纠纷等系列案件推行并案审理。",
];

export const BATCH_TRIAL_STATES = {
  proposed: "proposed",
  approved: "approved",
  rejected: "rejected",
  withdrawn: "withdrawn",
} as const;

export const BATCH_TRIAL_TASK = "审批并案审理建议";

const PROPOSERS: Who = { kind: "role", roles: ["office", "admin", "judge"] };

export const BATCH_TRIAL_FIELDS = {
  reason: {
    name: "reason",
    label: "提议理由",
    type: "text",
    required: true,
    minLength: 5,
    maxLength: 2000,
  },
  summary: { name: "summary", label: "系列案件概况", type: "text", maxLength: 4000 },
  basis: { name: "basis", label: "依据", type: "text", maxLength: 2000 },
  trialJudge: {
    name: "trialJudge",
    label: "承办法官",
    type: "text",
    required: true,
    minLength: 2,
    maxLength: 50,
  },
  approveNote: { name: "note", label: "审批意见", type: "text", maxLength: 2000 },
  rejectNote: {
    name: "note",
    label: "不予并案的理由",
    type: "text",
    required: true,
    minLength: 5,
    maxLength: 2000,
  },
  withdrawNote: { name: "note", label: "撤回说明", type: "text", maxLength: 500 },
} as const satisfies Record<string, FieldSpec>;

const CHIEF_TEXT = "只有该组案件主要承办部门的庭长可以审批并案审理建议";

export const BATCH_TRIAL_KIND: WorkflowKind = {
  id: BATCH_TRIAL_KIND_ID,
  name: "并案审理建议",
  states: [
    { name: BATCH_TRIAL_STATES.proposed, label: "待庭长审批" },
    { name: BATCH_TRIAL_STATES.approved, label: "同意并案", terminal: true },
    { name: BATCH_TRIAL_STATES.rejected, label: "不予并案", terminal: true },
    { name: BATCH_TRIAL_STATES.withdrawn, label: "已撤回", terminal: true },
  ],
  initial: BATCH_TRIAL_STATES.proposed,
  open: {
    action: "propose",
    label: "提议并案审理",
    who: PROPOSERS,
    whoText: "只有审管办或法官可以提议并案审理",
    // summary and basis are written by the proposing use case from the group (not typed).
    fields: [BATCH_TRIAL_FIELDS.reason, BATCH_TRIAL_FIELDS.summary, BATCH_TRIAL_FIELDS.basis],
    opens: [{ assignee: { kind: "division-chief" }, title: BATCH_TRIAL_TASK }],
  },
  transitions: [
    {
      from: BATCH_TRIAL_STATES.proposed,
      action: "approve",
      label: "同意并案",
      to: BATCH_TRIAL_STATES.approved,
      who: { kind: "division-chief" },
      whoText: CHIEF_TEXT,
      fields: [BATCH_TRIAL_FIELDS.trialJudge, BATCH_TRIAL_FIELDS.approveNote],
    },
    {
      from: BATCH_TRIAL_STATES.proposed,
      action: "reject",
      label: "不予并案",
      to: BATCH_TRIAL_STATES.rejected,
      who: { kind: "division-chief" },
      whoText: CHIEF_TEXT,
      fields: [BATCH_TRIAL_FIELDS.rejectNote],
    },
    {
      from: BATCH_TRIAL_STATES.proposed,
      action: "withdraw",
      label: "撤回建议",
      to: BATCH_TRIAL_STATES.withdrawn,
      who: { kind: "initiator" },
      whoText: "只有提议人可以撤回并案审理建议",
      fields: [BATCH_TRIAL_FIELDS.withdrawNote],
    },
  ],
};

/** Is a proposal still waiting for the chief? */
export function batchProposalOpen(state: string): boolean {
  return state === BATCH_TRIAL_STATES.proposed;
}

/** The Chinese label of a state. */
export function batchTrialStateLabel(state: string): string {
  return BATCH_TRIAL_KIND.states.find((s) => s.name === state)?.label ?? state;
}
