/**
 * PostgreSQL only: the import's bulk inserts through COPY, with the same semantics as the
 * multi-row INSERTs of the SQLite path: new cases get their ids in file order, an event already
 * stored (same case and event key) is skipped, and the new ids and the inserted events are
 * returned. Cases are copied straight into `cases` with ids taken beforehand; each batch of events
 * is copied into a temporary staging table of the import's transaction (ON COMMIT DROP: it goes
 * with the commit or the rollback), then moved into `case_events` by one INSERT … SELECT … ON
 * CONFLICT DO NOTHING. Any error aborts the import's transaction: all or nothing.
 */
import { type Kysely, sql } from "kysely";
import type pg from "pg";
import { CASE_ATTRIBUTE_COLUMNS, EVENT_COLUMNS_DB } from "../cases/mapper.js";
import {
  copyLineOf,
  copyRowsPostgres,
  copyValue,
  openCopyPostgres,
  postgresClientOf,
} from "../copy-postgres.js";
import type { Database } from "../schema.js";

const EVENTS_STAGE = "import_events_stage";
type CopyStream = ReturnType<typeof openCopyPostgres>;
const CASE_COLUMNS = ["case_number", ...CASE_ATTRIBUTE_COLUMNS] as const;

export class PostgresImportCopy {
  private client: pg.Client | undefined;
  private eventsStaged = false;
  private droppedIndexes: string[] = [];
  /** A first load: `cases` is locked and its cases are copied through one open COPY. */
  private firstLoad = false;
  private caseStream: { copy: CopyStream; next: number } | undefined;

  constructor(
    private readonly trx: Kysely<Database>,
    private readonly constants: { importId: number; now: string },
  ) {}

  private async clientOf(): Promise<pg.Client> {
    this.client ??= await postgresClientOf(this.trx as Kysely<unknown>);
    return this.client;
  }

  /**
   * PostgreSQL only: inserts new cases (rows: [case number, ...attribute values]) by COPY straight
   * into `cases`, in file order; returns their new ids. Outside a first load the ids are taken from
   * the table's identity sequence first (one statement for the batch, increasing), so each row goes
   * in once, with its id. In a first load the table is locked (dropCaseIndexes) and one COPY stays
   * open across the batches: ids follow on from the sequence's next value, the server takes each
   * batch while the next is prepared, and endCaseStream closes it (and moves the sequence on)
   * before any other statement of the transaction.
   */
  async copyCasesPostgres(rows: readonly (readonly unknown[])[]): Promise<number[]> {
    if (rows.length === 0) return [];
    const client = await this.clientOf();
    let ids: number[];
    let copy: CopyStream;
    if (this.firstLoad) {
      if (!this.caseStream) {
        const first = await sql<{
          id: string | number;
        }>`select nextval(pg_get_serial_sequence('cases', 'id')) as id`.execute(this.trx);
        this.caseStream = { copy: this.openCases(client), next: Number(first.rows[0]?.id) };
      }
      const stream = this.caseStream;
      ids = Array.from({ length: rows.length }, (_, i) => stream.next + i);
      stream.next += rows.length;
      copy = stream.copy;
    } else {
      const taken = await sql<{
        id: string | number;
      }>`select nextval(pg_get_serial_sequence('cases', 'id')) as id
      from generate_series(1, ${rows.length}::integer)`.execute(this.trx);
      ids = taken.rows.map((x) => Number(x.id)).sort((a, b) => a - b);
      copy = this.openCases(client);
    }
    const { importId, now } = this.constants;
    const suffix = `\t${importId}\t${copyValue(now)}\t${copyValue(now)}\n`;
    const step = 2_000;
    for (let i = 0; i < rows.length; i += step) {
      let text = "";
      const end = Math.min(rows.length, i + step);
      for (let j = i; j < end; j++)
        text += `${ids[j]}\t${copyLineOf(rows[j] as readonly unknown[])}${suffix}`;
      await copy.write(text);
    }
    if (!this.firstLoad) await copy.end();
    return ids;
  }

