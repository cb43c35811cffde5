/** The columns of every exported case list (case search, a figure's drill-down). */
import type { CaseListRow } from "../../db/cases/case-list-row.js";
import type { ListColumn } from "../../io/list-xlsx.js";

export const CASE_LIST_COLUMNS: ListColumn<CaseListRow>[] = [
  { header: "案号", value: (r) => r.caseNumber, width: 28 },
  { header: "承办部门", value: (r) => r.division, width: 18 },
  { header: "承办人", value: (r) => r.judge },
  { header: "案由", value: (r) => r.cause, width: 22 },
  { header: "审理程序", value: (r) => r.procedure, width: 14 },
  { header: "立案日期", value: (r) => r.filedOn, width: 12 },
  { header: "结案日期", value: (r) => r.closedOn, width: 12 },
  { header: "结案方式", value: (r) => r.closureMode, width: 14 },
  { header: "审限届满日", value: (r) => r.deadline, width: 12 },
  { header: "剩余天数", value: (r) => r.daysLeft },
  { header: "审理天数", value: (r) => r.durationDays ?? r.naturalDays },
  { header: "延长次数", value: (r) => r.extensionCount },
  { header: "扣除天数", value: (r) => r.excludedDays },
  { header: "二审结果", value: (r) => r.appealOutcome },
];
