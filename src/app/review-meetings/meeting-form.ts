/** A 评析会's fields and cases, checked: every case must be an entry of the 发改案件 register. */
import type { Db } from "../../db/connect.js";
import type { MeetingFields } from "../../db/review-meetings/review-meetings.js";
import { tryParseIsoDate } from "../../domain/calendar/index.js";
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

/** The case ids, each checked to be a 发改案件 entry; the first that is not is named. */
export async function checkMeetingCases(
  handle: Db,
  caseIds: readonly number[],
  already: readonly number[] = [],
): Promise<number[]> {
  const entries = new Set((await loadRegister(handle)).entries.map((e) => e.caseId));
  const seen = new Set(already);
  const out: number[] = [];
  caseIds.forEach((id, i) => {
    if (!entries.has(id))
      throw new InvalidInputError(
        `caseIds[${i}]`,
        `第 ${i + 1} 件（案件 ${id}）不是发改案件，不能列入评析会`,
        id,
      );
    if (seen.has(id)) return;
    seen.add(id);
    out.push(id);
  });
  return out;
}
