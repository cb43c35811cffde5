/**
 * The monthly bulletin as files: the detail workbook (.xlsx) and the narrative to sign and
 * circulate (.docx), named `<court>-<month>-审限与长期未结通报`. The server caches the bulletin of a
 * month for a few minutes, so fetching both files computes it once.
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import type { BulletinData } from "../../domain/bulletin/model.js";
import { writeBulletinDocx } from "../../io/bulletin-docx.js";
import { writeBulletinXlsx } from "../../io/bulletin-xlsx.js";
import type { ResultCache } from "../runtime/result-cache.js";
import { DOCX_TYPE, type FileResult, XLSX_TYPE } from "../shared/file.js";
import { mustAuthorize } from "../shared/policy.js";
import { cachedBulletin } from "./cached-bulletin.js";

/**
 * `<court>-<month>-审限与长期未结通报` (a division's version: `…-<division>`) — the file name
 * without extension.
 */
export function bulletinFileStem(courtName: string, month: string, division?: string): string {
  const name = `${courtName}-${month}-审限与长期未结通报${division ? `-${division}` : ""}`;
  return name.replace(/[\\/:*?"<>|]/g, "_");
}

export type BulletinFormat = "xlsx" | "docx";

export async function bulletinFile(data: BulletinData, format: BulletinFormat): Promise<FileResult> {
  const fileName = `${bulletinFileStem(data.court.name, data.month, data.division)}.${format}`;
  return format === "xlsx"
    ? { fileName, mediaType: XLSX_TYPE, content: await writeBulletinXlsx(data) }
    : { fileName, mediaType: DOCX_TYPE, content: await writeBulletinDocx(data) };
}

/** One file of a month's bulletin, the bulletin taken from the cache when it was built today. */
export async function exportBulletin(
  actor: Actor,
  handle: Db,
  input: { month: string; format: BulletinFormat; today: string; cache: ResultCache; court?: string },
): Promise<FileResult> {
  mustAuthorize(actor, "view-bulletins");
  // Everyone allowed to see a bulletin sees the whole court: the key names only the courts.
  return bulletinFile(await cachedBulletin(actor, handle, input), input.format);
}
