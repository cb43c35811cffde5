/**
 * The export pool: list exports (alerts, cases, a figure's case list) are built off the event loop,
 * a bounded number at a time. Up to `running` exports are built at once, each by its own worker
 * thread (export-worker.ts) on its own database connection, into a temporary file; up to `waiting`
 * more wait their turn; beyond that an export is refused at once with 503 and a Retry-After, rather
 * than piling up. An export whose client goes away is dropped from the queue, or its worker is
 * stopped, and its file removed.
 *
 * The worker is compiled code: from the TypeScript sources (the test runner) the pool builds the
 * exports on this thread instead, with the same queue, the same reads and the same writer.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, unlinkSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { Worker } from "node:worker_threads";
import type { Db } from "../../db/connect.js";
import { AppError } from "../shared/errors.js";
import { ExportCancelled, type ExportJob, runExportJob } from "./export-job.js";
import type { ExportReply, ExportRequest } from "./export-worker.js";
import { compiledWorkerExists } from "./worker-threads.js";

const WORKER_URL = new URL("./export-worker.js", import.meta.url);

/** 503: every export slot and every place in the queue is taken. */
export class ExportsBusyError extends AppError {
  constructor(readonly retryAfter: number) {
    super(503, "busy", `导出任务较多，请稍后再试（约 ${retryAfter} 秒后）`, { retryAfter });
  }
}

/** The export's client went away before it was ready. */
export class ExportCancelledError extends AppError {
  constructor() {
    super(499, "cancelled", "导出已取消");
  }
}

export interface ExportPoolOptions {
  /** The database the workers open: a SQLite file or a postgres:// URL (with its password). */
  db: string;
  /** The server's own handle: exports run on it when there is no compiled worker. */
  handle: Db;
  /** Exports built at once (default SHENGUAN_EXPORT_WORKERS, else one per core, at most 4). */
  running?: number;
  /** Exports that may wait for a turn (default SHENGUAN_EXPORT_QUEUE, else 4 per running). */
  waiting?: number;
  /** Rows read per query (default SHENGUAN_EXPORT_PAGE_ROWS, else 5,000). */
  pageRows?: number;
  /** false: build on this thread even when the compiled worker exists. */
  workers?: boolean;
}

export interface ExportPoolStats {
  running: number;
  waiting: number;
  /** Exports finished, refused (queue full), cancelled and failed since start. */
  done: number;
  refused: number;
  cancelled: number;
  failed: number;
}

/** A finished export: its temporary file, read once and then removed. */
export interface ExportedFile {
  size: number;
  rows: number;
  /** The file's bytes; the file is removed once the stream closes (read to the end or destroyed). */
  open(): Readable;
}

interface Pending {
  id: number;
  job: ExportJob;
  path: string;
  signal?: AbortSignal;
  onAbort: () => void;
  resolve(f: ExportedFile): void;
  reject(err: unknown): void;
  startedAt: number;
  cancelled?: boolean;
  /** Stops a running export (terminates its worker, or aborts its reads on this thread). */
  stop?: () => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  job?: Pending;
}

