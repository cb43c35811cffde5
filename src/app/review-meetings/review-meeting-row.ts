/**
 * A 评析会 as the API serves it: the meeting, each case with its register entry (outcome, day,
 * classification), 自评 / 讲评 / 点评 with who recorded them, whether it is 评析完毕, and which parts
 * the reader may record now.
 */
import type { Db } from "../../db/connect.js";
import { readClassifications } from "../../db/reversals/classifications.js";
import type { StoredMeeting, StoredMeetingEntry } from "../../db/review-meetings/review-meetings.js";
import { type Actor, authorize } from "../../domain/auth/index.js";
import type { ReversalEntry } from "../../domain/reversals/register.js";
import {
  missingParts,
  REVIEW_PARTS,
  type ReviewPart,
  reviewComplete,
} from "../../domain/reversals/review.js";
import { loadRegister } from "../reversals/register.js";

export interface ReviewEntryRow {
  caseId: number;
  caseNumber: string;
  /** The case's court (法院代字). */
  courtCode: string;
  division: string;
  judge: string;
  cause: string | null;
  outcome: "改判" | "发回重审" | null;
  decidedOn: string | null;
  reason: string | null;
  responsibility: string | null;
  selfText: string | null;
  selfBy: string | null;
  selfAt: string | null;
  chiefText: string | null;
  chiefBy: string | null;
  chiefAt: string | null;
  leaderText: string | null;
  leaderBy: string | null;
  leaderAt: string | null;
  /** 评析完毕: 自评, 讲评 and 点评 all recorded. */
  complete: boolean;
  missing: ReviewPart[];
  /** The parts the reader may record now. */
  canRecord: ReviewPart[];
}

export interface ReviewMeetingRow {
  id: number;
  title: string;
  heldOn: string;
  place: string;
  host: string;
  attendees: string;
  problems: string;
  followUps: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  entryCount: number;
  completeCount: number;
  entries: ReviewEntryRow[];
  canEdit: boolean;
}

export async function meetingRows(
  actor: Actor,
  handle: Db,
  meetings: readonly StoredMeeting[],
  entries: readonly StoredMeetingEntry[],
): Promise<ReviewMeetingRow[]> {
  const register = new Map<number, ReversalEntry>(
    (await loadRegister(handle)).entries.map((e) => [e.caseId, e]),
  );
  const classes = await readClassifications(handle, [...new Set(entries.map((e) => e.caseId))]);
  return meetings.map((m) => {
    const rows: ReviewEntryRow[] = entries
      .filter((e) => e.meetingId === m.id)
      .map((e) => {
        const r = register.get(e.caseId);
        const c = classes.get(e.caseId);
        return {
          caseId: e.caseId,
          caseNumber: e.caseNumber,
          courtCode: e.courtCode,
          division: e.division,
          judge: e.judge,
          cause: e.cause,
          outcome: r?.outcome ?? null,
          decidedOn: r?.decidedOn ?? null,
          reason: c?.reason ?? null,
          responsibility: c?.responsibility ?? null,
          selfText: e.selfText,
          selfBy: e.selfBy,
          selfAt: e.selfAt,
          chiefText: e.chiefText,
          chiefBy: e.chiefBy,
          chiefAt: e.chiefAt,
          leaderText: e.leaderText,
          leaderBy: e.leaderBy,
          leaderAt: e.leaderAt,
          complete: reviewComplete(e),
          missing: missingParts(e),
          canRecord: REVIEW_PARTS.filter(
            (part) =>
              authorize(actor, "record-review", {
                courtCode: e.courtCode,
                division: e.division,
                judge: e.judge,
                part,
              }).allowed,
          ),
        };
      });
    return {
      ...m,
      entryCount: rows.length,
      completeCount: rows.filter((r) => r.complete).length,
      entries: rows,
      // Changed by the office of its cases' own court (a 中院 reads its basic courts' 评析会).
      canEdit: authorize(actor, "edit-review-meeting", { entries: rows }).allowed,
    };
  });
}
