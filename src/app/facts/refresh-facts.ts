/**
 * Recomputes case_facts from cases + case_events: for the touched cases after an import, or all
 * of them (`shenguan refresh`). Streams by pages of cases, so a 1,000,000-case refresh runs in
 * bounded memory; writes in moderate transactions (facts are derived and can always be rebuilt).
 */
import { countCases } from "../../db/cases/find-case-refs.js";
import { readCasesWithEvents } from "../../db/cases/read-cases-with-events.js";
import type { Db } from "../../db/connect.js";
import { factValues } from "../../db/facts/columns.js";
import {
  prepareFactsStagingPostgres,
  stagedFactsRefreshPostgres,
  swapInStagedFactsPostgres,
} from "../../db/facts/stage-facts-postgres.js";
import {
  emptyFacts,
  factsFromCasesWriter,
  factsInserter,
  writeFactsInTransaction,
} from "../../db/facts/write-facts.js";
import { largeWrite } from "../../db/large-write.js";
import { type PackedRows, RowUnpacker } from "../../db/packed-rows.js";
import { clearRollup, rebuildRollup } from "../../db/rollup/rollup.js";
import type { Actor } from "../../domain/auth/index.js";
import {
  deriveFacts,
  type FactsRules,
  rulesVersionOf,
  toTimelineEvents,
} from "../../domain/case/derive-facts.js";
import { recomputeAlerts } from "../alerts/recompute-alerts.js";
import { refreshChainFacts } from "../chains/refresh-chain-facts.js";
import { refuseOnFederationNode } from "../federation/federated-read.js";
import { casePassWorkers, runCasePass } from "../runtime/case-pass.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { identifySupervisedCases } from "../supervision/identify-supervised-cases.js";
import { refreshTriageFacts } from "../triage/refresh-triage-facts.js";
import { loadTriageSettings } from "../triage/triage-settings.js";

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
export async function refreshFacts(
  actor: Actor,
  handle: Db,
  options: RefreshOptions = {},
): Promise<RefreshResult & { alerts: { total: number; new: number; resolved: number; ms: number } }> {
  mustAuthorize(actor, "refresh");
  const r = await refreshFactsUnchecked(handle, options);
  const a = await recomputeAlerts(handle, { asOf: r.asOf, rules: options.rules });
  // 四类案件 as of the same day: cases that have grown long-pending, and cases closed since.
  await identifySupervisedCases(handle, { asOf: r.asOf });
  return { ...r, alerts: { total: a.alerts, new: a.inserted, resolved: a.resolved, ms: a.ms } };
}

