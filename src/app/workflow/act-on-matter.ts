/**
 * Taking a step on a matter: the reader must see it, the workflow decides whether this person may
 * take this action now with this input, and the step is written only if nobody has taken another
 * since the version the person saw (otherwise 409, nothing written). A kind run by its own court
 * only (评查, 整改) is acted on by accounts of the matter's court: a 中院 reads, does not act.
 */
import type { Db } from "../../db/connect.js";
import { matterCourt } from "../../db/courts/matter-court.js";
import { findMatter, loadMatterRecords } from "../../db/workflow/find-matter.js";
import { writeStep } from "../../db/workflow/write-step.js";
import type { Actor } from "../../domain/auth/index.js";
import { legalCalendar } from "../../domain/calendar/index.js";
import { applyAction, participantOf } from "../../domain/workflow/index.js";
import { courtName } from "../courts/court-choice.js";
import { followReferral } from "../meetings/follow-referral.js";
import { ConflictError, ForbiddenError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { matterRef } from "./get-matter.js";
import { workflowKind } from "./kinds.js";
import { actsElsewhere, type MatterView, matterView } from "./matter-view.js";
import { refusalError } from "./refusal.js";
import { readWorkflowSettings } from "./settings.js";

export function staleVersion(seen: number, now: number): ConflictError {
  return new ConflictError(`该事项已被他人处理（您看到的是第 ${seen} 版，现为第 ${now} 版），请刷新后重试`);
}

export async function actOnMatter(
  actor: Actor,
  handle: Db,
  id: number,
  action: string,
  version: number,
  input: Record<string, unknown>,
  today: string,
  options: { system?: boolean } = {},
): Promise<MatterView> {
  const matter = await findMatter(handle, id);
  if (!matter) throw new NotFoundError(`事项 ${id} 不存在`);
  if (!options.system) mustAuthorize(actor, "view-matter", await matterRef(handle, actor, matter));
  if (matter.version !== version) throw staleVersion(version, matter.version);
  const kind = workflowKind(matter.kind);
  if (!kind) throw new ConflictError(`事项 ${id} 的类型“${matter.kind}”已不再使用`);
  const court = kind.ownCourtOnly && actor.court ? await matterCourt(handle, matter) : null;
  if (court && actsElsewhere(actor, kind.id, court))
    throw new ForbiddenError(
      actor,
      "scope",
      `${actor.username}：该${kind.name}事项属于${await courtName(handle, court)}，只能由该院办理：上级法院可以查看下级法院的事项，但不能代为办理`,
    );
  const settings = await readWorkflowSettings(handle);
  const outcome = applyAction(
    kind,
    matter,
    action,
    participantOf(actor),
    input,
    { today, calendar: legalCalendar(), settings },
    options,
  );
  if (!outcome.ok) throw refusalError(actor, outcome);
  const written = await writeStep(handle, matter, { ...outcome, at: new Date().toISOString() });
  if (!written) {
    const now = await findMatter(handle, id);
    throw staleVersion(version, now?.version ?? version + 1);
  }
  // A step that refers the case to a meeting opens its 上会事项 (src/app/meetings).
  await followReferral(
    actor,
    handle,
    matter,
    { action, state: outcome.state, note: outcome.trace.note },
    today,
  );
  const [record] = await loadMatterRecords(handle, [id]);
  if (!record) throw new NotFoundError(`事项 ${id} 不存在`);
  return matterView(actor, record, today, settings, court);
}
