/** The panel as an .xlsx workbook (the figures, and a 口径 sheet with every indicator's counting rule). */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import type { IndicatorPanel } from "../../domain/indicators/index.js";
import { indicatorWorkbook, writeIndicatorWorkbook } from "../../io/indicator-xlsx.js";
import type { ResultCache } from "../runtime/result-cache.js";
import { type FileResult, xlsxFile } from "../shared/file.js";
import { cachedPanel } from "./cached-panel.js";
import type { IndicatorQuery } from "./compute-indicators.js";

export async function exportIndicators(
  actor: Actor,
  handle: Db,
  q: IndicatorQuery,
  cache: ResultCache,
): Promise<FileResult> {
  const p = await cachedPanel(cache, actor, handle, q);
  const wb = await indicatorWorkbook(p);
  return xlsxFile(`质效指标_${p.from}_${p.to}.xlsx`, await wb.xlsx.writeBuffer());
}

/** Writes a computed panel to an .xlsx file (the command line's --xlsx). */
export async function saveIndicatorWorkbook(panel: IndicatorPanel, path: string): Promise<void> {
  await writeIndicatorWorkbook(panel, path);
}
