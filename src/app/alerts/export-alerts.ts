/**
 * The alert list as an .xlsx workbook: the page asked for, or every alert matching the filters.
 * Built by the export pool (off the event loop, read page by page, streamed).
 */
import type { Actor } from "../../domain/auth/index.js";
import type { ExportPool } from "../runtime/export-pool.js";
import { type StreamedFile, XLSX_TYPE } from "../shared/file.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";
import type { AlertPageQuery } from "./list-alerts.js";

export async function exportAlerts(
  actor: Actor,
  q: AlertPageQuery,
  exports: ExportPool,
  signal?: AbortSignal,
): Promise<StreamedFile> {
  mustAuthorize(actor, "view-alerts");
  const scope = scopeFilters(actor);
  const file = await exports.run(
    { kind: "alerts", title: "预警清单", scope, query: { ...q, all: q.page === undefined } },
    signal,
  );
  return { fileName: "预警清单.xlsx", mediaType: XLSX_TYPE, size: file.size, content: file.open() };
}
