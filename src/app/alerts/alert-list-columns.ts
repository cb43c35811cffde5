/** The columns of the exported alert list. */
import type { StoredAlert } from "../../db/alerts/mapper.js";
import { SEVERITY_NAMES } from "../../domain/alerts/index.js";
import type { ListColumn } from "../../io/list-xlsx.js";

const STATE_NAMES: Record<string, string> = { new: "未处理", acknowledged: "已确认", resolved: "已消除" };

export const ALERT_LIST_COLUMNS: ListColumn<StoredAlert>[] = [
  { header: "预警", value: (r) => r.title, width: 22 },
  { header: "级别", value: (r) => SEVERITY_NAMES[r.severity as keyof typeof SEVERITY_NAMES] ?? r.severity },
  { header: "案号", value: (r) => r.caseNumber, width: 28 },
  { header: "承办部门", value: (r) => r.division, width: 18 },
  { header: "承办人", value: (r) => r.judge },
  { header: "说明", value: (r) => r.reason, width: 60 },
  { header: "状态", value: (r) => STATE_NAMES[r.state] ?? r.state },
  { header: "处理意见", value: (r) => r.note, width: 30 },
  { header: "确认人", value: (r) => r.acknowledgedBy },
  { header: "基准日", value: (r) => r.asOf, width: 12 },
];
