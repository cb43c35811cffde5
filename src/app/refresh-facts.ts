/**
 * Recomputes case_facts from cases + case_events: for the touched cases after an import, or all
 * of them (`shenguan refresh`). Streams by pages of cases, so a 1,000,000-case refresh runs in
 * bounded memory; writes in moderate transactions (facts are derived and can always be rebuilt).
 */
import { factsInserter, factValues, readCasesWithEvents } from "../db/case-store.js";
import type { Db } from "../db/connect.js";
import { deriveFacts, type FactsRules, toTimelineEvents } from "../domain/case/derive-facts.js";
import { type Actor, assertCan } from "./actor.js";
import { recomputeAlerts } from "./alerts.js";
import { todayInChina } from "./today.js";

export interface RefreshOptions {
  asOf?: string;
  /** Only these cases (ascending ids); all cases when absent. */
  ids?: readonly number[];
  rules?: FactsRules;
  onProgress?: (done: number, total: number) => void;
}

export interface RefreshResult {
  cases: number;
  asOf: string;
  ms: number;
}

export async function refreshFacts(
  actor: Actor,
  handle: Db,
  options: RefreshOptions = {},
): Promise<RefreshResult> {
  assertCan(actor, "refresh");
  return refreshFactsUnchecked(handle, options);
}

/** The refresh itself, for callers that already checked permission (the importer). */
export async function refreshFactsUnchecked(
  handle: Db,
  options: RefreshOptions = {},
): Promise<RefreshResult> {
  const started = performance.now();
  const asOf = options.asOf ?? todayInChina();
  const { db } = handle;
  const total =
    options.ids?.length ??
    Number(
      (
        await db
          .selectFrom("cases")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirst()
      )?.n ?? 0,
    );
  const inserter = factsInserter(db);
  let done = 0;
  let pending: unknown[][] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const rows = pending;
    pending = [];
    await db.transaction().execute((trx) => inserter.insert(rows, trx).then(() => undefined));
  };
  for await (const page of readCasesWithEvents(db, { ids: options.ids, pageSize: 5000 })) {
    for (const c of page) {
      const facts = deriveFacts(c.record, toTimelineEvents(c.events), asOf, options.rules);
      pending.push(factValues(c.id, facts));
    }
    done += page.length;
    if (pending.length >= 20000) await flush();
    options.onProgress?.(done, total);
  }
  await flush();
  return { cases: done, asOf, ms: performance.now() - started };
}
