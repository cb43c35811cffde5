/**
 * The writes of an import, inside its transaction: stored cases looked up by number, changed
 * cases updated (each change in the audit log, old → new), new cases and events inserted in bulk.
 * The import's id, its user and its time are the same for every row: written into the statements.
 */
import type SQLite from "better-sqlite3";
import type { Kysely } from "kysely";
import { appendAudit } from "../audit/append-audit.js";
import { BulkInserter } from "../bulk.js";
import { CASE_ATTRIBUTE_COLUMNS, EVENT_COLUMNS_DB } from "../cases/mapper.js";
import type { DialectName } from "../dialect.js";
import type { CaseRowDb, Database } from "../schema.js";
import { idBounds } from "../sql.js";
import { PostgresImportCopy } from "./copy-import-postgres.js";

/** A stored case as the events of an import need it. */
export interface CaseRef {
  id: number;
  filedOn: string;
}

export class ImportCaseWrites {
  private readonly caseInserter: BulkInserter<"cases">;
  private readonly eventInserter: BulkInserter<"case_events">;
  /** PostgreSQL: new cases and events go in by COPY into staging tables (copy-import-postgres.ts). */
  private readonly pgCopy: PostgresImportCopy | undefined;

  constructor(
    private readonly trx: Kysely<Database>,
    readonly importId: number,
    readonly user: string,
    readonly now: string,
    sqlite?: SQLite.Database,
    dialect?: DialectName,
  ) {
    this.pgCopy = dialect === "postgres" ? new PostgresImportCopy(trx, { importId, now }) : undefined;
    this.caseInserter = new BulkInserter(
      trx,
      "cases",
      ["case_number", ...CASE_ATTRIBUTE_COLUMNS],
      {
        returning: ["id"],
        batchSize: 500,
        // The same for every case of this import: written into the statement, not bound per row.
        constants: { import_id: importId, created_at: now, updated_at: now },
      },
      sqlite,
    );
    this.eventInserter = new BulkInserter(
      trx,
      "case_events",
      EVENT_COLUMNS_DB,
      {
        ignoreConflictOn: ["case_id", "event_key"],
        returning: ["id", "case_id", "event_key"],
        batchSize: 1000,
      },
      sqlite,
    );
  }

  /**
   * Rows per batch the importer hands in: COPY pays off in larger batches (each batch costs a
   * few round trips whatever its size); SQLite inserts row by row in process either way.
   */
  get batchSize(): number {
    return this.pgCopy ? 10_000 : 1000;
  }

  /** Were any cases stored before this import? */
  async anyCaseStored(): Promise<boolean> {
    await this.endOfSheet();
    const r = await this.trx.selectFrom("cases").select("id").limit(1).execute();
    return r.length > 0;
  }

  async storedByNumber(numbers: readonly string[]): Promise<Map<string, CaseRowDb>> {
    await this.endOfSheet();
    const out = new Map<string, CaseRowDb>();
    if (numbers.length === 0) return out;
    const rows = await this.trx
      .selectFrom("cases")
      .selectAll()
      .where("case_number", "in", numbers as string[])
      .execute();
    for (const r of rows) out.set(r.case_number, r);
    return out;
  }

  /** The highest case id so far (-1 when none): cases inserted later have higher ids. */
  async lastCaseId(): Promise<number> {
    await this.endOfSheet();
    return (await idBounds(this.trx, "cases")).hi;
  }

  /** Id and filing date by case number (as this transaction sees them: the file's where it wrote them). */
  /** The import's transaction, for the writers of the other sheets (鉴定). */
  get db(): Kysely<Database> {
    return this.trx;
  }

  async refsByNumber(numbers: readonly string[]): Promise<Map<string, CaseRef>> {
    await this.endOfSheet();
    const out = new Map<string, CaseRef>();
    if (numbers.length === 0) return out;
    const rows = await this.trx
      .selectFrom("cases")
      .select(["id", "case_number", "filed_on"])
      .where("case_number", "in", numbers as string[])
      .execute();
    for (const r of rows) out.set(r.case_number, { id: r.id, filedOn: r.filed_on });
    return out;
  }

