/** The alert list as an .xlsx workbook: the page asked for, or every alert matching the filters. */
import type { Db } from "../../db/connect.js";
import { SEVERITY_NAMES } from "../../domain/alerts/index.js";
import type { Actor } from "../../domain/auth/index.js";
import { type ListColumn, listWorkbook } from "../../io/list-xlsx.js";
import { type FileResult, xlsxFile } from "../shared/file.js";
import type { AlertRow } from "./alert-row.js";
import { type AlertPageQuery, listAlerts } from "./list-alerts.js";

const STATE_NAMES: Record<string, string> = { new: "未处理", acknowledged: "已确认", resolved: "已消除" };

const COLUMNS: ListColumn<AlertRow>[] = [
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

export async function exportAlerts(actor: Actor, handle: Db, q: AlertPageQuery): Promise<FileResult> {
  const result = await listAlerts(actor, handle, { ...q, all: q.page === undefined });
  return xlsxFile("预警清单.xlsx", await listWorkbook("预警清单", COLUMNS, result.rows));
}
