/**
 * The columns of the import format (docs/import-format.md): 案件 (cases) and 审限变更
 * (time-limit events). Headers are the Chinese names; the English key is accepted too and is the
 * field name in JSON.
 */

export interface ColumnSpec {
  /** English key, the field name in JSON and in CaseRow/EventRow. */
  key: string;
  /** Chinese header as the court's export writes it. */
  header: string;
  /** Other headers seen in court exports. */
  aliases?: string[];
  required: boolean;
}

export const CASE_SHEET = "案件";
export const EVENT_SHEET = "审限变更";
export const APPRAISAL_SHEET = "鉴定";

export const CASE_COLUMNS = [
  { key: "caseNumber", header: "案号", required: true },
  { key: "cause", header: "案由", required: false },
  { key: "filedOn", header: "立案日期", aliases: ["收案日期", "立案时间"], required: true },
  { key: "procedure", header: "审理程序", aliases: ["适用程序"], required: false },
  { key: "division", header: "承办部门", aliases: ["承办庭室", "承办庭"], required: true },
  { key: "judge", header: "承办人", aliases: ["承办法官"], required: true },
  { key: "closedOn", header: "结案日期", aliases: ["结案时间"], required: false },
  { key: "closureMode", header: "结案方式", required: false },
  { key: "amount", header: "标的额", aliases: ["诉讼标的额", "标的金额"], required: false },
  { key: "plaintiffs", header: "原告", aliases: ["申请人", "申请执行人", "公诉机关"], required: false },
  { key: "defendants", header: "被告", aliases: ["被申请人", "被执行人", "被告人"], required: false },
  { key: "enterprise", header: "涉企", required: false },
  { key: "appealed", header: "上诉", required: false },
  { key: "appealOutcome", header: "二审结果", required: false },
  { key: "appealClosedOn", header: "二审结案日期", required: false },
  { key: "enforcementApplied", header: "申请执行", required: false },
  { key: "recoveredAmount", header: "执行到位金额", required: false },
  { key: "archivedOn", header: "归档日期", required: false },
  { key: "originCaseNumber", header: "原审案号", aliases: ["原案号", "一审案号"], required: false },
  { key: "effectiveOn", header: "生效日期", required: false },
  { key: "foreignRelated", header: "涉外", aliases: ["涉外因素", "涉港澳台"], required: false },
  { key: "counterclaim", header: "反诉", aliases: ["有反诉"], required: false },
  {
    key: "smallClaimsConsent",
    header: "约定适用小额诉讼",
    aliases: ["双方约定适用小额诉讼", "当事人约定适用小额诉讼"],
    required: false,
  },
] as const satisfies readonly ColumnSpec[];

export const EVENT_COLUMNS = [
  { key: "caseNumber", header: "案号", required: true },
  { key: "kind", header: "事项", aliases: ["变更事项", "审限变更类型"], required: true },
  { key: "reason", header: "原因", aliases: ["扣除原因"], required: false },
  { key: "from", header: "开始日期", aliases: ["批准日期", "决定日期"], required: true },
  { key: "to", header: "结束日期", required: false },
  { key: "length", header: "期限", aliases: ["延长期限"], required: false },
  { key: "newProcedure", header: "新程序", aliases: ["转换后程序"], required: false },
  { key: "priorDivision", header: "原部门", aliases: ["原承办部门"], required: false },
  { key: "newDivision", header: "新部门", aliases: ["新承办部门", "变更后部门"], required: false },
  { key: "approvedBy", header: "批准人", required: false },
  { key: "note", header: "说明", aliases: ["备注"], required: false },
] as const satisfies readonly ColumnSpec[];

/** 鉴定 (appraisals): the 诉前鉴定 register (docs/appraisals.md). */
export const APPRAISAL_COLUMNS = [
  { key: "caseNumber", header: "案号", aliases: ["诉前调案号", "诉前调解案号"], required: true },
  { key: "stage", header: "阶段", aliases: ["鉴定阶段"], required: true },
  { key: "kind", header: "鉴定类型", aliases: ["鉴定种类", "鉴定事项"], required: true },
  { key: "commissionedOn", header: "委托日期", aliases: ["委托鉴定日期", "鉴定委托日期"], required: true },
  { key: "institution", header: "鉴定机构", required: false },
  { key: "completedOn", header: "完成日期", aliases: ["鉴定完成日期", "出具意见日期"], required: false },
  { key: "extensionApproved", header: "延长鉴定时限", aliases: ["经批准延长"], required: false },
] as const satisfies readonly ColumnSpec[];

export type AppraisalColumnKey = (typeof APPRAISAL_COLUMNS)[number]["key"];

export type CaseColumnKey = (typeof CASE_COLUMNS)[number]["key"];
export type EventColumnKey = (typeof EVENT_COLUMNS)[number]["key"];

/** A raw cell as a reader delivers it: text, a number, an Excel date, or empty. */
export type RawCell = string | number | boolean | Date | null;

/** One row of either sheet, by English key, before validation. */
export type RawRow<K extends string> = Partial<Record<K, RawCell>>;