/** The refresh itself, for callers that already checked permission (the importer). */
export async function refreshFactsUnchecked(
  handle: Db,
  options: RefreshOptions = {},
): Promise<RefreshResult> {
  await refuseOnFederationNode(handle, "刷新统计数据");
  const started = performance.now();
  const asOf = options.asOf ?? todayInChina();
  const { db } = handle;
  const total = options.ids?.length ?? (await countCases(handle));
  const derivedFor = { asOf, rulesVersion: rulesVersionOf(options.rules) };
  // Unreadable triage settings never stop a refresh or an import: the fast-track pass is skipped.
  const triageSettings = await loadTriageSettings(handle).catch(() => null);
  let done = 0;
  const derive = (
    page: {
      id: number;
      record: Parameters<typeof deriveFacts>[0];
      events: Parameters<typeof toTimelineEvents>[0];
    }[],
  ) =>
    page.map((c) => factValues(c.id, deriveFacts(c.record, toTimelineEvents(c.events), asOf, options.rules)));

  const workersStaged = !options.ids && stagedFactsRefreshPostgres(handle) ? casePassWorkers(false) : 0;
  if (workersStaged > 0) {
    // Full refresh on PostgreSQL: worker threads derive the facts of their case id ranges and COPY
    // them into a fresh UNLOGGED staging table, each on its own connection; then one transaction
    // swaps them in and runs the passes over the whole court. Readers see the previous facts
    // until it commits; a kill -9 at any moment leaves them intact (the next refresh drops the
    // staging table left over).
    await prepareFactsStagingPostgres(db);
    await runCasePass(
      handle,
      db,
      workersStaged,
      { kind: "facts-staged", asOf, rules: options.rules },
      (page) => {
        done += page.cases;
        options.onProgress?.(done, total);
      },
    );
    await db.transaction().execute(async (trx) => {
      // The monthly rollup is rebuilt at the end of this transaction; nothing maintains it meanwhile.
      await clearRollup(trx);
      await swapInStagedFactsPostgres(trx, derivedFor);
      await refreshChainFacts(trx);
      if (triageSettings) await refreshTriageFacts(trx, triageSettings, asOf, handle.sqlite);
      // The monthly rollup of these facts (docs/rollup.md), committed with them.
      await rebuildRollup(trx, { asOf });
    });
    return { cases: done, asOf, ms: performance.now() - started };
  }

  if (!options.ids) {
    // Full refresh: replace every row in one transaction. Readers keep seeing the previous facts
    // (SQLite WAL, PostgreSQL MVCC) until it commits; plain inserts into an emptied table are much
    // cheaper than upserts, and SQLite spills the transaction to disk, so memory stays bounded.
    // Every row is written for a case id just read from `cases` in this transaction, so the
    // per-row foreign-key check is skipped (largeWrite).
    await largeWrite(handle, { trustedReferences: true }, async (trx) => {
      // The monthly rollup is rebuilt at the end of this transaction; nothing maintains it meanwhile.
      await clearRollup(trx);
      await emptyFacts(trx, handle.dialect);
      const workers = handle.sqlite && handle.readPool ? casePassWorkers(true) : 0;
      if (handle.sqlite && workers > 0) {
        // The workers send the derived columns; the copied ones come from `cases` in the insert.
        const writeRow = factsFromCasesWriter(trx, derivedFor, handle.sqlite);
        const unpackers = Array.from({ length: workers }, () => new RowUnpacker());
        await runCasePass(handle, trx, workers, { kind: "facts", asOf, rules: options.rules }, (page) => {
          const packed = page.part as PackedRows;
          (unpackers[page.worker] as RowUnpacker).unpack(packed, writeRow);
          done += packed.rows;
          options.onProgress?.(done, total);
        });
      } else {
        const inserter = factsInserter(trx, derivedFor, handle.sqlite, "insert");
        for await (const page of readCasesWithEvents(trx, {
          pageSize: 5000,
          sqlite: handle.sqlite,
          lean: true,
        })) {
          await inserter.insert(derive(page), trx);
          done += page.length;
          options.onProgress?.(done, total);
        }
      }
      // Linked cases, in the same transaction: readers never see facts without their chains.
      await refreshChainFacts(trx);
      // 繁简分流's fast-track facts, likewise.
      if (triageSettings) await refreshTriageFacts(trx, triageSettings, asOf, handle.sqlite);
      // The monthly rollup of these facts (docs/rollup.md), committed with them.
      await rebuildRollup(trx, { asOf });
    });
    return { cases: done, asOf, ms: performance.now() - started };
  }

  // Touched cases: upsert their rows in moderate transactions.
  const inserter = factsInserter(db, derivedFor, handle.sqlite);
  let pending: unknown[][] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const rows = pending;
    pending = [];
    await writeFactsInTransaction(handle, inserter, rows);
  };
  for await (const page of readCasesWithEvents(db, {
    ids: options.ids,
    pageSize: 5000,
    sqlite: handle.sqlite,
    lean: true,
  })) {
    for (const row of derive(page)) pending.push(row);
    done += page.length;
    if (pending.length >= 20000) await flush();
    options.onProgress?.(done, total);
  }
  await flush();
  // Linked cases over the whole court: a touched case may link to, or be named by, any other.
  await handle.db.transaction().execute(async (trx) => {
    await refreshChainFacts(trx);
    if (triageSettings) await refreshTriageFacts(trx, triageSettings, asOf, handle.sqlite);
  });
  return { cases: done, asOf, ms: performance.now() - started };
}
