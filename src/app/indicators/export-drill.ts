/**
 * A figure's case list as an .xlsx workbook: every case (or the page asked for). Built by the
 * export pool (off the event loop, read page by page, streamed).
 */
import type { Actor } from "../../domain/auth/index.js";
import type { ExportPool } from "../runtime/export-pool.js";
import { type StreamedFile, XLSX_TYPE } from "../shared/file.js";
import { type DrillQuery, drillSelection } from "./drill-down.js";

export async function exportDrill(
  actor: Actor,
  q: DrillQuery,
  exports: ExportPool,
  signal?: AbortSignal,
): Promise<StreamedFile> {
  const { selection, name } = drillSelection(actor, q);
  const title = `${name}（${q.part === "numerator" ? "分子" : "分母"}）${q.from} 至 ${q.to}${q.group ? ` ${q.group}` : ""}`;
  const file = await exports.run({ kind: "drill", title, selection }, signal);
  return { fileName: `${name}_明细.xlsx`, mediaType: XLSX_TYPE, size: file.size, content: file.open() };
}
