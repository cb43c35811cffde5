/**
 * Parallel reads on SQLite: a small pool of worker threads, each with its own connection to the
 * same database file (WAL lets readers run beside the writer and see committed data). Heavy
 * read-only queries — the indicator panel, case lists — run there, so they use both cores and never
 * block the server's event loop. PostgreSQL needs none of this: its server runs queries in parallel.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

// Plain CommonJS evaluated in the worker (works from the compiled build and from the test runner).
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.modulePath);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma("busy_timeout = 10000");
db.pragma("cache_size = -65536");
db.pragma("query_only = ON");
const statements = new Map();
parentPort.on("message", (m) => {
  try {
    let stmt = statements.get(m.sql);
    if (!stmt) {
      if (statements.size > 500) statements.clear();
      stmt = db.prepare(m.sql);
      statements.set(m.sql, stmt);
    }
    parentPort.postMessage({ id: m.id, rows: stmt.all(m.params) });
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: String((err && err.message) || err) });
  }
});
`;

interface Pending {
  resolve(rows: Record<string, unknown>[]): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

export class SqliteReadPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly path: string,
    readonly size = Math.max(1, Math.min(4, availableParallelism())),
  ) {}

  private start(): void {
    if (this.slots.length > 0) return;
    const modulePath = createRequire(import.meta.url).resolve("better-sqlite3");
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path: this.path, modulePath } });
      worker.unref();
      const slot: Slot = { worker, inFlight: 0 };
      worker.on("message", (m: { id: number; rows?: Record<string, unknown>[]; error?: string }) => {
        slot.inFlight--;
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.rows ?? []);
      });
      worker.on("error", (err) => {
        for (const [id, p] of this.pending) {
          p.reject(err);
          this.pending.delete(id);
        }
      });
      this.slots.push(slot);
    }
  }

  /** Runs one read-only statement on the least busy worker. */
  all(sql: string, params: readonly unknown[] = []): Promise<Record<string, unknown>[]> {
    if (this.closed) return Promise.reject(new Error("read pool closed"));
    this.start();
    const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    const id = this.nextId++;
    slot.inFlight++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, sql, params });
    });
  }

  /**
   * A passive WAL checkpoint on a worker's connection: copies committed pages into the database
   * file without waiting for (or blocking) readers and writers.
   */
  async checkpoint(): Promise<{ log: number; checkpointed: number }> {
    const [r] = await this.all("pragma wal_checkpoint(PASSIVE)");
    return { log: Number(r?.log ?? 0), checkpointed: Number(r?.checkpointed ?? 0) };
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
