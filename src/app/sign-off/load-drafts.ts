/** The drafts within a scope as list rows (their files looked up once). */
import type { Db } from "../../db/connect.js";
import { listMatterFiles } from "../../db/sign-off/list-matter-files.js";
import { listSignOffMatters, type SignOffMatterRow } from "../../db/sign-off/list-sign-off-matters.js";
import { SIGN_OFF_KIND_ID, type SignOffSettings } from "../../domain/sign-off/index.js";
import { type DraftFileRef, type DraftRow, toDraftRow } from "./draft-row.js";

export async function loadDraftMatters(
  handle: Db,
  scope: { division?: string; judge?: string; caseId?: number; courts?: readonly string[] },
): Promise<SignOffMatterRow[]> {
  return listSignOffMatters(handle, SIGN_OFF_KIND_ID, scope);
}

export async function toDraftRows(
  handle: Db,
  matters: readonly SignOffMatterRow[],
  settings: SignOffSettings,
  today: string,
): Promise<DraftRow[]> {
  const files = new Map<number, DraftFileRef & { matterId: number | null }>();
  for (const f of await listMatterFiles(
    handle,
    matters.map((m) => m.id),
  ))
    files.set(f.id, {
      id: f.id,
      name: f.name,
      mediaType: f.mediaType,
      size: f.size,
      sha256: f.sha256,
      matterId: f.matterId,
    });
  return matters.map((m) => toDraftRow(m, files, settings, today));
}
