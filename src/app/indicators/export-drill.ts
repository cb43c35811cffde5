/** A figure's case list as an .xlsx workbook: every case (or the page asked for). */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { indicatorById } from "../../domain/indicators/index.js";
import { listWorkbook } from "../../io/list-xlsx.js";
import { CASE_LIST_COLUMNS } from "../cases/case-list-columns.js";
import { type FileResult, xlsxFile } from "../shared/file.js";
import { type DrillQuery, drillDown } from "./drill-down.js";

export async function exportDrill(actor: Actor, handle: Db, q: DrillQuery): Promise<FileResult> {
  const result = await drillDown(actor, handle, q);
  const def = indicatorById(q.indicator);
  const title = `${def?.name ?? q.indicator}（${q.part === "numerator" ? "分子" : "分母"}）${q.from} 至 ${q.to}${q.group ? ` ${q.group}` : ""}`;
  return xlsxFile(
    `${def?.name ?? q.indicator}_明细.xlsx`,
    await listWorkbook(title, CASE_LIST_COLUMNS, result.rows),
  );
}
