/** The columns of the exported 督办单 list. */
import type { StoredOrder } from "../../db/supervision-orders/mapper.js";
import type { ListColumn } from "../../io/list-xlsx.js";
import { orderRow } from "./order-row.js";

export function orderListColumns(today: string): ListColumn<StoredOrder>[] {
  const row = (o: StoredOrder) => orderRow(o, today);
  return [
    { header: "编号", value: (o) => o.id },
    { header: "督办事项", value: (o) => o.title, width: 36 },
    { header: "状态", value: (o) => row(o).stateLabel, width: 14 },
    { header: "是否逾期", value: (o) => (row(o).overdue ? "逾期" : "") },
    { header: "承办部门", value: (o) => o.division, width: 18 },
    { header: "承办人", value: (o) => o.judge },
    { header: "案号", value: (o) => o.caseNumber, width: 28 },
    { header: "预警数", value: (o) => o.alertCount },
    { header: "案件数", value: (o) => o.caseCount },
    { header: "督办要求", value: (o) => row(o).request, width: 40 },
    { header: "答复期限", value: (o) => row(o).replyDue, width: 12 },
    { header: "情况说明", value: (o) => row(o).explanation, width: 40 },
    { header: "已采取的措施", value: (o) => row(o).measures.join("、"), width: 20 },
    { header: "发起人", value: (o) => o.initiator },
    { header: "发起日", value: (o) => o.openedOn, width: 12 },
    { header: "销号日", value: (o) => o.closedOn, width: 12 },
  ];
}
