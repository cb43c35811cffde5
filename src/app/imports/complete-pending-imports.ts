/**
 * The second half of every import: the facts of the cases it touched and the alerts over all cases.
 *
 * An import writes its cases and events in one transaction, and in that same transaction records
 * itself as `facts-pending`. The facts are then refreshed (in moderate transactions, on SQLite with
 * worker threads reading on their own connections — they cannot see an uncommitted transaction) and
 * the alerts recomputed (one transaction); only then is the import marked `imported`. A process that
 * dies in between leaves the import `facts-pending`, and whoever opens the database next — the
 * server at start-up, every command (withDatabase) — completes it before it reads anything:
 * cases, facts and alerts agree again, and the history says `imported` only from then on. Both
 * halves can run again without harm: the refresh rewrites the same facts, the alert merge keeps
 * each alert's state.
 */

import { appendAudit } from "../../db/audit/append-audit.js";
import { countCases } from "../../db/cases/find-case-refs.js";
import type { Db } from "../../db/connect.js";
import {
  casesTouchedSince,
  markImportsComplete,
  type PendingImport,
  pendingImports,
} from "../../db/imports/pending-imports.js";
import { recomputeAlerts } from "../alerts/recompute-alerts.js";
import { refreshFactsUnchecked } from "../facts/refresh-facts.js";
import { todayInChina } from "../shared/today.js";
import { identifySupervisedCases } from "../supervision/identify-supervised-cases.js";
import { escalateOverdueOrders } from "../supervision-orders/escalate-overdue-orders.js";

export interface CompletionOptions {
  onProgress?: (phase: "facts" | "alerts", done: number) => void;
}

export interface CompletionResult {
  /** The imports marked complete. */
  imports: number[];
  asOf: string;
  /** Cases whose facts were refreshed. */
  facts: number;
  alerts: { total: number; new: number; resolved: number };
}

/**
 * Completes every import left `facts-pending` (by a process that died, or an import run with
 * `refresh: false`); null when there is none — one small query, so every entry point can call it.
 */
export async function completePendingImports(
  handle: Db,
  options: CompletionOptions = {},
): Promise<CompletionResult | null> {
  const pending = await pendingImports(handle.db);
  if (pending.length === 0) return null;
  const ids = await casesTouchedSince(handle.db, (pending[0] as PendingImport).id);
  const result = await refreshAndMark(handle, pending, ids, options);
  await appendAudit(handle.db, {
    user: "system",
    action: "import-completed",
    entity: "imports",
    entityId: result.imports.join(","),
    detail: { facts: result.facts, alerts: result.alerts, asOf: result.asOf },
  });
  return result;
}

/**
 * The end of a committed import: its touched cases (as the importer collected them) refreshed, the
 * alerts recomputed, the import marked complete — together with any other import still pending.
 */
export async function completeImport(
  handle: Db,
  importId: number,
  touched: readonly number[],
  asOf: string,
  options: CompletionOptions = {},
): Promise<CompletionResult> {
  const pending = await pendingImports(handle.db);
  const others = pending.filter((p) => p.id !== importId);
  const all: PendingImport[] = [...others, { id: importId, asOf }];
  const ids =
    others.length > 0 ? await casesTouchedSince(handle.db, Math.min(...all.map((p) => p.id))) : touched;
  return refreshAndMark(handle, all, ids, options);
}

async function refreshAndMark(
  handle: Db,
  imports: readonly PendingImport[],
  ids: readonly number[],
  options: CompletionOptions,
): Promise<CompletionResult> {
  // The newest import's day: the one the user asked for last.
  const asOf = imports.at(-1)?.asOf ?? todayInChina();
  let facts = 0;
  if (ids.length > 0) {
    // Every case touched (a first import): the full refresh is the same work, in parallel on SQLite.
    const every = ids.length === (await countCases(handle));
    const r = await refreshFactsUnchecked(handle, {
      asOf,
      ids: every ? undefined : ids,
      onProgress: (d) => options.onProgress?.("facts", d),
    });
    facts = r.cases;
  }
  const a = await recomputeAlerts(handle, { asOf, onProgress: (d) => options.onProgress?.("alerts", d) });
  await identifySupervisedCases(handle, { asOf });
  const importIds = imports.map((p) => p.id);
  await markImportsComplete(handle.db, importIds, new Date().toISOString());
  await escalateOverdueOrders(handle, asOf); // 督办单 past their reply date, as of the import's day
  return {
    imports: importIds,
    asOf,
    facts,
    alerts: { total: a.alerts, new: a.inserted, resolved: a.resolved },
  };
}
