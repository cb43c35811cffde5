/**
 * 新建评查计划 (审管办): kind, title, period (a month for 常规; any period for the others), seed
 * (default: the month's number, else the period start's), allocation (常规/交叉/专项: a size in
 * proportion by division, N per division, or a simple sample; 重点: every case), filter (专项),
 * reviewers, and the score sheet version in force. Nothing is drawn yet.
 * The plan belongs to its maker's court (none on a one-court installation): it will draw that
 * court's cases only, and its reviewers are accounts of that court.
 */
import type { Db } from "../../db/connect.js";
import { insertPlan } from "../../db/review/review-plans.js";
import type { PopulationFilter } from "../../db/review/review-population.js";
import { reviewerAccounts } from "../../db/review/reviewer-candidates.js";
import type { Actor } from "../../domain/auth/index.js";
import { tryParseIsoDate } from "../../domain/calendar/civil-date.js";
import type { Allocation } from "../../domain/review/draw.js";
import { defaultSeedForMonth } from "../../domain/review/prng.js";
import { PLAN_KIND_LABELS, type PlanKind } from "../../domain/review/reviewers.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { checkAccountsOfCourt } from "./plan-court.js";
import { currentSheet } from "./review-common.js";
import { readReviewSettings } from "./review-settings.js";
import { monthPeriod, parseSeed, parseSize } from "./sample-cases.js";

export interface CreatePlanInput {
  kind: unknown;
  title: unknown;
  month?: unknown;
  from?: unknown;
  to?: unknown;
  seed?: unknown;
  /** proportional | per-division | simple (not for 重点) */
  allocation?: unknown;
  size?: unknown;
  filter?: {
    minExtensions?: unknown;
    minDurationDays?: unknown;
    cause?: unknown;
    concealedOverrun?: unknown;
    divisions?: unknown;
  };
  reviewers?: unknown;
}

const KINDS = Object.keys(PLAN_KIND_LABELS) as PlanKind[];

function wholeOrUndefined(field: string, v: unknown, min: number): number | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  const n = typeof v === "string" ? Number(v) : v;
  if (typeof n !== "number" || !Number.isInteger(n) || n < min)
    throw InvalidInputError.of(field, v, `应为不小于 ${min} 的整数`);
  return n;
}

export async function createReviewPlan(
  actor: Actor,
  handle: Db,
  input: CreatePlanInput,
): Promise<{ id: number }> {
  mustAuthorize(actor, "manage-review");
  const kind = input.kind as PlanKind;
  if (!KINDS.includes(kind))
    throw InvalidInputError.of(
      "kind",
      input.kind,
      `评查类型应为 ${KINDS.map((k) => PLAN_KIND_LABELS[k]).join("、")} 之一`,
    );
  const title = typeof input.title === "string" ? input.title.trim() : "";
  if (title.length < 2 || title.length > 100)
    throw InvalidInputError.of("title", input.title, "计划名称应为 2 至 100 个字");
  let period: { from: string; to: string };
  if (input.month !== undefined && input.month !== null && input.month !== "")
    period = monthPeriod(input.month);
  else {
    const from = typeof input.from === "string" ? input.from : "";
    const to = typeof input.to === "string" ? input.to : "";
    if (tryParseIsoDate(from) === undefined)
      throw InvalidInputError.of("from", input.from, "应为形如 2026-11-01 的日期");
    if (tryParseIsoDate(to) === undefined)
      throw InvalidInputError.of("to", input.to, "应为形如 2026-11-30 的日期");
    if (to < from) throw InvalidInputError.of("to", input.to, `结束日期不得早于开始日期 ${from}`);
    period = { from, to };
  }
  if (kind === "routine" && period.from.slice(0, 7) !== period.to.slice(0, 7))
    throw InvalidInputError.of("month", input.month ?? input.from, "常规评查按月抽取：请给出一个年月");
  const seed =
    input.seed === undefined || input.seed === null || input.seed === ""
      ? defaultSeedForMonth(period.from.slice(0, 7))
      : parseSeed(input.seed);
  let allocation: Allocation | null = null;
  if (kind !== "focus") {
    const mode = input.allocation ?? "proportional";
    const size = parseSize(input.size);
    if (mode === "proportional") allocation = { mode: "proportional", size };
    else if (mode === "per-division") allocation = { mode: "per-division", perDivision: size };
    else if (mode === "simple") allocation = { mode: "simple", size };
    else
      throw InvalidInputError.of("allocation", mode, "抽取方式应为 按部门比例、每部门若干件 或 不分层 之一");
  }
  const filter: PopulationFilter = {};
  if (kind === "focus") filter.reversedOrRemanded = true;
  if (kind === "special") {
    const f = input.filter ?? {};
    const ext = wholeOrUndefined("filter.minExtensions", f.minExtensions, 1);
    const dur = wholeOrUndefined("filter.minDurationDays", f.minDurationDays, 1);
    const cause = typeof f.cause === "string" && f.cause.trim() ? f.cause.trim() : undefined;
    if (ext !== undefined) filter.minExtensions = ext;
    if (dur !== undefined) filter.minDurationDays = dur;
    if (cause !== undefined) filter.cause = cause;
    if (f.concealedOverrun === true) filter.concealedOverrun = true;
    if (ext === undefined && dur === undefined && cause === undefined && !filter.concealedOverrun)
      throw InvalidInputError.of(
        "filter",
        input.filter ?? null,
        "专项评查须给出专题条件（延长审限次数、审理天数、隐形超审限或案由）",
      );
  }
  if (input.filter?.divisions !== undefined) {
    const d = input.filter.divisions;
    if (!Array.isArray(d) || d.some((x) => typeof x !== "string" || !x.trim()))
      throw InvalidInputError.of("filter.divisions", d, "部门应为部门名称的列表");
    if (d.length > 0) filter.divisions = d as string[];
  }
  const reviewers = input.reviewers ?? [];
  if (!Array.isArray(reviewers) || reviewers.some((r) => typeof r !== "string" || !r.trim()))
    throw InvalidInputError.of("reviewers", reviewers, "评查人应为账号的列表");
  // The plan belongs to its maker's court (none on a one-court installation).
  const court = actor.court ?? null;
  const named = await reviewerAccounts(handle, reviewers as string[]);
  await checkAccountsOfCourt(handle, "reviewers", named, court, "评查人", "评查计划");
  const settings = await readReviewSettings(handle);
  const sheet = await currentSheet(handle, actor.username);
  const id = await insertPlan(handle.db, {
    kind,
    title,
    periodFrom: period.from,
    periodTo: period.to,
    seed,
    allocation,
    filter,
    sheetVersion: sheet.version,
    options: { reviewers: [...new Set(reviewers as string[])], recentMonths: settings.recentMonths },
    createdBy: actor.username,
    createdAt: new Date().toISOString(),
    courtCode: court,
  });
  return { id };
}
