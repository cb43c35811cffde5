/**
 * PostgreSQL only: the import's bulk inserts through COPY. Each batch of parsed rows is copied into
 * a temporary staging table of the import's transaction (ON COMMIT DROP: it goes with the commit or
 * the rollback), then moved into `cases` / `case_events` by one set-based INSERT … SELECT — with
 * the same semantics as the multi-row INSERTs of the SQLite path: new cases get their ids in file
 * order, an event already stored (same case and event key) is skipped, and the new ids and the
 * inserted events are returned. Any error aborts the import's transaction: all or nothing.
 */
import { type Kysely, sql } from "kysely";
import type pg from "pg";
import { CASE_ATTRIBUTE_COLUMNS, EVENT_COLUMNS_DB } from "../cases/mapper.js";
import { copyRowsPostgres, postgresClientOf } from "../copy-postgres.js";
import type { Database } from "../schema.js";

const CASES_STAGE = "import_cases_stage";
const EVENTS_STAGE = "import_events_stage";
const CASE_COLUMNS = ["case_number", ...CASE_ATTRIBUTE_COLUMNS] as const;

export class PostgresImportCopy {
  private client: pg.Client | undefined;
  private casesStaged = false;
  private eventsStaged = false;

  constructor(
    private readonly trx: Kysely<Database>,
    private readonly constants: { importId: number; now: string },
  ) {}

  private async clientOf(): Promise<pg.Client> {
    this.client ??= await postgresClientOf(this.trx as Kysely<unknown>);
    return this.client;
  }

  /**
   * PostgreSQL only: inserts new cases (rows: [case number, ...attribute values]) by COPY into the
   * staging table and INSERT … SELECT in file order; returns their new ids.
   */
  async copyCasesPostgres(rows: readonly (readonly unknown[])[]): Promise<number[]> {
    if (rows.length === 0) return [];
    const client = await this.clientOf();
    if (!this.casesStaged) {
      await sql
        .raw(
          `create temp table ${CASES_STAGE} on commit drop as
           select 0::integer as ord, ${CASE_COLUMNS.join(", ")} from cases with no data`,
        )
        .execute(this.trx);
      this.casesStaged = true;
    } else await sql.raw(`truncate ${CASES_STAGE}`).execute(this.trx);
    await copyRowsPostgres(
      client,
      CASES_STAGE,
      ["ord", ...CASE_COLUMNS],
      rows.map((r, i) => [i, ...r]),
    );
    const cols = CASE_COLUMNS.join(", ");
    const r = await sql<{
      id: number;
    }>`insert into cases (${sql.raw(cols)}, import_id, created_at, updated_at)
      select ${sql.raw(cols)}, ${this.constants.importId}::integer, ${this.constants.now}::text, ${this.constants.now}::text
      from ${sql.table(CASES_STAGE)} order by ord returning id`.execute(this.trx);
    return r.rows.map((x) => Number(x.id));
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
