/**
 * The quarterly 审判态势分析报告 (the plan's 审判态势季度分析制度): a .docx to circulate and its .xlsx
 * companion, for the whole court or one division (a 庭长's version: their own division, always).
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import type { CourtLevel } from "../../domain/case-number/index.js";
import { quarterPeriod } from "../../domain/reports/period.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type BuiltReport, buildReport, reportDivision } from "./build-report.js";

export type { BuiltReport } from "./build-report.js";

export async function buildQuarterlyReport(
  actor: Actor,
  handle: Db,
  input: { quarter: string; division?: string; court?: string; level?: CourtLevel },
): Promise<BuiltReport> {
  mustAuthorize(actor, "view-reports", { division: reportDivision(actor, input.division) });
  const period = quarterPeriod(input.quarter);
  if (!period)
    throw InvalidInputError.of("quarter", input.quarter, "应为形如 2024Q4 的季度（年份、字母 Q、季度 1–4）");
  return buildReport(actor, handle, "quarterly", period, "quarter", input.division, {
    court: input.court,
    level: input.level,
  });
}
