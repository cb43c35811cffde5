/**
 * Recomputes case_facts from cases + case_events: for the touched cases after an import, or all
 * of them (`shenguan refresh`). Streams by pages of cases, so a 1,000,000-case refresh runs in
 * bounded memory; writes in moderate transactions (facts are derived and can always be rebuilt).
 */
import { sql } from "kysely";
import { FACT_INDEXES, factsInserter, factValues, readCasesWithEvents } from "../db/case-store.js";
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

/** Refreshes all facts (or the given cases) and recomputes the alerts over all cases. */
/** Refreshes all facts (or the given cases) and recomputes the alerts over all cases. */
export async function refreshFacts(
  actor: Actor,
  handle: Db,
  options: RefreshOptions = {},
): Promise<RefreshResult & { alerts: { total: number; new: number; resolved: number; ms: number } }> {
  assertCan(actor, "refresh");
  const r = await refreshFactsUnchecked(handle, options);
  const a = await recomputeAlerts(handle, { asOf: r.asOf, rules: options.rules });
  return { ...r, alerts: { total: a.alerts, new: a.inserted, resolved: a.resolved, ms: a.ms } };
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
  let done = 0;
  const derive = (
    page: {
      id: number;
      record: Parameters<typeof deriveFacts>[0];
      events: Parameters<typeof toTimelineEvents>[0];
    }[],
  ) =>
    page.map((c) => factValues(c.id, deriveFacts(c.record, toTimelineEvents(c.events), asOf, options.rules)));

  if (!options.ids) {
    // Full refresh: replace every row in one transaction. Readers keep seeing the previous facts
    // (SQLite WAL, PostgreSQL MVCC) until it commits; plain inserts into an emptied table are much
    // cheaper than upserts, and SQLite spills the transaction to disk, so memory stays bounded.
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom("case_facts").execute();
      // Secondary indexes are rebuilt once at the end: a sorted bulk build beats a million
      // random B-tree inserts.
      for (const ix of FACT_INDEXES) await sql`drop index if exists ${sql.id(ix.name)}`.execute(trx);
      const inserter = factsInserter(trx, handle.sqlite, "insert");
      for await (const page of readCasesWithEvents(trx, { pageSize: 5000, sqlite: handle.sqlite })) {
        await inserter.insert(derive(page), trx);
        done += page.length;
        options.onProgress?.(done, total);
      }
      for (const ix of FACT_INDEXES) {
        await sql`create index ${sql.id(ix.name)} on case_facts (${sql.join(ix.columns.map((c) => sql.id(c)))})`.execute(
          trx,
        );
      }
    });
    return { cases: done, asOf, ms: performance.now() - started };
  }

  // Touched cases: upsert their rows in moderate transactions.
  const inserter = factsInserter(db, handle.sqlite);
  let pending: unknown[][] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const rows = pending;
    pending = [];
    await db.transaction().execute((trx) => inserter.insert(rows, trx).then(() => undefined));
  };
  for await (const page of readCasesWithEvents(db, {
    ids: options.ids,
    pageSize: 5000,
    sqlite: handle.sqlite,
  })) {
    for (const row of derive(page)) pending.push(row);
    done += page.length;
    if (pending.length >= 20000) await flush();
    options.onProgress?.(done, total);
  }
  await flush();
  return { cases: done, asOf, ms: performance.now() - started };
}
