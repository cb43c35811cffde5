/**
 * The monthly 审判质效通报: the month's indicators against their ranges, the weak ones by division,
 * 审限 and long-pending cases, and the suggestions — the quarterly report's pipeline, shorter (no
 * 发改 section). A .docx and its .xlsx companion, for the whole court or one division.
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import type { CourtLevel } from "../../domain/case-number/index.js";
import { monthPeriod } from "../../domain/reports/period.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type BuiltReport, buildReport, reportDivision } from "./build-report.js";

export async function buildMonthlyQualityReport(
  actor: Actor,
  handle: Db,
  input: { month: string; division?: string; court?: string; level?: CourtLevel },
): Promise<BuiltReport> {
  mustAuthorize(actor, "view-reports", { division: reportDivision(actor, input.division) });
  const period = monthPeriod(input.month);
  if (!period) throw InvalidInputError.of("month", input.month, "应为形如 2024-11 的月份");
  return buildReport(actor, handle, "monthly", period, "month", input.division, {
    court: input.court,
    level: input.level,
  });
}
