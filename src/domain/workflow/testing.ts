/** A small workflow kind for the engine's tests (not registered with the application). */
import type { WorkflowKind } from "./types.js";

/** 请示: the judge asks, the division chief approves or returns; the judge may withdraw. */
export const TEST_REQUEST_KIND: WorkflowKind = {
  id: "test-request",
  name: "请示",
  states: [
    { name: "asked", label: "待审批" },
    { name: "returned", label: "已退回" },
    { name: "approved", label: "已同意", terminal: true },
    { name: "withdrawn", label: "已撤回", terminal: true },
  ],
  initial: "asked",
  open: {
    action: "ask",
    label: "提出请示",
    who: { kind: "case-judge" },
    whoText: "只有承办法官可以提出请示",
    fields: [
      { name: "note", label: "请示事项", type: "text", required: true, minLength: 10 },
      { name: "replyBy", label: "答复期限", type: "date", notPast: true },
    ],
    opens: [{ assignee: { kind: "division-chief" }, title: "审批请示", due: { workingDays: 3 } }],
  },
  transitions: [
    {
      from: "asked",
      action: "approve",
      label: "同意",
      to: "approved",
      who: { kind: "division-chief" },
      whoText: "只有本庭庭长可以审批",
    },
    {
      from: "asked",
      action: "return",
      label: "退回",
      to: "returned",
      who: { kind: "division-chief" },
      whoText: "只有本庭庭长可以审批",
      fields: [{ name: "note", label: "退回理由", type: "text", required: true, minLength: 10 }],
      opens: [{ assignee: { kind: "case-judge" }, title: "补充请示", due: { field: "replyBy" } }],
    },
    {
      from: "returned",
      action: "ask-again",
      label: "再次请示",
      to: "asked",
      who: { kind: "case-judge" },
      whoText: "只有承办法官可以再次请示",
      fields: [
        { name: "measures", label: "已采取的措施", type: "choices", options: ["已补充材料", "已类案检索"] },
      ],
      opens: [
        {
          assignee: { kind: "division-chief" },
          title: "审批请示",
          due: { workingDaysSetting: "reviewDays" },
        },
      ],
    },
    {
      from: ["asked", "returned"],
      action: "withdraw",
      label: "撤回",
      to: "withdrawn",
      who: { kind: "any", of: [{ kind: "case-judge" }, { kind: "initiator" }] },
      whoText: "只有承办法官可以撤回请示",
    },
    {
      from: "asked",
      action: "expire",
      label: "逾期自动退回",
      to: "returned",
      who: { kind: "role", roles: [] },
      whoText: "由系统办理",
      system: true,
    },
  ],
};
