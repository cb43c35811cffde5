/**
 * The importing thread's side of a sheet read by a worker thread (sheet-worker.ts): starts the
 * worker, unpacks its batches and hands them on, one at a time, once the writer is ready for them.
 */
import { Worker } from "node:worker_threads";
import { RowUnpacker } from "../../db/packed-rows.js";
import type { SheetSource } from "./open-sources.js";
import type { ImportWorkerMessage } from "./sheet-worker.js";
import type { PendingCase, ValidatedBatch } from "./validate-sheet.js";

export const IMPORT_WORKER_URL = new URL("./sheet-worker.js", import.meta.url);

/** A sheet being read and validated by a worker thread; its batches wait until run(). */
export interface SheetWorker {
  /** Consumes the batches, one at a time, here; resolves to whether the sheet had a header. */
  run(consume: (b: ValidatedBatch) => Promise<void>): Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * Starts reading a sheet (source.file: CSV or .xlsx) in a worker thread. `ahead`: batches it may read before this thread
 * has consumed them (the events sheet is read beside the cases sheet and waits, bounded, until the
 * cases are written).
 */
export function startSheetWorker(source: SheetSource, today: string, ahead: number): SheetWorker {
  const w = new Worker(IMPORT_WORKER_URL, {
    workerData: {
      file: source.file,
      name: source.name,
      role: source.role,
      encoding: source.encoding,
      today,
      ahead,
    },
    resourceLimits: { maxYoungGenerationSizeMb: 96 },
  });
  let openGate: (consume: (b: ValidatedBatch) => Promise<void>) => void = () => undefined;
  const gate = new Promise<(b: ValidatedBatch) => Promise<void>>((r) => {
    openGate = r;
  });
  const unpacker = new RowUnpacker();
  let chain: Promise<unknown> = gate;
  let settled = false;
  let resolveResult: (hadHeader: boolean) => void = () => undefined;
  let rejectResult: (err: unknown) => void = () => undefined;
  const result = new Promise<boolean>((resolve, reject) => {
    resolveResult = resolve;
    rejectResult = reject;
  });
  result.catch(() => undefined); // a failure before run() is reported by run()
  const fail = (err: unknown) => {
    if (settled) return;
    settled = true;
    void w.terminate();
    rejectResult(err);
  };
  w.on("message", (m: ImportWorkerMessage) => {
    if ("batch" in m) {
      const cases: PendingCase[] = [];
      unpacker.unpack(m.batch.cases, (row) => {
        cases.push({ row: row[0] as number, caseNumber: row[1] as string, values: row.slice(2) });
      });
      const batch: ValidatedBatch = {
        issues: m.batch.issues,
        cases,
        events: m.batch.events,
        validated: m.batch.validated,
      };
      chain = chain.then(async () => {
        await (await gate)(batch);
        w.postMessage("more");
      });
      chain.catch(fail);
    } else if ("done" in m) {
      chain.then(() => {
        settled = true;
        resolveResult(m.hadHeader);
      }, fail);
    } else {
      const e = new Error(m.error);
      if (m.stack) e.stack = m.stack;
      fail(e);
    }
  });
  w.on("error", fail);
  w.on("exit", (code) => {
    if (!settled && code !== 0) fail(new Error(`import worker exited with code ${code}`));
  });
  return {
    run(consume) {
      openGate(consume);
      return result;
    },
    async stop() {
      settled = true;
      await w.terminate();
    },
  };
}
