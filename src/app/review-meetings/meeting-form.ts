/**
 * A 评析会's fields and cases, checked: every case must be an entry of the 发改案件 register, of the
 * organising office's own court (a 评析会 lies in its cases' court).
 */
import type { Db } from "../../db/connect.js";
import type { MeetingFields } from "../../db/review-meetings/review-meetings.js";
import { type Actor, seesCourt } from "../../domain/auth/index.js";
import { tryParseIsoDate } from "../../domain/calendar/index.js";
import { courtName } from "../courts/court-choice.js";
import { loadRegister } from "../reversals/register.js";
import { InvalidInputError } from "../shared/errors.js";

export interface MeetingForm {
  title: string;
  heldOn: string;
  place?: string;
  host?: string;
  attendees?: string;
  problems?: string;
  followUps?: string;
}

export function checkMeetingForm(f: MeetingForm): MeetingFields {
  const title = f.title.trim();
  if (title.length < 2) throw InvalidInputError.of("title", f.title, "请填写评析会名称（至少 2 个字）");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.heldOn) || tryParseIsoDate(f.heldOn) === undefined)
    throw InvalidInputError.of("heldOn", f.heldOn, "召开日期应为形如 2025-06-30 的有效日期");
  return {
    title,
    heldOn: f.heldOn,
    place: (f.place ?? "").trim(),
    host: (f.host ?? "").trim(),
    attendees: (f.attendees ?? "").trim(),
    problems: (f.problems ?? "").trim(),
    followUps: (f.followUps ?? "").trim(),
  };
}

/**
 * The case ids, each checked to be a 发改案件 entry of the actor's own court (any court for an
 * account without a court); the first that is not is named.
 */
export async function checkMeetingCases(
  actor: Actor,
  handle: Db,
  caseIds: readonly number[],
  already: readonly number[] = [],
): Promise<number[]> {
  const entries = new Map((await loadRegister(handle)).entries.map((e) => [e.caseId, e]));
  const seen = new Set(already);
  const out: number[] = [];
  for (const [i, id] of caseIds.entries()) {
    const e = entries.get(id);
    if (!e)
      throw new InvalidInputError(
        `caseIds[${i}]`,
        `第 ${i + 1} 件（案件 ${id}）不是发改案件，不能列入评析会`,
        id,
      );
    if (actor.court && e.courtCode !== actor.court) {
      // The case number only to a reader who sees the case's court (a 中院 its basic courts').
      const which = seesCourt(actor, e) ? e.caseNumber : `案件 ${id}`;
      const court = e.courtCode ? await courtName(handle, e.courtCode) : "其他法院";
      throw new InvalidInputError(
        `caseIds[${i}]`,
        `第 ${i + 1} 件（${which}）属于${court}，不能列入${await courtName(handle, actor.court)}的评析会`,
        id,
      );
    }
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}
