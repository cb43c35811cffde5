/**
 * A worker of a parallel pass over the cases (case-pass.ts): reads its range of case ids on its
 * own connection and returns, page by page, the facts rows or the per-case alerts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readCasesWithEvents } from "../../db/cases/read-cases-with-events.js";
import { openDb } from "../../db/connect.js";
import { derivedFactValues, FACT_DERIVED_COLUMNS, factValues } from "../../db/facts/columns.js";
import { copyFactsPostgres, openFactsCopyConnectionPostgres } from "../../db/facts/stage-facts-postgres.js";
import { type PackedRows, RowPacker } from "../../db/packed-rows.js";
import { resolveAlertSettings } from "../../domain/alerts/index.js";
import { deriveFacts, toTimelineEvents } from "../../domain/case/derive-facts.js";
import { alertsOfPage } from "../alerts/detect-alerts.js";
import type { CasePassJob } from "./case-pass.js";
import { sendingCredits } from "./worker-threads.js";

const port = parentPort;
if (port) {
  const { path, job, lo, hi, chunks, chunk, next } = workerData as {
    path: string;
    job: CasePassJob;
    lo: number;
    hi: number;
    chunks: number;
    chunk: number;
    /** The shared counter of chunks handed out (case-pass.ts). */
    next: Int32Array;
  };
  const handle = await openDb(path, { migrate: false });
  // A pass reads each page once, in id order, chunk by chunk: a small page cache is enough (the
  // default 256 MB of a connection would only hold pages that are never read again).
  handle.sqlite?.pragma("cache_size = -16384");
  const settings = job.kind === "alerts" ? resolveAlertSettings(job.settings) : undefined;
  const mayPost = sendingCredits(port, 2);
  const pageSize = 2000;
  const packer = job.kind === "facts" ? new RowPacker(FACT_DERIVED_COLUMNS.length, pageSize) : undefined;
  // Staged facts (PostgreSQL): a connection of the worker's own for its COPYs.
  const copyClient = job.kind === "facts-staged" ? await openFactsCopyConnectionPostgres(path) : undefined;
  for (let k = Atomics.add(next, 0, 1); k < chunks; k = Atomics.add(next, 0, 1)) {
    const fromId = lo + k * chunk;
    const toId = Math.min(hi, fromId + chunk - 1);
    for await (const page of readCasesWithEvents(handle.db, {
      pageSize,
      sqlite: handle.sqlite,
      fromId,
      toId,
      // Facts: only what is derived travels; the writer copies the rest from `cases`.
      lean: job.kind === "facts" ? "derived" : job.kind === "facts-staged" ? true : undefined,
    })) {
      let message: { packed?: PackedRows; json?: string; cases: number };
      let transfer: ArrayBuffer[] = [];
      if (copyClient && job.kind === "facts-staged") {
        const { asOf, rules } = job;
        await copyFactsPostgres(
          copyClient,
          page.map((c) => factValues(c.id, deriveFacts(c.record, toTimelineEvents(c.events), asOf, rules))),
        );
        message = { cases: page.length };
      } else if (packer) {
        // The derived part of each facts row (FACT_DERIVED_COLUMNS), packed one case at a time
        // (nothing per case outlives its iteration), sent as transferable typed arrays.
        const { asOf, rules } = job;
        for (const c of page)
          packer.add(derivedFactValues(c.id, deriveFacts(c.record, toTimelineEvents(c.events), asOf, rules)));
        const packed = packer.take();
        message = { packed, cases: page.length };
        transfer = [packed.num.buffer as ArrayBuffer, packed.str.buffer as ArrayBuffer];
      } else {
        // One JSON string per page: far cheaper to pass between threads than nested structures.
        const part = alertsOfPage(
          page,
          job.asOf,
          settings as ReturnType<typeof resolveAlertSettings>,
          job.rules,
        );
        message = { json: JSON.stringify(part), cases: page.length };
      }
      await mayPost();
      port.postMessage(message, transfer);
    }
  }
  port.postMessage({ done: true });
  await copyClient?.end();
  await handle.close();
  port.close();
}
