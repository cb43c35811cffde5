/**
 * The reports: the quarterly 审判态势分析报告 (/api/reports/quarterly) and the monthly 审判质效通报
 * (/api/reports/monthly), each a Word document and its Excel workbook, for the whole court or one
 * division. Downloads only: the server builds both files at once and keeps them a few minutes.
 */
import { download } from "../../shared/api/client";

export type ReportKind = "quarterly" | "monthly";
export type ReportFormat = "docx" | "xlsx";

export function downloadReport(
  kind: ReportKind,
  period: string,
  format: ReportFormat,
  division?: string,
  /** Several courts: one court, or with level every court of that level under it (one row each). */
  court?: { code: string; level?: "basic" | "intermediate" },
): Promise<string> {
  const query = {
    ...(kind === "quarterly" ? { quarter: period } : { month: period }),
    format,
    ...(division ? { division } : {}),
    ...(court ? { court: court.code, ...(court.level ? { level: court.level } : {}) } : {}),
  };
  const name = kind === "quarterly" ? "审判态势分析报告" : "审判质效通报";
  return download(`/reports/${kind}`, query, `${name}-${period}.${format}`);
}
