/** 考核结果 as an .xlsx workbook: the scores, and the scheme on its own sheet. */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { assessmentWorkbook } from "../../io/assessment-xlsx.js";
import type { ResultCache } from "../runtime/result-cache.js";
import { type FileResult, xlsxFile } from "../shared/file.js";
import { type AssessQuery, assessUnitsWithScheme } from "./assess-units.js";

export async function exportAssessment(
  actor: Actor,
  handle: Db,
  q: AssessQuery,
  cache?: ResultCache,
): Promise<FileResult> {
  const { result: r, scheme } = await assessUnitsWithScheme(actor, handle, q, cache);
  const wb = await assessmentWorkbook({ scheme, from: r.from, to: r.to, by: r.by, units: r.units });
  return xlsxFile(`考核结果_${r.from}_${r.to}.xlsx`, await wb.xlsx.writeBuffer());
}
