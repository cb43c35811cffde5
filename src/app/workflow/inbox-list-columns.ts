/** The columns of an exported 我的待办 / 我发起的 / 已办 list. */
import type { ListColumn } from "../../io/list-xlsx.js";
import type { InboxRow } from "./inbox-row.js";

function daysLeftWords(r: InboxRow): string {
  const n = r.workingDaysLeft;
  if (n === null) return "";
  if (n < 0) return `逾期 ${-n} 个工作日`;
  return n === 0 ? "今日到期" : `剩余 ${n} 个工作日`;
}

export const INBOX_LIST_COLUMNS: ListColumn<InboxRow>[] = [
  { header: "事项类型", value: (r) => r.kindName, width: 16 },
  { header: "事项", value: (r) => r.title, width: 36 },
  { header: "状态", value: (r) => r.stateLabel },
  { header: "案号", value: (r) => r.caseNumber, width: 28 },
  { header: "承办部门", value: (r) => r.division, width: 18 },
  { header: "承办人", value: (r) => r.judge },
  { header: "待办事项", value: (r) => r.taskTitle, width: 18 },
  { header: "期限", value: (r) => r.dueOn, width: 12 },
  { header: "剩余工作日", value: daysLeftWords, width: 16 },
  { header: "发起人", value: (r) => r.initiator },
  { header: "发起日期", value: (r) => r.openedOn, width: 12 },
  { header: "最近办理", value: (r) => r.actedOn, width: 12 },
  { header: "办结日期", value: (r) => r.closedOn, width: 12 },
];