  private openCases(client: pg.Client): CopyStream {
    return openCopyPostgres(client, "cases", [
      "id",
      ...CASE_COLUMNS,
      "import_id",
      "created_at",
      "updated_at",
    ]);
  }

  /**
   * Ends a first load's COPY of cases (waiting for the server to take every row) and sets the
   * identity sequence to the last id given. Called before any other statement of the transaction.
   */
  async endCaseStream(): Promise<void> {
    const stream = this.caseStream;
    if (!stream) return;
    this.caseStream = undefined;
    await stream.copy.end();
    await sql`select setval(pg_get_serial_sequence('cases', 'id'), ${stream.next - 1}::bigint)`.execute(
      this.trx,
    );
  }

  /**
   * A first load (no case stored yet): the secondary indexes of `cases` are dropped for the
   * import's transaction and built again at its end (restoreCaseIndexes) — one sort per index
   * instead of millions of insertions, as pg_restore loads a table. The primary key and the unique
   * case number stay (the events find their cases by number). The drop is part of the transaction:
   * a failed or killed import gets the indexes back with the rollback.
   */
  async dropCaseIndexes(): Promise<void> {
    // No other session inserts cases until the commit: the first load gives the ids itself.
    await sql`lock table cases in exclusive mode`.execute(this.trx);
    this.firstLoad = true;
    const r = await sql<{
      name: string;
      def: string;
    }>`select c.relname as name, pg_get_indexdef(i.indexrelid) as def
      from pg_index i join pg_class c on c.oid = i.indexrelid
      where i.indrelid = 'cases'::regclass and not i.indisprimary and not i.indisunique
      order by c.relname`.execute(this.trx);
    for (const x of r.rows) await sql`drop index ${sql.id(x.name)}`.execute(this.trx);
    this.droppedIndexes = r.rows.map((x) => x.def);
  }

  /** Builds again the indexes dropCaseIndexes dropped (before the import commits), then analyzes. */
  async restoreCaseIndexes(): Promise<void> {
    await this.endCaseStream();
    if (this.droppedIndexes.length === 0) return;
    await sql`set local maintenance_work_mem = '256MB'`.execute(this.trx);
    for (const def of this.droppedIndexes) await sql.raw(def).execute(this.trx);
    this.droppedIndexes = [];
    // The planner's statistics of the loaded table (autovacuum would gather them only later): the
    // first reads after a first load — a refresh, the detectors' passes by id — are planned on them.
    await sql`analyze cases`.execute(this.trx);
  }

  /**
   * PostgreSQL only: inserts events (rows in EVENT_COLUMNS_DB order) by COPY into the staging
   * table and INSERT … SELECT … ON CONFLICT (case_id, event_key) DO NOTHING in file order; returns
   * those inserted.
   */
  async copyEventsPostgres(
    rows: readonly (readonly unknown[])[],
  ): Promise<{ id: number; case_id: number; event_key: string }[]> {
    if (rows.length === 0) return [];
    await this.endCaseStream();
    const client = await this.clientOf();
    if (!this.eventsStaged) {
      await sql
        .raw(
          `create temp table ${EVENTS_STAGE} on commit drop as
           select 0::integer as ord, ${EVENT_COLUMNS_DB.join(", ")} from case_events with no data`,
        )
        .execute(this.trx);
      this.eventsStaged = true;
    } else await sql.raw(`truncate ${EVENTS_STAGE}`).execute(this.trx);
    await copyRowsPostgres(
      client,
      EVENTS_STAGE,
      ["ord", ...EVENT_COLUMNS_DB],
      rows.map((r, i) => [i, ...r]),
    );
    const cols = EVENT_COLUMNS_DB.join(", ");
    const r = await sql<{
      id: number;
      case_id: number;
      event_key: string;
    }>`insert into case_events (${sql.raw(cols)})
      select ${sql.raw(cols)} from ${sql.table(EVENTS_STAGE)} order by ord
      on conflict (case_id, event_key) do nothing
      returning id, case_id, event_key`.execute(this.trx);
    return r.rows;
  }
}
