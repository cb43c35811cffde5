/**
 * Filing — the 案号: year, court code, 类型代字 and the next sequence of that type and year
 * (backlog cases bring their own). The year and court code may be planted data-quality problems
 * (data-quality.ts).
 */
import { civilFromDays, type DayNumber } from "../domain/calendar/civil-date.js";
import { formatCaseNumber } from "../domain/case-number/index.js";
import type { DemoContext } from "./context.js";
import { caseNumberCourt, caseNumberYear } from "./data-quality.js";
import type { DemoLabel } from "./types.js";

export function assignCaseNumber(
  ctx: DemoContext,
  typeCode: string,
  filed: DayNumber,
  labels: DemoLabel[],
  backlogSeq?: number,
): string {
  const { year, month, day } = civilFromDays(filed);
  let numberYear = year;
  let sequence: number;
  if (backlogSeq !== undefined) sequence = backlogSeq;
  else {
    numberYear = caseNumberYear(ctx.rng, ctx.fromYear, year, month, day, labels);
    const key = `${typeCode}|${numberYear}`;
    sequence = (ctx.sequences.get(key) ?? 0) + 1;
    ctx.sequences.set(key, sequence);
  }
  const courtCode = caseNumberCourt(ctx.rng, ctx.court, labels);
  return formatCaseNumber({ year: numberYear, courtCode, typeCode, sequence });
}
