/**
 * Opening a matter of a workflow kind (a 督办单, a 提请标注, a draft for 阅核 …): the kind's open
 * step decides who may and what they must give; the matter, its links, the first trace entry, its
 * tasks and the audit entry are written together.
 */

import type { Db } from "../../db/connect.js";
import { caseCourt } from "../../db/courts/matter-court.js";
import { loadMatterRecords } from "../../db/workflow/find-matter.js";
import { insertMatter } from "../../db/workflow/write-step.js";
import type { Actor } from "../../domain/auth/index.js";
import { legalCalendar } from "../../domain/calendar/index.js";
import { applyAction, blankMatter, participantOf } from "../../domain/workflow/index.js";
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { workflowKind } from "./kinds.js";
import { type MatterView, matterView } from "./matter-view.js";
import { refusalError } from "./refusal.js";
import { readWorkflowSettings } from "./settings.js";

export interface OpenMatterRequest {
  kind: string;
  title: string;
  division: string;
  judge: string;
  caseId?: number | null;
  caseNumber?: string | null;
  /** The cases, alerts … the matter concerns (its case is linked anyway). */
  links?: readonly { entity: string; id: number }[];
  /** What the person gave: checked against the open step's fields. */
  input: Record<string, unknown>;
  /** Set by the use case, not by the person (the reviewer it goes to, the rule that found it …). */
  data?: Record<string, unknown>;
}

export async function openMatter(
  actor: Actor,
  handle: Db,
  req: OpenMatterRequest,
  today: string,
  options: { system?: boolean } = {},
): Promise<MatterView> {
  const kind = workflowKind(req.kind);
  if (!kind) throw new InvalidInputError("kind", `未知的事项类型 ${JSON.stringify(req.kind)}`, req.kind);
  if (!options.system)
    mustAuthorize(actor, "view-matter", {
      // A matter on a case lies in the case's court; one on no case, in the opener's.
      courtCode: req.caseId != null ? ((await caseCourt(handle, req.caseId)) ?? null) : (actor.court ?? null),
      division: req.division,
      judge: req.judge,
      initiator: "",
      taskForReader: false,
    });
  const settings = await readWorkflowSettings(handle);
  const participant = participantOf(actor);
  const blank = {
    ...blankMatter(kind, { division: req.division, judge: req.judge, initiator: actor.username }),
    data: { ...(req.data ?? {}) },
  };
  const outcome = applyAction(
    kind,
    blank,
    kind.open.action,
    participant,
    req.input,
    { today, calendar: legalCalendar(), settings },
    options,
  );
  if (!outcome.ok) throw refusalError(actor, outcome);
  const id = await insertMatter(
    handle,
    {
      kind: kind.id,
      title: req.title,
      caseId: req.caseId ?? null,
      caseNumber: req.caseNumber ?? null,
      division: req.division,
      judge: req.judge,
      initiator: actor.username,
      links: req.links ?? [],
    },
    { ...outcome, at: new Date().toISOString() },
  );
  const [record] = await loadMatterRecords(handle, [id]);
  if (!record) throw new NotFoundError(`事项 ${id} 不存在`);
  return matterView(actor, record, today, settings);
}
