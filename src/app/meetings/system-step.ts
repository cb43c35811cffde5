/**
 * A step on a 上会事项 taken by the meetings use cases (列入议程, 记录意见, 记录决定 …): a system step
 * of the workflow, written with its trace entry, tasks and audit entry like any other step, in the
 * name of the person who did it. The use case has checked that person's right to run the meeting.
 * (Not through actOnMatter: that one calls the referral follow-up, which calls this.)
 */
import type { Db } from "../../db/connect.js";
import { findMatter } from "../../db/workflow/find-matter.js";
import { writeStep } from "../../db/workflow/write-step.js";
import type { Actor } from "../../domain/auth/index.js";
import { legalCalendar } from "../../domain/calendar/index.js";
import { MEETING_ITEM_KIND } from "../../domain/meetings/index.js";
import { applyAction, participantOf } from "../../domain/workflow/index.js";
import { ConflictError, NotFoundError } from "../shared/errors.js";
import { refusalError } from "../workflow/refusal.js";
import { readWorkflowSettings } from "../workflow/settings.js";

export async function itemStep(
  actor: Actor,
  handle: Db,
  matterId: number,
  action: string,
  input: Record<string, unknown>,
  today: string,
): Promise<void> {
  const matter = await findMatter(handle, matterId);
  if (!matter || matter.kind !== MEETING_ITEM_KIND.id) throw new NotFoundError(`上会事项 ${matterId} 不存在`);
  const outcome = applyAction(
    MEETING_ITEM_KIND,
    matter,
    action,
    participantOf(actor),
    input,
    { today, calendar: legalCalendar(), settings: await readWorkflowSettings(handle) },
    { system: true },
  );
  if (!outcome.ok) throw refusalError(actor, outcome);
  const written = await writeStep(handle, matter, { ...outcome, at: new Date().toISOString() });
  if (!written) throw new ConflictError("该上会事项已被他人处理，请刷新后重试");
}
