/**
 * 评析会纪要 (.docx), from the meeting's record, for whoever may read the meeting; signed by its cases'
 * court (else, with cases of several courts or none, by the database's most common court).
 */
import { mostCommonCourtCode } from "../../db/cases/most-common-court.js";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { lookupCourt } from "../../domain/case-number/index.js";
import { writeReviewMinutesDocx } from "../../io/review-minutes-docx.js";
import { courtName as registeredName } from "../courts/court-choice.js";
import { DOCX_TYPE, type FileResult } from "../shared/file.js";
import { getReviewMeeting } from "./get-review-meeting.js";

export async function reviewMeetingMinutes(actor: Actor, handle: Db, id: number): Promise<FileResult> {
  const m = await getReviewMeeting(actor, handle, id);
  const courts = [...new Set(m.entries.map((e) => e.courtCode))];
  const courtName =
    courts.length === 1 && courts[0]
      ? await registeredName(handle, courts[0])
      : await mostCommonCourtCode(handle).then((code) => (code && lookupCourt(code)?.name) || "本院");
  const content = await writeReviewMinutesDocx({ courtName, ...m });
  const stem = `${m.heldOn}-${m.title}-评析会纪要`.replace(/[\\/:*?"<>|]/g, "_");
  return { fileName: `${stem}.docx`, mediaType: DOCX_TYPE, content };
}
