/**
 * One file of a report for download (the .docx or its .xlsx): both files come from one build, kept
 * in the result cache for a few minutes (cleared when the data change), so that downloading the
 * document and then the workbook computes the report once. The actor is authorized before the
 * cache is consulted; the key names the division the report covers (a chief's is always theirs).
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import type { CourtLevel } from "../../domain/case-number/index.js";
import type { ResultCache } from "../runtime/result-cache.js";
import { DOCX_TYPE, type FileResult, XLSX_TYPE } from "../shared/file.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeKey } from "../shared/scope.js";
import { buildMonthlyQualityReport } from "./build-monthly-quality-report.js";
import { buildQuarterlyReport } from "./build-quarterly-report.js";
import { type BuiltReport, reportDivision, reportFileName } from "./build-report.js";

export type ReportFormat = "docx" | "xlsx";

export async function exportReport(
  actor: Actor,
  handle: Db,
  input: {
    kind: "quarterly" | "monthly";
    /** 2024Q4 (quarterly) or 2024-11 (monthly) */
    period: string;
    division?: string;
    /** A court (法院代字), or with level every court of that level under it. */
    court?: string;
    level?: CourtLevel;
    format: ReportFormat;
    cache: ResultCache;
  },
): Promise<FileResult> {
  const division = reportDivision(actor, input.division);
  mustAuthorize(actor, "view-reports", { division });
  // The key names the courts the actor sees too: two courts' offices never share a report.
  const key = `report|${input.kind}|${input.period}|${division ?? ""}|${scopeKey(actor)}|${input.court ?? ""}|${input.level ?? ""}`;
  const choice = { court: input.court, level: input.level };
  const report = await input.cache.get<BuiltReport>(key, () =>
    input.kind === "quarterly"
      ? buildQuarterlyReport(actor, handle, {
          quarter: input.period,
          division: division ?? undefined,
          ...choice,
        })
      : buildMonthlyQualityReport(actor, handle, {
          month: input.period,
          division: division ?? undefined,
          ...choice,
        }),
  );
  return input.format === "docx"
    ? { fileName: reportFileName(report.title, "docx"), mediaType: DOCX_TYPE, content: report.docx }
    : { fileName: reportFileName(report.title, "xlsx"), mediaType: XLSX_TYPE, content: report.xlsx };
}
