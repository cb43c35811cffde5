/**
 * Parallel passes over every case on SQLite: worker threads (case-pass-worker.ts) each read a
 * range of case ids on their own connection and do the per-case work — deriving facts, or running
 * the per-case detectors — and hand the results back page by page; the caller consumes the pages
 * one at a time (writes stay on its connection and transaction). Flow control: a worker waits for a
 * go-ahead after two pages in flight, so memory stays bounded.
 *
 * The worker is compiled code: from the TypeScript sources (the test runner) the callers take
 * their single-thread paths instead (casePassWorkers() returns 0).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Kysely } from "kysely";
import type { Db } from "../../db/connect.js";
import type { PackedRows } from "../../db/packed-rows.js";
import type { Database } from "../../db/schema.js";
import { idBounds } from "../../db/sql.js";
import type { AlertSettings } from "../../domain/alerts/index.js";
import type { FactsRules } from "../../domain/case/derive-facts.js";
import { compiledWorkerExists } from "./worker-threads.js";

const WORKER_URL = new URL("./case-pass-worker.js", import.meta.url);

export type CasePassJob =
  | { kind: "facts"; asOf: string; rules?: FactsRules }
  /**
   * PostgreSQL: each worker derives its facts and COPYs them into the staging table on its own
   * connection (stage-facts-postgres.ts); the pages it sends carry only how many cases they held.
   */
  | { kind: "facts-staged"; asOf: string; rules?: FactsRules }
  | { kind: "alerts"; asOf: string; rules?: FactsRules; settings: Partial<AlertSettings> };

export interface CasePassPage {
  /** Packed facts rows (kind facts: PackedRows) or an AlertPagePart (kind alerts). */
  part: unknown;
  cases: number;
  /** Which worker sent it (each worker's pages arrive in order; packed rows share a dictionary). */
  worker: number;
}

/**
 * How many workers: one per core, or one fewer when the caller's thread has heavy work of its own
 * (writing the facts); at least one; 0 when the compiled worker is not available.
 * SHENGUAN_CASE_WORKERS overrides.
 */
export function casePassWorkers(callerBusy: boolean): number {
  if (!compiledWorkerExists(WORKER_URL)) return 0;
  const env = process.env.SHENGUAN_CASE_WORKERS;
  if (env !== undefined) return Math.max(0, Number(env) || 0);
  return Math.max(1, availableParallelism() - (callerBusy ? 1 : 0));
}

/** Ids per chunk: the unit of work handed out, one page. */
export const CASE_PASS_CHUNK = 2000;

/**
 * Runs a pass over every case: the id range is cut into chunks that the workers take one at a
 * time from a shared counter, so the work spreads itself over whichever is free. `onPage` handles
 * the workers' pages one at a time, on the calling thread. (The calling thread taking chunks too
 * while idle was measured slower: 16.5 s instead of 14.7 s for a million facts.)
 */
export async function runCasePass(
  handle: Db,
  /** The connection to query on (the caller's transaction, if any). */
  db: Kysely<Database>,
  workers: number,
  job: CasePassJob,
  onPage: (page: CasePassPage) => Promise<void> | void,
): Promise<void> {
  const { lo, hi } = await idBounds(db, "cases");
  if (hi < lo) return;
  const chunks = Math.ceil((hi - lo + 1) / CASE_PASS_CHUNK);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const queue: { worker: number; m: WorkerMessage }[] = [];
  let wake: (() => void) | undefined;
  let failure: unknown;
  const fail = (err: unknown) => {
    failure ??= err;
    wake?.();
  };
  const started = Array.from({ length: workers }, (_, i) => {
    const w = new Worker(WORKER_URL, {
      workerData: { path: handle.url ?? handle.location, job, lo, hi, chunks, chunk: CASE_PASS_CHUNK, next },
      // A large young generation: each case leaves only short-lived garbage, and fewer, larger
      // scavenges cost less. Facts: 96 MB (measured 16.2 s instead of 19.8 s for a million cases).
      // Detectors: 64 MB, since two workers run beside a main thread that holds much more (a
      // million cases: 8.6–9.4 s instead of 9.2–9.8 s, peak RSS about 950 instead of 910 MB).
      resourceLimits: { maxYoungGenerationSizeMb: job.kind === "alerts" ? 64 : 96 },
    });
    let finished = false;
    w.on("message", (m: WorkerMessage) => {
      if (m.done) finished = true;
      queue.push({ worker: i, m });
      wake?.();
    });
    w.on("error", fail);
    w.on("exit", (code) => {
      if (!finished) fail(new Error(`case worker exited with code ${code}`));
    });
    return w;
  });
  let active = workers;
  try {
    for (;;) {
      if (failure !== undefined) throw failure;
      const item = queue.shift();
      if (item) {
        const { worker, m } = item;
        if (m.done) active--;
        else {
          const part = m.packed ?? (m.json === undefined ? undefined : JSON.parse(m.json));
          await onPage({ part, cases: m.cases ?? 0, worker });
          (started[worker] as Worker).postMessage("more");
        }
        continue;
      }
      if (active === 0) break;
      await new Promise<void>((r) => {
        wake = r;
      });
      wake = undefined;
    }
  } finally {
    if (failure !== undefined || active > 0) await Promise.all(started.map((w) => w.terminate()));
  }
}

interface WorkerMessage {
  json?: string;
  packed?: PackedRows;
  cases?: number;
  done?: boolean;
}
