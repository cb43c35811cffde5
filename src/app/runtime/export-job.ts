/**
 * One list export: what to read (a serialisable description, so that it can cross to a worker
 * thread) and writing it — rows read page by page from the database, written to the workbook as
 * they come. The export pool (export-pool.ts) runs it in a worker thread (export-worker.ts), or on
 * this thread where there is no compiled worker (the test runner).
 */
import type { Writable } from "node:stream";
import { alertPages } from "../../db/alerts/alert-pages.js";
import type { AlertPageQuery } from "../../db/alerts/list-alerts.js";
import { caseListPages } from "../../db/cases/case-list-pages.js";
import type { CaseSearch } from "../../db/cases/list-cases.js";
import type { Db } from "../../db/connect.js";
import type { Filter } from "../../db/indicators/compile.js";
import type { DrillSelection } from "../../db/indicators/drill.js";
import { drillPages } from "../../db/indicators/drill-pages.js";
import type { Actor } from "../../domain/auth/index.js";
import { writeListXlsx } from "../../io/list-xlsx.js";
import { ALERT_LIST_COLUMNS } from "../alerts/alert-list-columns.js";
import { CASE_LIST_COLUMNS } from "../cases/case-list-columns.js";
import { INBOX_LIST_COLUMNS } from "../workflow/inbox-list-columns.js";
import { type InboxQuery, inboxExportPages } from "../workflow/list-inbox.js";

/** What to export: the list's query with the reader's scope already in its filters, and the title. */
export type ExportJob = { title: string } & (
  | { kind: "cases"; search: CaseSearch }
  | { kind: "alerts"; scope: Filter[]; query: AlertPageQuery }
  | { kind: "drill"; selection: DrillSelection }
  | { kind: "inbox"; actor: Actor; today: string; query: InboxQuery }
);

/** Thrown into a job's reads when it is cancelled (its client went away). */
export class ExportCancelled extends Error {
  constructor() {
    super("export cancelled");
  }
}

/** The pages of a list, stopping before the next read once `signal` is aborted. */
async function* untilAborted<T>(pages: AsyncGenerator<T[]>, signal?: AbortSignal): AsyncGenerator<T[]> {
  for await (const page of pages) {
    if (signal?.aborted) throw new ExportCancelled();
    yield page;
  }
}

/**
 * Writes the job's workbook to `out`, reading `pageRows` rows at a time on `handle`; resolves to
 * the number of rows.
 */
export function runExportJob(
  handle: Db,
  job: ExportJob,
  out: Writable,
  pageRows: number,
  signal?: AbortSignal,
): Promise<number> {
  switch (job.kind) {
    case "cases":
      return writeListXlsx(
        out,
        job.title,
        CASE_LIST_COLUMNS,
        untilAborted(caseListPages(handle, job.search, pageRows), signal),
      );
    case "drill":
      return writeListXlsx(
        out,
        job.title,
        CASE_LIST_COLUMNS,
        untilAborted(drillPages(handle, job.selection, pageRows), signal),
      );
    case "alerts":
      return writeListXlsx(
        out,
        job.title,
        ALERT_LIST_COLUMNS,
        untilAborted(alertPages(handle, job.scope, job.query, pageRows), signal),
      );
    case "inbox":
      return writeListXlsx(
        out,
        job.title,
        INBOX_LIST_COLUMNS,
        untilAborted(inboxExportPages(handle, job.actor, job.query, job.today, pageRows), signal),
      );
  }
}
