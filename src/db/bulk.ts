/**
 * Bulk writes that run the same SQL on SQLite and PostgreSQL: a multi-row INSERT compiled once per
 * batch size by Kysely and executed with fresh parameters for every batch. This avoids compiling a
 * query per row or per batch while keeping one query for both databases. On SQLite the single-row
 * statement is prepared once (Kysely's driver prepares on every execution) and run per row on the
 * same connection — inside the caller's transaction.
 */
import type SQLite from "better-sqlite3";
import { CompiledQuery, type Kysely, sql } from "kysely";
import type { Database } from "./schema.js";

type TableName = keyof Database;

export interface BulkInsertOptions {
  /** Rows per statement (bounded by SQLite's 32,766 parameters). */
  batchSize?: number;
  /** `on conflict (...) do nothing` on these columns. */
  ignoreConflictOn?: string[];
  /** Upsert: on conflict on these columns, replace the other columns. */
  upsertOn?: string[];
  returning?: string[];
  /** Columns with the same value in every row: written into the statement as literals. */
  constants?: Record<string, string | number>;
}

export class BulkInserter<T extends TableName> {
  private readonly cache = new Map<number, CompiledQuery>();
  private readonly prepared = new Map<number, SQLite.Statement>();
  private readonly batchSize: number;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly table: T,
    private readonly columns: readonly string[],
    private readonly options: BulkInsertOptions = {},
    /** The better-sqlite3 handle behind `db`, when on SQLite. */
    private readonly sqlite?: SQLite.Database,
  ) {
    this.batchSize = Math.min(options.batchSize ?? 500, Math.floor(30000 / columns.length));
  }

  private compiled(n: number, withReturning = true): CompiledQuery {
    const cacheKey = withReturning ? n : -n;
    let q = this.cache.get(cacheKey);
    if (!q) {
      const placeholderRow: Record<string, unknown> = Object.fromEntries(this.columns.map((c) => [c, null]));
      for (const [c, v] of Object.entries(this.options.constants ?? {})) placeholderRow[c] = sql.lit(v);
      // biome-ignore lint/suspicious/noExplicitAny: the table is generic; rows are checked by callers.
      let builder: any = this.db
        .insertInto(this.table)
        .values(Array.from({ length: n }, () => placeholderRow) as never);
      if (this.options.ignoreConflictOn) {
        const cols = this.options.ignoreConflictOn;
        // biome-ignore lint/suspicious/noExplicitAny: Kysely's conflict builder is generic over the table.
        builder = builder.onConflict((oc: any) => oc.columns(cols).doNothing());
      } else if (this.options.upsertOn) {
        const cols = this.options.upsertOn;
        const rest = [...this.columns, ...Object.keys(this.options.constants ?? {})].filter(
          (c) => !cols.includes(c),
        );
        // biome-ignore lint/suspicious/noExplicitAny: Kysely's conflict builder is generic over the table.
        builder = builder.onConflict((oc: any) =>
          oc.columns(cols).doUpdateSet(
            // biome-ignore lint/suspicious/noExplicitAny: expression builder of the excluded row.
            Object.fromEntries(rest.map((c) => [c, (eb: any) => eb.ref(`excluded.${c}`)])),
          ),
        );
      }
      if (this.options.returning && withReturning) builder = builder.returning(this.options.returning);
      q = builder.compile() as CompiledQuery;
      this.cache.set(cacheKey, q);
    }
    return q;
  }

  /** Inserts rows given as value arrays in `columns` order; returns the RETURNING rows if any. */
  async insert(
    rows: readonly (readonly unknown[])[],
    db: Kysely<Database> = this.db,
  ): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    if (this.sqlite) {
      // better-sqlite3 executes synchronously: a prepared single-row statement run per row is the
      // fastest path (no large parameter arrays), and it is the same INSERT the batches use.
      const returning = this.options.returning;
      const rebuild = returning?.every((c) => c === "id" || this.columns.includes(c)) ?? false;
      const key = returning && !rebuild ? 1 : -1;
      let stmt = this.prepared.get(key);
      if (!stmt) {
        stmt = this.sqlite.prepare(this.compiled(1, key === 1).sql);
        this.prepared.set(key, stmt);
      }
      if (returning && rebuild) {
        // RETURNING rebuilt from what was inserted and the new rowid: no result row per insert.
        const at = returning.map((c) => this.columns.indexOf(c));
        for (const r of rows) {
          const res = stmt.run(r as unknown[]);
          if (res.changes === 0) continue; // ignored on conflict
          const row: Record<string, unknown> = {};
          returning.forEach((c, i) => {
            row[c] = c === "id" ? Number(res.lastInsertRowid) : r[at[i] as number];
          });
          out.push(row);
        }
      } else if (returning) {
        for (const r of rows) {
          const got = stmt.get(r as unknown[]) as Record<string, unknown> | undefined;
          if (got) out.push(got);
        }
      } else for (const r of rows) stmt.run(r as unknown[]);
      return out;
    }
    for (let i = 0; i < rows.length; i += this.batchSize) {
      const chunk = rows.slice(i, i + this.batchSize);
      const q = this.compiled(chunk.length);
      const params: unknown[] = [];
      for (const r of chunk) for (const v of r) params.push(v);
      const res = await db.executeQuery(CompiledQuery.raw(q.sql, params));
      if (this.options.returning) for (const row of res.rows as Record<string, unknown>[]) out.push(row);
    }
    return out;
  }
}
