/**
 * PostgreSQL only: COPY … FROM STDIN through the pg client's streaming copy (pg-copy-streams), for
 * the bulk paths (the import's staging tables, the parallel facts refresh). COPY sends rows as one
 * text stream — no statement per batch, no parameter per value — and is PostgreSQL's documented
 * fast path for loading data.
 *
 * COPY needs the pg client under a Kysely connection or transaction, which Kysely does not expose:
 * every client a pool opens is registered here by its backend process id (registerPostgresPool,
 * called by openDb), and `postgresClientOf(db)` asks the connection for `pg_backend_pid()` and
 * returns that client — the very connection (and so the transaction) the Kysely handle runs on.
 */
import { type Kysely, sql } from "kysely";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** Clients of every pool opened in this process, by `port:backend pid`. */
const clients = new Map<string, pg.Client>();

function keyOf(port: number | string | undefined, pid: number): string {
  return `${Number(port ?? 5432)}:${pid}`;
}

/** PostgreSQL only: registers the clients of this pool for postgresClientOf. */
export function registerPostgresPool(pool: pg.Pool): void {
  pool.on("connect", (client) => {
    const c = client as unknown as pg.Client & { processID: number | null };
    if (c.processID !== null) clients.set(keyOf(c.port, c.processID), c);
  });
  pool.on("remove", (client) => {
    const c = client as unknown as pg.Client & { processID: number | null };
    if (c.processID !== null && clients.get(keyOf(c.port, c.processID)) === c)
      clients.delete(keyOf(c.port, c.processID));
  });
}

/** PostgreSQL only: the pg client a Kysely connection or transaction runs on. */
export async function postgresClientOf(db: Kysely<unknown>): Promise<pg.Client> {
  const r = await sql<{ pid: number; port: number }>`select pg_backend_pid() as pid,
    current_setting('port')::int as port`.execute(db);
  const row = r.rows[0];
  const client = row ? clients.get(keyOf(row.port, row.pid)) : undefined;
  if (!client) throw new Error("no registered PostgreSQL client for this connection");
  return client;
}

/** One value in COPY's text format: \N for null, backslash escapes for \ tab newline CR. */
export function copyValue(v: unknown): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "\\N";
  if (typeof v === "boolean") return v ? "1" : "0";
  const s = String(v);
  if (!/[\\\t\n\r]/.test(s)) return s;
  return s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** One row (values in `columns` order) as a COPY text line, without its line break. */
export function copyLineOf(r: readonly unknown[]): string {
  let line = "";
  for (let i = 0; i < r.length; i++) line += (i === 0 ? "" : "\t") + copyValue(r[i]);
  return line;
}

/** Rows (values in `columns` order) as COPY text lines. */
export function copyTextOf(rows: readonly (readonly unknown[])[]): string {
  let out = "";
  for (const r of rows) out += `${copyLineOf(r)}\n`;
  return out;
}

/**
 * PostgreSQL only: a COPY into `table (columns)` on this client; `write` text (copyTextOf) as
 * often as needed, then `end()` resolves when the server has taken every row (and rejects with its
 * error, e.g. a value the column's type does not accept).
 */
export function openCopyPostgres(
  client: pg.Client,
  table: string,
  columns: readonly string[],
): { write(text: string): Promise<void>; end(): Promise<void> } {
  const stream = client.query(
    copyFrom(`COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) FROM STDIN`),
  );
  let failure: Error | undefined;
  const finished = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", (err: Error) => {
      failure = err;
      reject(err);
    });
  });
  finished.catch(() => undefined);
  return {
    async write(text) {
      if (failure) throw failure;
      if (text.length === 0) return;
      if (!stream.write(text)) {
        await new Promise<void>((resolve, reject) => {
          stream.once("drain", resolve);
          finished.catch(reject);
        });
      }
    },
    async end() {
      stream.end();
      await finished;
    },
  };
}

/** PostgreSQL only: copies rows (values in `columns` order) into `table` on this client. */
export async function copyRowsPostgres(
  client: pg.Client,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const copy = openCopyPostgres(client, table, columns);
  const step = 5000;
  for (let i = 0; i < rows.length; i += step) await copy.write(copyTextOf(rows.slice(i, i + step)));
  await copy.end();
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected identifier ${name}`);
  return name;
}
