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
import type { CaseRowDb, Database } from "../schema.js";

export class ImportCaseWrites {
  private readonly caseInserter: BulkInserter<"cases">;
  private readonly eventInserter: BulkInserter<"case_events">;

  constructor(
    private readonly trx: Kysely<Database>,
    readonly importId: number,
    readonly user: string,
    readonly now: string,
    sqlite?: SQLite.Database,
  ) {
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
      { ignoreConflictOn: ["case_id", "event_key"], returning: ["id", "case_id"], batchSize: 1000 },
      sqlite,
    );
  }

  /** Were any cases stored before this import? */
  async anyCaseStored(): Promise<boolean> {
    const r = await this.trx.selectFrom("cases").select("id").limit(1).execute();
    return r.length > 0;
  }

  async storedByNumber(numbers: readonly string[]): Promise<Map<string, CaseRowDb>> {
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

  async idsByNumber(numbers: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (numbers.length === 0) return out;
    const rows = await this.trx
      .selectFrom("cases")
      .select(["id", "case_number"])
      .where("case_number", "in", numbers as string[])
      .execute();
    for (const r of rows) out.set(r.case_number, r.id);
    return out;
  }

  /** Writes every attribute (CASE_ATTRIBUTE_COLUMNS order) and audits the changed ones. */
  async updateCase(
    id: number,
    caseNumber: string,
    values: readonly unknown[],
    change: { before: Record<string, unknown>; after: Record<string, unknown> },
  ): Promise<void> {
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
      detail: { importId: this.importId },
    });
  }

  /** Rows: [case number, ...attribute values]; returns the new ids. */
  async insertCases(rows: unknown[][]): Promise<number[]> {
    return (await this.caseInserter.insert(rows, this.trx)).map((r) => Number(r.id));
  }

  /** Rows in EVENT_COLUMNS_DB order; an event already stored is skipped. Returns the case ids of those inserted. */
  async insertEvents(rows: unknown[][]): Promise<number[]> {
    return (await this.eventInserter.insert(rows, this.trx)).map((r) => Number(r.case_id));
  }
}
