/**
 * 评查 figures per judge (register-based, not in the case-facts catalogue — docs/review.md §6):
 * reviewed cases (results submitted in [from, to]), the average score (the decided score where an
 * objection changed it), the 差错 count (results in the scheme's lowest class: 差错 / 不合格), and
 * rectifications overdue as of min(to, today). For the assessment (考核) to read.
 */
import type { Db } from "../../db/connect.js";
import { listRectifications } from "../../db/review/rectifications.js";
import { reviewResultsByJudge } from "../../db/review/review-figures.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { tryParseIsoDate } from "../../domain/calendar/civil-date.js";
import { isRectificationOverdue } from "../../domain/review/kinds.js";
import { round2 } from "../../domain/review/observation.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";

export interface JudgeReviewFigures {
  /** The judge's court (法院代字): the same name in the same division of another court is another judge. */
  courtCode: string;
  division: string;
  judge: string;
  reviewedCases: number;
  averageScore: number | null;
  errorCount: number;
  overdueRectifications: number;
}

export async function reviewFiguresByJudge(
  actor: Actor,
  handle: Db,
  range: { from: string; to: string },
  today: string,
): Promise<JudgeReviewFigures[]> {
  mustAuthorize(actor, "view-review");
  if (tryParseIsoDate(range.from) === undefined)
    throw InvalidInputError.of("from", range.from, "应为形如 2026-01-01 的日期");
  if (tryParseIsoDate(range.to) === undefined)
    throw InvalidInputError.of("to", range.to, "应为形如 2026-12-31 的日期");
  const asOf = range.to < today ? range.to : today;
  // Within the reader's courts (division and judge names repeat from court to court).
  const courts = dataScope(actor).courts;
  const rows = await reviewResultsByJudge(handle, range.from, range.to, courts);
  const out = new Map<string, JudgeReviewFigures>();
  const key = (r: { courtCode: string; division: string; judge: string }) =>
    `${r.courtCode}\u0000${r.division}\u0000${r.judge}`;
  for (const r of rows)
    out.set(key(r), {
      courtCode: r.courtCode,
      division: r.division,
      judge: r.judge,
      reviewedCases: r.reviewed,
      averageScore: r.reviewed > 0 ? round2(r.scoreSum / r.reviewed) : null,
      errorCount: r.lowest,
      overdueRectifications: 0,
    });
  for (const rect of await listRectifications(handle, courts ? { courts } : {})) {
    if (!isRectificationOverdue(rect.state, rect.dueOn, asOf)) continue;
    const f = out.get(key(rect)) ?? {
      courtCode: rect.courtCode,
      division: rect.division,
      judge: rect.judge,
      reviewedCases: 0,
      averageScore: null,
      errorCount: 0,
      overdueRectifications: 0,
    };
    f.overdueRectifications++;
    out.set(key(rect), f);
  }
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...out.values()].sort(
    (a, b) => cmp(a.courtCode, b.courtCode) || cmp(a.division, b.division) || cmp(a.judge, b.judge),
  );
}
