/**
 * A worker of the export pool (export-pool.ts): opens its own connection to the database (a SQLite
 * file or a PostgreSQL URL), then runs one export at a time — rows read page by page, the workbook
 * written to the temporary file it is given — and answers with the number of rows or the error.
 * A cancelled export is stopped by terminating the worker.
 */
import { createWriteStream } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { openDb } from "../../db/connect.js";
import { type ExportJob, runExportJob } from "./export-job.js";

export interface ExportRequest {
  id: number;
  job: ExportJob;
  path: string;
}

export type ExportReply = { id: number; rows: number } | { id: number; error: string };

const port = parentPort;
if (port) {
  const { db, pageRows } = workerData as { db: string; pageRows: number };
  const opened = await openDb(db, { migrate: false });
  // Reads run here, on this thread's own connection (not on a pool of further threads), with a
  // small page cache: an export reads each page of the table once or a few times.
  opened.sqlite?.pragma("cache_size = -16384");
  opened.sqlite?.pragma("query_only = ON");
  const handle = { ...opened, readPool: undefined };
  port.on("message", async (m: ExportRequest) => {
    let reply: ExportReply;
    try {
      const rows = await runExportJob(handle, m.job, createWriteStream(m.path), pageRows);
      reply = { id: m.id, rows };
    } catch (err) {
      reply = { id: m.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}
