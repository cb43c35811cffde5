/**
 * A worker of a parallel pass over the cases (case-pass.ts): reads its range of case ids on its
 * own connection and returns, page by page, the facts rows or the per-case alerts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { factValues, readCasesWithEvents } from "../db/case-store.js";
import { openDb } from "../db/connect.js";
import { resolveAlertSettings } from "../domain/alerts/index.js";
import { deriveFacts, toTimelineEvents } from "../domain/case/derive-facts.js";
import { alertsOfPage } from "./alerts.js";
import type { CasePassJob } from "./case-pass.js";

const port = parentPort;
if (port) {
  const { path, job, fromId, toId } = workerData as {
    path: string;
    job: CasePassJob;
    fromId: number;
    toId: number;
  };
  const handle = await openDb(path, { migrate: false });
  const settings = job.kind === "alerts" ? resolveAlertSettings(job.settings) : undefined;
  let credits = 2;
  let wake: (() => void) | undefined;
  port.on("message", () => {
    credits++;
    wake?.();
  });
  for await (const page of readCasesWithEvents(handle.db, {
    pageSize: 2000,
    sqlite: handle.sqlite,
    fromId,
    toId,
  })) {
    // One JSON string per page: far cheaper to pass between threads than nested structures.
    const part =
      job.kind === "facts"
        ? page.map((c) =>
            factValues(c.id, deriveFacts(c.record, toTimelineEvents(c.events), job.asOf, job.rules)),
          )
        : alertsOfPage(page, job.asOf, settings as ReturnType<typeof resolveAlertSettings>, job.rules);
    const json = JSON.stringify(part);
    while (credits === 0) await new Promise<void>((r) => (wake = r));
    credits--;
    port.postMessage({ json, cases: page.length });
  }
  port.postMessage({ done: true });
  await handle.close();
  port.close();
}
