/**
 * Opening a 上会事项 for a case: linked to the case (its trace shows on the case page) and to the
 * matter it came from (四类案件监管, 阅核, an earlier item), which is linked back to it.
 */
import type { Db } from "../../db/connect.js";
import { linkMatters } from "../../db/meetings/link-matters.js";
import type { Actor } from "../../domain/auth/index.js";
import {
  MEETING_ITEM_KIND_ID,
  MEETING_KIND_NAMES,
  type MeetingKind,
  type ReferralSource,
} from "../../domain/meetings/index.js";
import type { MatterView } from "../workflow/matter-view.js";
import { openMatter } from "../workflow/open-matter.js";

export interface ItemReferral {
  meetingKind: MeetingKind;
  source: ReferralSource;
  caseId: number | null;
  caseNumber: string | null;
  division: string;
  judge: string;
  /** The matter it came from (none for a direct referral). */
  originMatterId: number | null;
  materials: { summary?: string; issues?: string; panelOpinion?: string; similarCases?: string };
  note: string;
}

export async function openMeetingItem(
  actor: Actor,
  handle: Db,
  r: ItemReferral,
  today: string,
  options: { system?: boolean } = {},
): Promise<MatterView> {
  const input: Record<string, unknown> = { meetingKind: MEETING_KIND_NAMES[r.meetingKind], note: r.note };
  for (const [k, v] of Object.entries(r.materials)) if (v !== undefined && v !== "") input[k] = v;
  const view = await openMatter(
    actor,
    handle,
    {
      kind: MEETING_ITEM_KIND_ID,
      title: `${r.caseNumber ?? "事项"} 提请${MEETING_KIND_NAMES[r.meetingKind]}讨论`,
      division: r.division,
      judge: r.judge,
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      links: r.originMatterId ? [{ entity: "matter", id: r.originMatterId }] : [],
      input,
      data: { source: r.source, originMatterId: r.originMatterId },
    },
    today,
    options,
  );
  if (r.originMatterId) await linkMatters(handle, r.originMatterId, view.id);
  return view;
}
