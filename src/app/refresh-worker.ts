/**
 * A worker of a parallel full refresh (see refresh-facts.ts): reads its share of the cases on its
 * own connection, derives their facts, and hands the rows to the main thread page by page, waiting
 * for a go-ahead so that memory stays bounded.
 */
import { parentPort, workerData } from "node:worker_threads";
import { factValues, readCasesWithEvents } from "../db/case-store.js";
import { openDb } from "../db/connect.js";
import { deriveFacts, type FactsRules, toTimelineEvents } from "../domain/case/derive-facts.js";

interface Job {
  path: string;
  asOf: string;
  rules?: FactsRules;
  fromId: number;
  toId: number;
}

const port = parentPort;
if (port) {
  const job = workerData as Job;
  const handle = await openDb(job.path, { migrate: false });
  let credits = 2;
  let wake: (() => void) | undefined;
  port.on("message", () => {
    credits++;
    wake?.();
  });
  for await (const page of readCasesWithEvents(handle.db, {
    pageSize: 2000,
    sqlite: handle.sqlite,
    fromId: job.fromId,
    toId: job.toId,
  })) {
    const rows = page.map((c) =>
      factValues(c.id, deriveFacts(c.record, toTimelineEvents(c.events), job.asOf, job.rules)),
    );
    while (credits === 0) await new Promise<void>((r) => (wake = r));
    credits--;
    // One JSON string per page: far cheaper to pass between threads than nested arrays.
    port.postMessage({ json: JSON.stringify(rows) });
  }
  port.postMessage({ done: true });
  await handle.close();
  port.close();
}