  /** The earliest stored event of each of these cases. */
  async earliestEvents(caseIds: readonly number[]): Promise<Map<number, { kind: string; from: string }>> {
    await this.endOfSheet();
    const out = new Map<number, { kind: string; from: string }>();
    if (caseIds.length === 0) return out;
    const rows = await this.trx
      .selectFrom("case_events")
      .select(["case_id", "kind", "from_on"])
      .where("case_id", "in", caseIds as number[])
      .orderBy("case_id")
      .orderBy("from_on")
      .orderBy("id")
      .execute();
    for (const r of rows) if (!out.has(r.case_id)) out.set(r.case_id, { kind: r.kind, from: r.from_on });
    return out;
  }

  /**
   * Writes every attribute (CASE_ATTRIBUTE_COLUMNS order) and audits the changed ones: the stored
   * and new column values, and the change as the validation report showed it (`shown`).
   */
  async updateCase(
    id: number,
    caseNumber: string,
    values: readonly unknown[],
    change: { before: Record<string, unknown>; after: Record<string, unknown>; shown: unknown },
  ): Promise<void> {
    await this.endOfSheet();
    const set: Record<string, unknown> = { import_id: this.importId, updated_at: this.now };
    CASE_ATTRIBUTE_COLUMNS.forEach((col, i) => {
      set[col] = values[i];
    });
    await this.trx.updateTable("cases").set(set).where("id", "=", id).execute();
    await appendAudit(this.trx, {
      at: this.now,
      user: this.user,
      action: "update",
      entity: "cases",
      entityId: caseNumber,
      before: change.before,
      after: change.after,
      detail: { importId: this.importId, changes: change.shown },
    });
  }

  /** Audits the events appended to a case stored before this import (`shown`: as the report lists them). */
  async auditAppendedEvents(caseNumber: string, shown: unknown): Promise<void> {
    await this.endOfSheet();
    await appendAudit(this.trx, {
      at: this.now,
      user: this.user,
      action: "append-events",
      entity: "cases",
      entityId: caseNumber,
      after: shown,
      detail: { importId: this.importId },
    });
  }

  /**
   * After a sheet's last row (and before any read of this transaction): a first load's open COPY of
   * cases is ended (copy-import-postgres.ts), so the statements that follow can run.
   */
  async endOfSheet(): Promise<void> {
    if (this.pgCopy) await this.pgCopy.endCaseStream();
  }

  /**
   * Before the first case of a first load (nothing stored yet): PostgreSQL drops the secondary
   * indexes of `cases` for the transaction (copy-import-postgres.ts); afterWrites builds them again.
   */
  async beforeFirstLoad(): Promise<void> {
    if (this.pgCopy) await this.pgCopy.dropCaseIndexes();
  }

  /** After every row is written, before anything reads the cases by their other columns. */
  async afterWrites(): Promise<void> {
    if (this.pgCopy) await this.pgCopy.restoreCaseIndexes();
  }

  /** Rows: [case number, ...attribute values]; returns the new ids. */
  async insertCases(rows: unknown[][]): Promise<number[]> {
    if (this.pgCopy) return this.pgCopy.copyCasesPostgres(rows);
    return (await this.caseInserter.insert(rows, this.trx)).map((r) => Number(r.id));
  }

  /** Rows in EVENT_COLUMNS_DB order; an event already stored is skipped. Returns those inserted. */
  async insertEvents(rows: unknown[][]): Promise<{ caseId: number; key: string }[]> {
    if (this.pgCopy)
      return (await this.pgCopy.copyEventsPostgres(rows)).map((r) => ({
        caseId: Number(r.case_id),
        key: String(r.event_key),
      }));
    return (await this.eventInserter.insert(rows, this.trx)).map((r) => ({
      caseId: Number(r.case_id),
      key: String(r.event_key),
    }));
  }
}
