/** 上会记录 of a case: every 上会事项 on it, with its meeting and result (the case page's panel). */
import { findCaseRef } from "../../db/cases/find-case-refs.js";
import type { Db } from "../../db/connect.js";
import { itemMatters } from "../../db/meetings/item-matters.js";
import { matterIdsOfCase } from "../../db/workflow/find-matter.js";
import { type Actor, authorize } from "../../domain/auth/index.js";
import { MEETING_ITEM_KIND_ID } from "../../domain/meetings/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type ItemRow, itemRows } from "./item-row.js";

export interface CaseMeetings {
  caseId: number;
  caseNumber: string;
  rows: ItemRow[];
  /** What the reader may do on this case: 提交专业法官会议, 提请审委会. */
  actions: ("refer-judges" | "refer-committee")[];
}

export async function getCaseMeetings(
  actor: Actor,
  handle: Db,
  caseId: number,
  _today: string,
): Promise<CaseMeetings> {
  const ref = await findCaseRef(handle, caseId);
  if (!ref) throw new NotFoundError(`案件 ${caseId} 不存在`);
  mustAuthorize(actor, "view-case", ref);
  const ids = await matterIdsOfCase(handle, caseId);
  const matters = await itemMatters(handle, MEETING_ITEM_KIND_ID, { ids });
  const rows = await itemRows(actor, handle, matters);
  const may = authorize(actor, "refer-to-meeting", ref).allowed;
  return {
    caseId,
    caseNumber: ref.caseNumber,
    rows,
    actions: may ? ["refer-judges", "refer-committee"] : [],
  };
}
