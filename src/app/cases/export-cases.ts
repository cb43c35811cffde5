/**
 * The case search as an .xlsx workbook (up to 1,000 rows a page, as on screen). Built by the
 * export pool (off the event loop, read page by page, streamed).
 */
import type { Actor } from "../../domain/auth/index.js";
import type { ExportPool } from "../runtime/export-pool.js";
import { type StreamedFile, XLSX_TYPE } from "../shared/file.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";
import type { CaseListQuery } from "./list-cases.js";

export async function exportCases(
  actor: Actor,
  query: CaseListQuery,
  exports: ExportPool,
  signal?: AbortSignal,
): Promise<StreamedFile> {
  mustAuthorize(actor, "view-cases");
  const search = {
    ...query,
    pageSize: query.pageSize ?? 1000,
    filters: [...scopeFilters(actor), ...(query.filters ?? [])],
  };
  const file = await exports.run({ kind: "cases", title: "案件列表", search }, signal);
  return { fileName: "案件列表.xlsx", mediaType: XLSX_TYPE, size: file.size, content: file.open() };
}
