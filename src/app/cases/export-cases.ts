/** The case search as an .xlsx workbook (up to 1,000 rows a page, as on screen). */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { listWorkbook } from "../../io/list-xlsx.js";
import { type FileResult, xlsxFile } from "../shared/file.js";
import { CASE_LIST_COLUMNS } from "./case-list-columns.js";
import { type CaseListQuery, listCases } from "./list-cases.js";

export async function exportCases(actor: Actor, handle: Db, query: CaseListQuery): Promise<FileResult> {
  const result = await listCases(actor, handle, { ...query, pageSize: query.pageSize ?? 1000 });
  return xlsxFile("案件列表.xlsx", await listWorkbook("案件列表", CASE_LIST_COLUMNS, result.rows));
}
