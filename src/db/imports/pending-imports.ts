/**
 * Imports whose cases and events are committed but whose facts and alerts are not yet refreshed
 * (`imports.status = 'facts-pending'`, written in the same transaction as the cases), the cases
 * they touched, and marking them complete.
 */
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.js";

export const FACTS_PENDING = "facts-pending";

export interface PendingImport {
  id: number;
  /** The day the import was checked for (null for a row written before migration 0005). */
  asOf: string | null;
}

/** The pending imports, oldest first. */
export async function pendingImports(db: Kysely<Database>): Promise<PendingImport[]> {
  const rows = await db
    .selectFrom("imports")
    .select(["id", "as_of"])
    .where("status", "=", FACTS_PENDING)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ id: r.id, asOf: r.as_of }));
}

/**
 * The ids (ascending) of the cases written by the import `firstImportId` or a later one: every
 * case an import inserts or updates carries its import id, and so does every event it appends.
 * Import ids only grow, so a case a pending import touched and a later import touched again is
 * found through the later id.
 */
export async function casesTouchedSince(db: Kysely<Database>, firstImportId: number): Promise<number[]> {
  const r = await sql<{ id: number }>`select id from cases where import_id >= ${firstImportId}
    union select case_id as id from case_events where import_id >= ${firstImportId}
    order by id`.execute(db);
  return r.rows.map((x) => Number(x.id));
}

/** Marks the pending imports among `ids` as imported (their facts and the alerts are current). */
export async function markImportsComplete(
  db: Kysely<Database>,
  ids: readonly number[],
  finishedAt: string,
): Promise<number> {
  if (ids.length === 0) return 0;
  const r = await db
    .updateTable("imports")
    .set({ status: "imported", finished_at: finishedAt })
    .where("id", "in", ids as number[])
    .where("status", "=", FACTS_PENDING)
    .executeTakeFirst();
  return Number(r.numUpdatedRows ?? 0);
}
