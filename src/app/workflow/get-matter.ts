/** One matter with its trace, tasks and the reader's actions; the matters of a case. */

import { findCaseRef } from "../../db/cases/find-case-refs.js";
import type { Db } from "../../db/connect.js";
import { matterCourt } from "../../db/courts/matter-court.js";
import { hasTaskFor, loadMatterRecords, matterIdsOfCase } from "../../db/workflow/find-matter.js";
import type { StoredMatter } from "../../db/workflow/mapper.js";
import type { Actor, MatterRef } from "../../domain/auth/index.js";
import { authorize } from "../../domain/auth/index.js";
import { participantOf } from "../../domain/workflow/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type MatterView, matterView } from "./matter-view.js";
import { readWorkflowSettings } from "./settings.js";

/** The matter as its policy sees it, for this reader. */
export async function matterRef(handle: Db, actor: Actor, m: StoredMatter): Promise<MatterRef> {
  const p = participantOf(actor);
  // The court only matters to an account limited to courts (one read then).
  const courtCode = actor.court ? await matterCourt(handle, m) : null;
  // A task for a position (审管办, 庭长) or for a judge by name is the reader's within their own court
  // only (every court has an office and a 民一庭); a task for their account, wherever it lies.
  const ownCourt = !actor.court || !courtCode || courtCode === actor.court;
  const taskForReader = await hasTaskFor(handle, m.id, {
    username: p.username,
    judge: ownCourt ? p.judgeName : null,
    division: p.division,
    positions: ownCourt ? p.positions : [],
  });
  return { courtCode, division: m.division, judge: m.judge, initiator: m.initiator, taskForReader };
}

export async function getMatter(actor: Actor, handle: Db, id: number, today: string): Promise<MatterView> {
  const [record] = await loadMatterRecords(handle, [id]);
  if (!record) throw new NotFoundError(`事项 ${id} 不存在`);
  const ref = await matterRef(handle, actor, record.matter);
  mustAuthorize(actor, "view-matter", ref);
  return matterView(actor, record, today, await readWorkflowSettings(handle), ref.courtCode);
}

/** Every matter on a case the reader may see, oldest first, each with its trace in order. */
export async function listCaseMatters(
  actor: Actor,
  handle: Db,
  caseId: number,
  today: string,
): Promise<MatterView[]> {
  const ref = await findCaseRef(handle, caseId);
  if (!ref) throw new NotFoundError(`案件 ${caseId} 不存在`);
  mustAuthorize(actor, "view-case", ref);
  const records = await loadMatterRecords(handle, await matterIdsOfCase(handle, caseId));
  const settings = await readWorkflowSettings(handle);
  const views: MatterView[] = [];
  for (const r of records) {
    const ref = await matterRef(handle, actor, r.matter);
    if (!authorize(actor, "view-matter", ref).allowed) continue;
    views.push(matterView(actor, r, today, settings, ref.courtCode));
  }
  return views;
}