function envNumber(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

export class ExportPool {
  readonly running: number;
  readonly waiting: number;
  readonly pageRows: number;
  /** Where the exports' files are written while they are built and sent (removed on close). */
  readonly tempDir: string;
  readonly usesWorkers: boolean;
  private readonly queue: Pending[] = [];
  private readonly active = new Set<Pending>();
  private readonly slots: Slot[] = [];
  private readonly counts = { done: 0, refused: 0, cancelled: 0, failed: 0 };
  private nextId = 1;
  /** Average seconds an export took (for Retry-After; 5 until one has finished). */
  private averageSeconds = 5;
  private closed = false;

  constructor(private readonly options: ExportPoolOptions) {
    const cores = availableParallelism();
    this.running = Math.max(
      1,
      Math.trunc(options.running ?? envNumber("SHENGUAN_EXPORT_WORKERS") ?? Math.min(4, cores)),
    );
    this.waiting = Math.max(
      0,
      Math.trunc(options.waiting ?? envNumber("SHENGUAN_EXPORT_QUEUE") ?? 4 * this.running),
    );
    this.pageRows = Math.max(
      1,
      Math.trunc(options.pageRows ?? envNumber("SHENGUAN_EXPORT_PAGE_ROWS") ?? 5000),
    );
    this.usesWorkers = options.workers !== false && compiledWorkerExists(WORKER_URL);
    this.tempDir = mkdtempSync(join(tmpdir(), "shenguan-exports-"));
  }

  stats(): ExportPoolStats {
    return { running: this.active.size, waiting: this.queue.length, ...this.counts };
  }

  /**
   * Builds the export when a slot is free (at once, or after those waiting before it); refuses it
   * with ExportsBusyError when the queue is full. When `signal` aborts (the client went away) the
   * export is dropped or stopped, its file removed, and the promise rejects with
   * ExportCancelledError.
   */
  run(job: ExportJob, signal?: AbortSignal): Promise<ExportedFile> {
    if (this.closed) return Promise.reject(new Error("export pool closed"));
    if (signal?.aborted) return Promise.reject(new ExportCancelledError());
    if (this.active.size >= this.running && this.queue.length >= this.waiting) {
      this.counts.refused++;
      return Promise.reject(new ExportsBusyError(this.retryAfter()));
    }
    return new Promise<ExportedFile>((resolve, reject) => {
      const id = this.nextId++;
      const p: Pending = {
        id,
        job,
        path: join(this.tempDir, `${id}.xlsx`),
        signal,
        onAbort: () => this.cancel(p),
        resolve,
        reject,
        startedAt: 0,
      };
      signal?.addEventListener("abort", p.onAbort, { once: true });
      this.queue.push(p);
      this.pump();
    });
  }

  /**
   * Seconds until a place in the queue is likely free: a place frees when the running export
   * closest to its end (by the average time an export takes) finishes and the first waiting one
   * starts. Short rather than long: a refused request costs little, an idle worker more.
   */
  private retryAfter(): number {
    const now = performance.now();
    let soonest = this.averageSeconds;
    for (const p of this.active)
      soonest = Math.min(soonest, this.averageSeconds - (now - p.startedAt) / 1000);
    return Math.min(600, Math.max(1, Math.ceil(soonest)));
  }

  private pump(): void {
    while (!this.closed && this.active.size < this.running && this.queue.length > 0) {
      const p = this.queue.shift() as Pending;
      this.active.add(p);
      p.startedAt = performance.now();
      if (this.usesWorkers) this.startInWorker(p);
      else this.startHere(p);
    }
  }

  private startHere(p: Pending): void {
    const abort = new AbortController();
    p.stop = () => abort.abort();
    runExportJob(this.options.handle, p.job, createWriteStream(p.path), this.pageRows, abort.signal).then(
      (rows) => this.finish(p, rows),
      (err) => this.finish(p, undefined, err),
    );
  }

  private startInWorker(p: Pending): void {
    let slot = this.slots.find((s) => !s.job);
    if (!slot) {
      slot = this.newSlot();
      this.slots.push(slot);
    }
    const s = slot;
    s.job = p;
    p.stop = () => {
      // Stop at once, whatever the worker is doing; a new worker takes its place when needed.
      this.dropSlot(s);
      void s.worker.terminate().then(() => this.removeFile(p.path));
    };
    s.ready.then(
      () => {
        if (s.job === p) s.worker.postMessage({ id: p.id, job: p.job, path: p.path } satisfies ExportRequest);
      },
      () => undefined,
    );
  }

  private newSlot(): Slot {
    const worker = new Worker(WORKER_URL, {
      workerData: { db: this.options.db, pageRows: this.pageRows },
      // An export holds a page of rows and the zip stream's buffers: far below these.
      resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
    });
    worker.unref();
    let ready: () => void = () => undefined;
    let failed: (err: unknown) => void = () => undefined;
    const slot: Slot = {
      worker,
      ready: new Promise<void>((resolve, reject) => {
        ready = resolve;
        failed = reject;
      }),
    };
    slot.ready.catch(() => undefined);
    const lose = (err: unknown) => {
      failed(err);
      this.dropSlot(slot);
      const p = slot.job;
      slot.job = undefined;
      if (p) this.finish(p, undefined, err);
    };
    worker.on("message", (m: ExportReply | { ready: true }) => {
      if ("ready" in m) return ready();
      const p = slot.job;
      if (!p || p.id !== m.id) return;
      slot.job = undefined;
      if ("error" in m) this.finish(p, undefined, new Error(m.error));
      else this.finish(p, m.rows);
    });
    worker.on("error", lose);
    worker.on("exit", (code) => {
      if (this.slots.includes(slot)) lose(new Error(`export worker exited with code ${code}`));
    });
    return slot;
  }

  private dropSlot(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    slot.job = undefined;
  }

  private cancel(p: Pending): void {
    const i = this.queue.indexOf(p);
    if (i >= 0) {
      this.queue.splice(i, 1);
      this.counts.cancelled++;
      p.reject(new ExportCancelledError());
      return;
    }
    if (!this.active.has(p)) return;
    p.cancelled = true;
    this.counts.cancelled++;
    p.reject(new ExportCancelledError());
    if (this.usesWorkers) {
      p.stop?.();
      this.active.delete(p);
      this.pump();
    } else {
      // On this thread the reads stop before their next page; the slot is free once they have.
      p.stop?.();
    }
  }

  private finish(p: Pending, rows: number | undefined, err?: unknown): void {
    const wasActive = this.active.delete(p);
    if (!wasActive || p.cancelled) {
      // Cancelled: whatever it left behind goes (its promise has been rejected already).
      this.removeFile(p.path);
      if (wasActive) this.pump();
      return;
    }
    p.signal?.removeEventListener("abort", p.onAbort);
    if (rows === undefined) {
      this.removeFile(p.path);
      if (!(err instanceof ExportCancelled)) this.counts.failed++;
      p.reject(err);
    } else {
      const seconds = (performance.now() - p.startedAt) / 1000;
      this.averageSeconds = this.counts.done === 0 ? seconds : 0.8 * this.averageSeconds + 0.2 * seconds;
      this.counts.done++;
      p.resolve(this.exported(p.path, rows));
    }
    this.pump();
  }

  private exported(path: string, rows: number): ExportedFile {
    const size = statSync(path).size;
    return {
      size,
      rows,
      open: () => {
        const stream = createReadStream(path);
        stream.once("close", () => this.removeFile(path));
        return stream;
      },
    };
  }

  private removeFile(path: string): void {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }

  /** Stops every export and worker and removes the temporary folder. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new ExportCancelledError());
    for (const p of [...this.active]) {
      p.reject(new ExportCancelledError());
      p.stop?.();
    }
    this.active.clear();
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
    rmSync(this.tempDir, { recursive: true, force: true });
  }
}
