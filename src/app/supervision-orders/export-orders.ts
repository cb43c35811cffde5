/** The 督办单 list as an .xlsx workbook, built by the export pool (like the alert list). */
import type { Actor } from "../../domain/auth/index.js";
import type { ExportPool } from "../runtime/export-pool.js";
import { type StreamedFile, XLSX_TYPE } from "../shared/file.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";
import { type OrderListQuery, orderPageQuery } from "./list-orders.js";

export async function exportOrders(
  actor: Actor,
  q: OrderListQuery,
  today: string,
  exports: ExportPool,
  signal?: AbortSignal,
): Promise<StreamedFile> {
  mustAuthorize(actor, "view-alerts");
  const query = { ...orderPageQuery(actor, q, today), all: q.page === undefined };
  const file = await exports.run(
    { kind: "orders", title: "督办单清单", scope: scopeFilters(actor), query },
    signal,
  );
  return { fileName: "督办单清单.xlsx", mediaType: XLSX_TYPE, size: file.size, content: file.open() };
}
