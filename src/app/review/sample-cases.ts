/**
 * The draw of a month's closed cases without storing anything — what `shenguan review sample`
 * prints, and the same function a plan's draw uses (drawPlanSample): the population is read from
 * storage, the cases drawn within the last N months (setting) are skipped, and the pure draw
 * (src/domain/review/draw.ts) does the rest.
 */

import type { Db } from "../../db/connect.js";
import { recentlyReviewedCaseIds } from "../../db/review/recently-reviewed.js";
import { type PopulationFilter, reviewPopulation } from "../../db/review/review-population.js";
import { addMonths, daysInMonth, formatIsoDate, parseIsoDate } from "../../domain/calendar/civil-date.js";
import {
  type Allocation,
  type DrawCandidate,
  type DrawResult,
  drawSample,
} from "../../domain/review/draw.js";
import { defaultSeedForMonth, isValidSeed, MAX_SEED } from "../../domain/review/prng.js";
import { inPeriodRows, loadRegister } from "../reversals/register.js";
import { InvalidInputError } from "../shared/errors.js";

export interface Period {
  from: string;
  to: string;
}

/** The first and last day of a month given as YYYY-MM; a clear error otherwise. */
export function monthPeriod(month: unknown, field = "month"): Period {
  const m = typeof month === "string" ? /^(\d{4})-(\d{2})$/.exec(month) : null;
  const y = m ? Number(m[1]) : 0;
  const mo = m ? Number(m[2]) : 0;
  if (!m || mo < 1 || mo > 12 || y < 1990 || y > 2100)
    throw InvalidInputError.of(field, month, "应为形如 2026-11 的年月");
  const mm = String(mo).padStart(2, "0");
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(daysInMonth(y, mo)).padStart(2, "0")}` };
}

export function parseSeed(seed: unknown, field = "seed"): number {
  const n = typeof seed === "string" && /^\d+$/.test(seed.trim()) ? Number(seed) : seed;
  if (!isValidSeed(n)) throw InvalidInputError.of(field, seed, `随机种子应为 0 至 ${MAX_SEED} 的整数`);
  return n;
}

export function parseSize(size: unknown, field = "size"): number {
  const n = typeof size === "string" && /^\d+$/.test(size.trim()) ? Number(size) : size;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 100000)
    throw InvalidInputError.of(field, size, "抽取数量应为 1 至 100000 的整数");
  return n;
}

export interface SampleRequest {
  period: Period;
  allocation: Allocation;
  seed: number;
  filter?: PopulationFilter;
  /** Skip cases drawn into a plan within this many months before the period's end (0: none). */
  recentMonths: number;
  /** Only the cases of this court (法院代字: the plan's); absent: every court of the database. */
  court?: string;
}

export async function drawFromStorage(handle: Db, req: SampleRequest): Promise<DrawResult<DrawCandidate>> {
  const fromDay = parseIsoDate(req.period.from);
  const toDay = parseIsoDate(req.period.to);
  // 重点: the 发改案件 register's entries whose appellate result falls in the period — both the
  // first-instance cases' own 二审结果 and the appellate cases that name them (原审案号).
  const filter = req.filter?.reversedOrRemanded
    ? {
        ...req.filter,
        caseIds: inPeriodRows((await loadRegister(handle)).entries, req.period.from, req.period.to).map(
          (e) => e.caseId,
        ),
      }
    : req.filter;
  const population = await reviewPopulation(
    handle,
    { fromDay, toDay, fromOn: req.period.from, toOn: req.period.to },
    filter,
    req.court !== undefined ? { court: req.court } : {},
  );
  const exclude =
    req.recentMonths > 0
      ? await recentlyReviewedCaseIds(handle, formatIsoDate(addMonths(toDay, -req.recentMonths) + 1))
      : new Set<number>();
  return drawSample({ population, allocation: req.allocation, seed: req.seed, exclude });
}

export interface MonthSampleInput {
  month: unknown;
  size: unknown;
  seed?: unknown;
  byDivision?: boolean;
  recentMonths: number;
}

export interface MonthSample {
  month: string;
  seed: number;
  eligible: number;
  skipped: number;
  strata: { division: string; eligible: number; quota: number }[];
  cases: { caseNumber: string; division: string; judge: string }[];
}

/** `shenguan review sample`: a month's closed cases drawn, nothing stored. */
export async function sampleClosedCases(handle: Db, input: MonthSampleInput): Promise<MonthSample> {
  const period = monthPeriod(input.month);
  const size = parseSize(input.size);
  const month = String(input.month);
  const seed = input.seed === undefined ? defaultSeedForMonth(month) : parseSeed(input.seed);
  const r = await drawFromStorage(handle, {
    period,
    allocation: input.byDivision ? { mode: "proportional", size } : { mode: "simple", size },
    seed,
    recentMonths: input.recentMonths,
  });
  return {
    month,
    seed,
    eligible: r.eligible,
    skipped: r.skipped,
    strata: r.strata,
    cases: r.cases.map((c) => ({ caseNumber: c.caseNumber, division: c.division, judge: c.judge })),
  };
}
