/**
 * 四类案件监管 as a workflow kind (data for the engine in ../workflow): a case is a candidate
 * (identified by the rule library, or 提请标注 by hand), then 确认 by the division's chief or the
 * 审管办 (with reason) — or 撤销 (with reason) — then under supervision, where 院庭长 take the
 * supervision measures (each a task for the case's judge, with an optional due date), until the
 * case closes (a system step, the outcome recorded).
 *
 * Basis: 《最高人民法院关于完善人民法院司法责任制的若干意见》(法发〔2015〕13号) art. 24 (院长、
 * 副院长、庭长 may require the judge or panel to report the case's progress and the deliberation);
 * 《最高人民法院关于进一步完善“四类案件”监督管理工作机制的指导意见》(法发〔2021〕30号) on
 * identification, the measures and 全程留痕. The list of measures follows that guidance and the
 * practice of courts' 四类案件 systems; the article of each measure is not cited here (text not at
 * hand).
 */
import { ROLES } from "../auth/roles.js";
import type { FieldSpec, Transition, Who, WorkflowKind } from "../workflow/types.js";
import { SUPERVISION_CATEGORIES, SUPERVISION_CATEGORY_SHORT } from "./supervised-rules.js";

export const SUPERVISED_CASE_KIND_ID = "supervised-case";

/** Who confirms or revokes: the division's chief, or the 审管办. */
const CHIEF_OR_OFFICE: Who = {
  kind: "any",
  of: [{ kind: "division-chief" }, { kind: "role", roles: ["office"] }],
};
const CHIEF_OR_OFFICE_TEXT = "只有本庭庭长或审判管理办公室可以确认或撤销四类案件标注";

/** Who takes supervision measures: 院庭长 and the 审管办. */
const SUPERVISORS: Who = {
  kind: "any",
  of: [
    { kind: "division-chief" },
    { kind: "court-leader" },
    { kind: "role", roles: ["office", "president"] },
  ],
};
const SUPERVISORS_TEXT = "只有院领导、本庭庭长或审判管理办公室可以采取监督管理措施";

const REASON: FieldSpec = {
  name: "note",
  label: "理由",
  type: "text",
  required: true,
  minLength: 10,
  maxLength: 1000,
};

export const CATEGORY_OPTIONS: readonly string[] = SUPERVISION_CATEGORIES.map(
  (c) => SUPERVISION_CATEGORY_SHORT[c],
);

/** The supervision measures: action id, Chinese label, the task title the judge sees. */
export const SUPERVISION_MEASURES = [
  { action: "request-report", label: "要求报告进展", task: "按四类案件监管要求报告案件进展" },
  { action: "read-file", label: "调阅卷宗", task: "按四类案件监管要求提交卷宗" },
  { action: "attend-hearing", label: "旁听庭审", task: "告知庭审安排（院庭长旁听）" },
  { action: "similar-case-search", label: "要求类案检索", task: "完成类案检索并提交报告" },
  { action: "suggest-reconsider", label: "建议复议", task: "对院庭长复议建议作出处理" },
  { action: "judges-meeting", label: "提交专业法官会议", task: "提交专业法官会议讨论" },
  { action: "committee", label: "提请审委会", task: "准备提请审判委员会讨论的材料" },
] as const;
export type SupervisionMeasure = (typeof SUPERVISION_MEASURES)[number]["action"];

const measureTransitions: Transition[] = SUPERVISION_MEASURES.map((m) => ({
  from: "supervised",
  action: m.action,
  label: m.label,
  to: "supervised",
  who: SUPERVISORS,
  whoText: SUPERVISORS_TEXT,
  fields: [
    { name: "note", label: "要求", type: "text", required: true, minLength: 2, maxLength: 1000 },
    { name: `${m.action}DueOn`, label: "完成期限", type: "date", notPast: true },
  ],
  opens: [{ assignee: { kind: "case-judge" }, title: m.task, due: { field: `${m.action}DueOn` } }],
  closes: "none",
}));

export const SUPERVISED_CASE_KIND: WorkflowKind = {
  id: SUPERVISED_CASE_KIND_ID,
  name: "四类案件监管",
  states: [
    { name: "candidate", label: "待确认" },
    { name: "supervised", label: "监管中" },
    { name: "closed", label: "已结束", terminal: true },
    { name: "revoked", label: "已撤销", terminal: true },
  ],
  initial: "candidate",
  open: {
    action: "mark",
    label: "提请标注",
    // Anyone who may see the case (the use case checks the case's view policy first).
    who: { kind: "role", roles: ROLES },
    whoText: "无权提请标注四类案件",
    fields: [
      { name: "category", label: "类别", type: "choice", required: true, options: CATEGORY_OPTIONS },
      REASON,
    ],
    opens: [{ assignee: { kind: "division-chief" }, title: "甄别四类案件标注" }],
  },
  transitions: [
    {
      from: "candidate",
      action: "confirm",
      label: "确认",
      to: "supervised",
      who: CHIEF_OR_OFFICE,
      whoText: CHIEF_OR_OFFICE_TEXT,
      fields: [REASON],
    },
    {
      from: ["candidate", "supervised"],
      action: "revoke",
      label: "撤销标注",
      to: "revoked",
      who: CHIEF_OR_OFFICE,
      whoText: CHIEF_OR_OFFICE_TEXT,
      fields: [REASON],
    },
    ...measureTransitions,
    {
      from: "supervised",
      action: "report",
      label: "报告办理情况",
      to: "supervised",
      who: { kind: "case-judge" },
      whoText: "只有本案承办法官可以报告办理情况",
      fields: [
        { name: "note", label: "办理情况", type: "text", required: true, minLength: 2, maxLength: 2000 },
      ],
      closes: SUPERVISION_MEASURES.map((m) => m.task),
    },
    {
      from: "supervised",
      action: "close-with-case",
      label: "随案件审结结束监管",
      to: "closed",
      who: { kind: "role", roles: ROLES },
      whoText: "由系统在案件审结后自动办理",
      fields: [
        { name: "note", label: "说明", type: "text" },
        { name: "closedOn", label: "结案日期", type: "date", required: true },
        { name: "closureMode", label: "结案方式", type: "text" },
      ],
      system: true,
    },
    {
      from: "candidate",
      action: "lapse-with-case",
      label: "案件已审结，候选失效",
      to: "revoked",
      who: { kind: "role", roles: ROLES },
      whoText: "由系统在案件审结后自动办理",
      fields: [
        { name: "note", label: "说明", type: "text" },
        { name: "closedOn", label: "结案日期", type: "date", required: true },
        { name: "closureMode", label: "结案方式", type: "text" },
      ],
      system: true,
    },
  ],
};
