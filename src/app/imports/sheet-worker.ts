/**
 * A worker thread that reads and validates one sheet (CSV, or a worksheet of an .xlsx) of an import (import-validate.ts) while
 * the importing thread writes. Valid case rows travel as packed rows (PackedRows: typed arrays and
 * a string dictionary), issues and event rows as they are (few). Flow control as in the case
 * passes: after `ahead` batches in flight the worker waits for a go-ahead, so memory stays bounded.
 */
import { parentPort, workerData } from "node:worker_threads";
import { CASE_ATTRIBUTE_COLUMNS } from "../../db/cases/mapper.js";
import { type PackedRows, RowPacker } from "../../db/packed-rows.js";
import { sendingCredits } from "../runtime/worker-threads.js";
import { openSheetRows, type SheetFile, type SheetSource } from "./open-sources.js";
import { type PendingEvent, validateSheet } from "./validate-sheet.js";

export const IMPORT_BATCH_ROWS = 2000;

/** One validated batch as it crosses between threads. */
export interface ImportWorkerBatch {
  issues: import("../../domain/import/validate.js").ImportIssue[];
  /** Valid case rows: [excel row, case number, ...case attribute values]. */
  cases: PackedRows;
  events: PendingEvent[];
  validated: number;
}

export type ImportWorkerMessage =
  | { batch: ImportWorkerBatch }
  | { done: true; hadHeader: boolean }
  | { error: string; stack?: string };

export const CASE_ROW_WIDTH = 2 + CASE_ATTRIBUTE_COLUMNS.length;

const port = parentPort;
if (port) {
  const { file, name, role, encoding, today, ahead } = workerData as {
    file: SheetFile;
    name: string;
    role: SheetSource["role"];
    encoding?: string;
    today: string;
    /** Batches it may send before the importing thread has consumed them. */
    ahead: number;
  };
  const mayPost = sendingCredits(port, ahead);
  // The case number and the parties are nearly all distinct: sent as they are, not through the
  // dictionary.
  const rawColumns = [
    1,
    2 + CASE_ATTRIBUTE_COLUMNS.indexOf("plaintiffs"),
    2 + CASE_ATTRIBUTE_COLUMNS.indexOf("defendants"),
    2 + CASE_ATTRIBUTE_COLUMNS.indexOf("origin_case_number"),
  ];
  const packer = new RowPacker(CASE_ROW_WIDTH, IMPORT_BATCH_ROWS, rawColumns);
  const source: SheetSource = {
    name,
    role,
    encoding,
    open: () => openSheetRows(file),
  };
  try {
    const hadHeader = await validateSheet(
      source,
      today,
      async (b) => {
        for (const c of b.cases) packer.add([c.row, c.caseNumber, ...c.values]);
        const cases = packer.take();
        const batch: ImportWorkerBatch = {
          issues: b.issues,
          cases,
          events: b.events,
          validated: b.validated,
        };
        await mayPost();
        port.postMessage({ batch } satisfies ImportWorkerMessage, [
          cases.num.buffer as ArrayBuffer,
          cases.str.buffer as ArrayBuffer,
        ]);
      },
      { batchRows: IMPORT_BATCH_ROWS, duplicates: false },
    );
    port.postMessage({ done: true, hadHeader } satisfies ImportWorkerMessage);
  } catch (err) {
    const e = err as Error;
    port.postMessage({ error: e.message ?? String(err), stack: e.stack } satisfies ImportWorkerMessage);
  }
  port.close();
}
