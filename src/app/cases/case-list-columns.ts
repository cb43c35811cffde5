/**
 * The columns of every exported case list (case search, a figure's drill-down), in the screens'
 * order: the case, then how urgent it is (审限状态, 剩余/超期天数 — "已超 128 天", never "-128"),
 * then the rest.
 */
import type { CaseListRow } from "../../db/cases/case-list-row.js";
import { daysLeftText } from "../../domain/bulletin/dates.js";
import { STATUS_NAMES, type TimeLimitStatus } from "../../domain/time-limit/index.js";
import type { ListColumn } from "../../io/list-xlsx.js";

export const CASE_LIST_COLUMNS: ListColumn<CaseListRow>[] = [
  { header: "案号", value: (r) => r.caseNumber, width: 28 },
  { header: "审限状态", value: (r) => STATUS_NAMES[r.status as TimeLimitStatus] ?? r.status, width: 12 },
  { header: "剩余/超期天数", value: (r) => daysLeftText(r.daysLeft) || null, width: 14 },
  { header: "承办部门", value: (r) => r.division, width: 18 },
  { header: "承办人", value: (r) => r.judge },
  { header: "案由", value: (r) => r.cause, width: 22 },
  { header: "审理程序", value: (r) => r.procedure, width: 14 },
  { header: "立案日期", value: (r) => r.filedOn, width: 12 },
  { header: "结案日期", value: (r) => r.closedOn, width: 12 },
  { header: "结案方式", value: (r) => r.closureMode, width: 14 },
  { header: "审限届满日", value: (r) => r.deadline, width: 12 },
  { header: "审理天数", value: (r) => r.durationDays ?? r.naturalDays },
  { header: "延长次数", value: (r) => r.extensionCount },
  { header: "扣除天数", value: (r) => r.excludedDays },
  { header: "二审结果", value: (r) => r.appealOutcome },
];
