/**
 * 我的待办 (or 我发起的, 已办) as an .xlsx workbook: the page asked for, or every row of the tab.
 * Built by the export pool (off the event loop, read page by page, streamed).
 */
import type { Actor } from "../../domain/auth/index.js";
import type { ExportPool } from "../runtime/export-pool.js";
import { type StreamedFile, XLSX_TYPE } from "../shared/file.js";
import { mustAuthorize } from "../shared/policy.js";
import { INBOX_TAB_NAMES } from "./inbox-row.js";
import type { InboxQuery } from "./list-inbox.js";

export async function exportInbox(
  actor: Actor,
  q: InboxQuery,
  today: string,
  exports: ExportPool,
  signal?: AbortSignal,
): Promise<StreamedFile> {
  mustAuthorize(actor, "view-inbox");
  const title = `我的待办·${INBOX_TAB_NAMES[q.tab ?? "todo"]}`;
  const file = await exports.run({ kind: "inbox", title, actor, today, query: q }, signal);
  return { fileName: `${title}.xlsx`, mediaType: XLSX_TYPE, size: file.size, content: file.open() };
}
