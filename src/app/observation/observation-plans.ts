/**
 * 庭审观摩评比 use cases: make a round (审管办: the hearings to observe and the 考评小组), score a
 * hearing (a member), record the 座谈会, propose the top N as 示范庭 and confirm them (审管办), and
 * read a round with each hearing's trimmed mean and the ranking (observation.ts; docs/review.md §8).
 * A round belongs to its maker's court (none on a one-court installation): its members are that
 * court's accounts and its hearings that court's cases; it is read within the reader's courts (a 中院
 * its basic courts' rounds too) and run by its own court's office only.
 */
import { findCaseByNumber } from "../../db/cases/find-case-refs.js";
import type { Db } from "../../db/connect.js";
import {
  findHearing,
  findObservationPlan,
  hearingsOfPlan,
  insertObservationPlan,
  listObservationPlans as listPlansDb,
  type MeetingRecord,
  type NewHearing,
  saveMeeting,
  scoresOfPlan,
  setConfirmed,
  setProposed,
  upsertScore,
} from "../../db/observation/observation-plans.js";
import { reviewerAccounts } from "../../db/review/reviewer-candidates.js";
import { type Actor, authorize, reviewCourts } from "../../domain/auth/index.js";
import { tryParseIsoDate } from "../../domain/calendar/civil-date.js";
import {
  DEFAULT_OBSERVATION_SHEET,
  type HearingScore,
  hearingScore,
  ObservationError,
  proposeDemonstration,
  rankHearings,
  scoreTotal,
} from "../../domain/review/observation.js";
import { courtName } from "../courts/court-choice.js";
import { checkAccountsOfCourt, planRef } from "../review/plan-court.js";
import { readReviewSettings } from "../review/review-settings.js";
import { ConflictError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";

export interface HearingInput {
  caseNumber: string;
  heldOn: string;
  courtroom: string;
  /** When the case is not in the court's data. */
  division?: string;
  judge?: string;
}

export async function createObservationPlan(
  actor: Actor,
  handle: Db,
  input: { title: unknown; quarter: unknown; members: unknown; hearings: unknown },
): Promise<{ id: number }> {
  mustAuthorize(actor, "manage-review");
  const title = typeof input.title === "string" ? input.title.trim() : "";
  if (title.length < 2 || title.length > 100)
    throw InvalidInputError.of("title", input.title, "名称应为 2 至 100 个字");
  const quarter = typeof input.quarter === "string" ? input.quarter.trim() : "";
  if (!/^\d{4}-[1-4]$/.test(quarter))
    throw InvalidInputError.of("quarter", input.quarter, "季度应形如 2026-4（2026 年第四季度）");
  const members = input.members;
  if (!Array.isArray(members) || members.length === 0 || members.some((m) => typeof m !== "string"))
    throw InvalidInputError.of("members", members, "考评小组须至少一名成员（账号列表）");
  const accounts = await reviewerAccounts(handle, members as string[]);
  const missing = (members as string[]).filter((m) => !accounts.some((a) => a.username === m && !a.disabled));
  if (missing.length > 0) throw InvalidInputError.of("members", missing, "考评小组成员账号不存在或已停用");
  // The round belongs to its maker's court (none on a one-court installation).
  const court = actor.court ?? null;
  await checkAccountsOfCourt(handle, "members", accounts, court, "考评小组成员", "庭审观摩");
  const list = input.hearings;
  if (!Array.isArray(list) || list.length === 0)
    throw InvalidInputError.of("hearings", list ?? null, "须至少列出一场观摩庭审");
  const hearings: NewHearing[] = [];
  for (let i = 0; i < list.length; i++) {
    const h = list[i] as Partial<HearingInput>;
    const row = `第 ${i + 1} 场庭审`;
    if (typeof h.caseNumber !== "string" || !h.caseNumber.trim())
      throw new InvalidInputError(`hearings[${i}].caseNumber`, `${row}：请填写案号`);
    if (typeof h.heldOn !== "string" || tryParseIsoDate(h.heldOn) === undefined)
      throw new InvalidInputError(
        `hearings[${i}].heldOn`,
        `${row}：开庭日期应形如 2026-11-20（现为 ${JSON.stringify(h.heldOn ?? "")}）`,
        h.heldOn,
      );
    if (typeof h.courtroom !== "string" || !h.courtroom.trim())
      throw new InvalidInputError(`hearings[${i}].courtroom`, `${row}：请填写法庭`);
    const found = await findCaseByNumber(handle, h.caseNumber.trim());
    if (court && found && found.courtCode !== court)
      throw new InvalidInputError(
        `hearings[${i}].caseNumber`,
        `${row}：案号“${h.caseNumber}”属于${await courtName(handle, found.courtCode)}，不能列入${await courtName(handle, court)}的庭审观摩`,
        h.caseNumber,
      );
    const division = found?.division ?? h.division?.trim();
    const judge = found?.judge ?? h.judge?.trim();
    if (!division || !judge)
      throw new InvalidInputError(
        `hearings[${i}].caseNumber`,
        `${row}：案号“${h.caseNumber}”不在本院案件数据中，请填写承办部门和承办人`,
        h.caseNumber,
      );
    hearings.push({
      caseId: found?.id ?? null,
      caseNumber: h.caseNumber.trim(),
      division,
      judge,
      heldOn: h.heldOn,
      courtroom: h.courtroom.trim(),
    });
  }
  const id = await handle.db.transaction().execute((trx) =>
    insertObservationPlan(
      trx,
      {
        title,
        quarter,
        members: [...new Set(members as string[])],
        sheet: [...DEFAULT_OBSERVATION_SHEET],
        createdBy: actor.username,
        courtCode: court,
      },
      hearings,
      new Date().toISOString(),
    ),
  );
  return { id };
}

export async function scoreHearing(
  actor: Actor,
  handle: Db,
  hearingId: number,
  scores: Record<string, number>,
  today: string,
): Promise<{ total: number }> {
  const hearing = await findHearing(handle, hearingId);
  if (!hearing) throw new NotFoundError(`观摩庭审 ${hearingId} 不存在`);
  const plan = await findObservationPlan(handle, hearing.planId);
  if (!plan) throw new NotFoundError(`观摩计划 ${hearing.planId} 不存在`);
  mustAuthorize(actor, "score-observation", { members: plan.members, courtCode: plan.courtCode });
  if (hearing.confirmed) throw new ConflictError(`${hearing.caseNumber}已确认为示范庭，评分不再变更`);
  let total: number;
  try {
    total = scoreTotal(plan.sheet, scores);
  } catch (e) {
    if (e instanceof ObservationError)
      throw new InvalidInputError(e.field, `${hearing.caseNumber}：${e.message}`, e.value);
    throw e;
  }
  await upsertScore(handle, { hearingId, member: actor.username, scores, total, scoredOn: today });
  return { total };
}

export async function recordMeeting(
  actor: Actor,
  handle: Db,
  planId: number,
  m: Partial<MeetingRecord>,
): Promise<void> {
  mustAuthorize(actor, "manage-review");
  const plan = await findObservationPlan(handle, planId);
  if (!plan) throw new NotFoundError(`观摩计划 ${planId} 不存在`);
  mustAuthorize(actor, "run-review-plan", await planRef(handle, "observation", plan.courtCode));
  if (typeof m.heldOn !== "string" || tryParseIsoDate(m.heldOn) === undefined)
    throw InvalidInputError.of("heldOn", m.heldOn ?? null, "座谈会日期应形如 2026-11-20");
  const text = (field: keyof MeetingRecord, label: string) => {
    const v = typeof m[field] === "string" ? (m[field] as string).trim() : "";
    if (v.length < 5 || v.length > 5000)
      throw new InvalidInputError(field, `${label}应为 5 至 5000 字（现为 ${v.length} 字）`, v);
    return v;
  };
  await saveMeeting(handle, planId, {
    heldOn: m.heldOn,
    reflections: text("reflections", "承办法官心得"),
    problems: text("problems", "考评小组指出的问题"),
    suggestions: text("suggestions", "改进建议"),
  });
}

export interface RankedHearingView {
  id: number;
  caseId: number | null;
  caseNumber: string;
  division: string;
  judge: string;
  heldOn: string;
  courtroom: string;
  rank: number | null;
  score: number | null;
  scorers: number;
  trimmed: boolean;
  proposed: boolean;
  confirmed: boolean;
  /** The reader's own scores (a member), else null. */
  myScores: Record<string, number> | null;
  actions: string[];
}

export interface ObservationPlanView {
  id: number;
  /** The court (法院代字) the round belongs to; null on a one-court installation. */
  courtCode: string | null;
  title: string;
  quarter: string;
  members: string[];
  sheet: { code: string; name: string; points: number }[];
  meeting: MeetingRecord | null;
  trimAtScorers: number;
  demonstrationCount: number;
  hearings: RankedHearingView[];
  canManage: boolean;
}

async function scored(handle: Db, planId: number, trimAt: number) {
  const hearings = await hearingsOfPlan(handle, planId);
  const scores = await scoresOfPlan(handle, planId);
  return {
    scores,
    ranked: rankHearings(
      hearings.map((h) => ({
        ...h,
        result: hearingScore(
          scores.filter((s) => s.hearingId === h.id).map((s) => s.total),
          trimAt,
        ) as HearingScore,
      })),
    ),
  };
}

export async function getObservationPlan(
  actor: Actor,
  handle: Db,
  planId: number,
): Promise<ObservationPlanView> {
  const plan = await findObservationPlan(handle, planId);
  if (!plan) throw new NotFoundError(`观摩计划 ${planId} 不存在`);
  // Within the reader's courts; a member of its 考评小组 reads it without reading the cases.
  mustAuthorize(
    actor,
    "view-review-plan",
    await planRef(handle, "observation", plan.courtCode, plan.members),
  );
  const settings = await readReviewSettings(handle);
  const { scores, ranked } = await scored(handle, planId, settings.trimAtScorers);
  const manage = authorize(actor, "run-review-plan", {
    kind: "observation",
    courtCode: plan.courtCode,
  }).allowed;
  const member = authorize(actor, "score-observation", {
    members: plan.members,
    courtCode: plan.courtCode,
  }).allowed;
  let rank = 0;
  return {
    id: plan.id,
    courtCode: plan.courtCode,
    title: plan.title,
    quarter: plan.quarter,
    members: plan.members,
    sheet: plan.sheet,
    meeting: plan.meeting,
    trimAtScorers: settings.trimAtScorers,
    demonstrationCount: settings.demonstrationCount,
    canManage: manage,
    hearings: ranked.map((h) => ({
      id: h.id,
      caseId: h.caseId,
      caseNumber: h.caseNumber,
      division: h.division,
      judge: h.judge,
      heldOn: h.heldOn,
      courtroom: h.courtroom,
      rank: h.result.score === null ? null : ++rank,
      score: h.result.score,
      scorers: h.result.scorers,
      trimmed: h.result.trimmed,
      proposed: h.proposed,
      confirmed: h.confirmed,
      myScores: scores.find((s) => s.hearingId === h.id && s.member === actor.username)?.scores ?? null,
      actions: [
        ...(member && !h.confirmed ? ["score"] : []),
        ...(manage && h.proposed && !h.confirmed ? ["confirm"] : []),
      ],
    })),
  };
}

export async function listObservationPlans(
  actor: Actor,
  handle: Db,
): Promise<
  {
    id: number;
    courtCode: string | null;
    title: string;
    quarter: string;
    members: number;
    meetingHeld: boolean;
  }[]
> {
  mustAuthorize(actor, "view-review");
  const courts = reviewCourts(actor);
  return (await listPlansDb(handle, courts ? { courts } : {})).map((p) => ({
    id: p.id,
    courtCode: p.courtCode,
    title: p.title,
    quarter: p.quarter,
    members: p.members.length,
    meetingHeld: p.meeting !== null,
  }));
}

/** 推荐示范庭: the top N of the ranking (setting demonstrationCount) are marked proposed. */
export async function proposeDemonstrationHearings(
  actor: Actor,
  handle: Db,
  planId: number,
): Promise<number[]> {
  mustAuthorize(actor, "manage-review");
  const plan = await findObservationPlan(handle, planId);
  if (!plan) throw new NotFoundError(`观摩计划 ${planId} 不存在`);
  mustAuthorize(actor, "run-review-plan", await planRef(handle, "observation", plan.courtCode));
  const settings = await readReviewSettings(handle);
  const { ranked } = await scored(handle, planId, settings.trimAtScorers);
  const top = proposeDemonstration(ranked, settings.demonstrationCount).map((h) => h.id);
  if (top.length === 0) throw new ConflictError("尚无评分的庭审，不能推荐示范庭");
  await setProposed(handle, planId, top);
  return top;
}

export async function confirmDemonstrationHearing(
  actor: Actor,
  handle: Db,
  hearingId: number,
): Promise<void> {
  mustAuthorize(actor, "manage-review");
  const h = await findHearing(handle, hearingId);
  if (!h) throw new NotFoundError(`观摩庭审 ${hearingId} 不存在`);
  const plan = await findObservationPlan(handle, h.planId);
  if (!plan) throw new NotFoundError(`观摩计划 ${h.planId} 不存在`);
  mustAuthorize(actor, "run-review-plan", await planRef(handle, "observation", plan.courtCode));
  if (!h.proposed) throw new ConflictError(`${h.caseNumber}未被推荐为示范庭，不能确认`);
  await setConfirmed(handle, hearingId);
}
