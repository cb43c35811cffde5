/**
 * importCases — reads a court's export (docs/import-format.md), validates every row, and writes
 * cases and events in one transaction. Any error rolls the whole import back: nothing already
 * stored is lost or half-changed. Re-importing a case updates its attributes and appends only the
 * events not already stored; an identical file imported twice changes nothing and says so. Every
 * import (also a rejected one) is recorded in `imports` and `audit_log`; the facts of the touched
 * cases are refreshed afterwards.
 */
import { basename } from "node:path";
import type SQLite from "better-sqlite3";
import type { Kysely } from "kysely";
import { audit } from "../db/audit.js";
import { BulkInserter } from "../db/bulk.js";
import {
  CASE_ATTRIBUTE_COLUMNS,
  caseAttributeValues,
  caseFromRow,
  changedAttributes,
  EVENT_COLUMNS_DB,
} from "../db/case-store.js";
import type { Db } from "../db/connect.js";
import { largeWrite } from "../db/large-write.js";
import type { CaseRowDb, Database } from "../db/schema.js";
import type { CaseRecord } from "../domain/case/case.js";
import { lookupCause } from "../domain/causes/index.js";
import {
  CASE_COLUMNS,
  type CaseColumnKey,
  type ColumnSpec,
  EVENT_COLUMNS,
  type EventColumnKey,
  type RawCell,
} from "../domain/import/columns.js";
import {
  type EventRecord,
  eventKey,
  type ImportIssue,
  validateCaseRow,
  validateEventRow,
} from "../domain/import/validate.js";
import { cellText } from "../domain/import/values.js";
import { CsvFormatError } from "../io/csv-reader.js";
import { mapHeader, toRawRow } from "../io/table.js";
import { type Actor, assertCan } from "./actor.js";
import { recomputeAlerts } from "./alerts.js";
import {
  hashFiles,
  ImportFileError,
  openSources,
  type SheetSource,
  type SourceRow,
} from "./import-sources.js";
import { refreshFactsUnchecked } from "./refresh-facts.js";
import { todayInChina } from "./today.js";

export interface ImportOptions {
  /** Validate and report, write nothing. */
  dryRun?: boolean;
  /** "Today" for plausibility checks and the facts refresh (default: today in China). */
  today?: string;
  /** Refresh the facts of touched cases and recompute alerts after a successful import (default true). */
  refresh?: boolean;
  /** Most issues of each severity kept in the report (all are counted). */
  maxIssues?: number;
  onProgress?: (phase: "cases" | "events" | "facts" | "alerts", done: number) => void;
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  /** imported | unchanged | rejected | dry-run */
  status: "imported" | "unchanged" | "rejected" | "dry-run";
  importId: number | null;
  files: string[];
  cases: { total: number; inserted: number; updated: number; unchanged: number };
  events: { total: number; inserted: number; alreadyStored: number };
  errorCount: number;
  warningCount: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  factsRefreshed: number;
  /** Alerts after the import (recomputed over all cases), or null when nothing was written. */
  alerts: { total: number; new: number; resolved: number } | null;
  /** A sentence for people: what happened. */
  summary: string;
  ms: number;
}

class Rollback extends Error {}

const CASE_BATCH = 1000;
const EVENT_BATCH = 1000;

function fileIssue(file: string, message: string): ImportIssue {
  return { sheet: basename(file), row: 0, column: "", value: "", message, severity: "error" };
}

export async function importCases(
  actor: Actor,
  handle: Db,
  files: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  assertCan(actor, "import");
  const started = performance.now();
  const today = options.today ?? todayInChina();
  const maxIssues = options.maxIssues ?? 10_000;
  const fileNames = files.map((f) => basename(f));
  const { db } = handle;

  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let errorCount = 0;
  let warningCount = 0;
  const note = (list: ImportIssue[]) => {
    for (const i of list) {
      if (i.severity === "error") {
        errorCount++;
        if (errors.length < maxIssues) errors.push(i);
      } else {
        warningCount++;
        if (warnings.length < maxIssues) warnings.push(i);
      }
    }
  };

  const counts = {
    cases: { total: 0, inserted: 0, updated: 0, unchanged: 0 },
    events: { total: 0, inserted: 0, alreadyStored: 0 },
  };
  const touched = new Set<number>();
  let importId: number | null = null;

  let sources: SheetSource[] = [];
  try {
    sources = await openSources(files);
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    note([fileIssue(err.file, err.message)]);
  }

  const startedAt = new Date().toISOString();
  const hash = errorCount === 0 ? await hashFiles(files) : "";

  if (errorCount === 0) {
    try {
      // One transaction for the whole import (atomic). The references written are resolved by
      // this code — event case ids from `cases` rows read or inserted in this transaction, the
      // import id from the row inserted first — so the per-row foreign-key checks are skipped,
      // and the WAL checkpoint runs after the commit, beside the server (largeWrite).
      await largeWrite(handle, { trustedReferences: true }, async (trx) => {
        const inserted = await trx
          .insertInto("imports")
          .values({
            file_names: fileNames.join(", "),
            file_hash: hash,
            status: "running",
            dry_run: options.dryRun ? 1 : 0,
            cases_total: 0,
            cases_inserted: 0,
            cases_updated: 0,
            cases_unchanged: 0,
            events_total: 0,
            events_inserted: 0,
            warnings: 0,
            errors: 0,
            user_name: actor.username,
            started_at: startedAt,
            finished_at: null,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        importId = inserted.id;
        const ctx = new ImportWriter(
          trx,
          importId,
          actor.username,
          today,
          note,
          counts,
          touched,
          options,
          handle.sqlite,
        );
        await ctx.init();
        let sawHeader = false;
        for (const source of sources) {
          const hadHeader = await ctx.readSheet(source);
          sawHeader ||= hadHeader;
        }
        if (!sawHeader)
          note([fileIssue(files[0] ?? "", "工作簿中没有“案件”或“审限变更”工作表，或工作表为空")]);
        if (errorCount > 0 || options.dryRun) throw new Rollback();
        const unchanged =
          counts.cases.inserted === 0 && counts.cases.updated === 0 && counts.events.inserted === 0;
        await trx
          .updateTable("imports")
          .set({
            status: unchanged ? "unchanged" : "imported",
            cases_total: counts.cases.total,
            cases_inserted: counts.cases.inserted,
            cases_updated: counts.cases.updated,
            cases_unchanged: counts.cases.unchanged,
            events_total: counts.events.total,
            events_inserted: counts.events.inserted,
            warnings: warningCount,
            errors: 0,
            finished_at: new Date().toISOString(),
          })
          .where("id", "=", importId)
          .execute();
        await audit(trx, {
          user: actor.username,
          action: "import",
          entity: "imports",
          entityId: String(importId),
          detail: { files: fileNames, hash, ...counts, warnings: warningCount },
        });
      });
    } catch (err) {
      if (!(err instanceof Rollback)) throw err;
      importId = null;
    }
  }

  const dryRun = options.dryRun === true;
  const ok = errorCount === 0;
  const unchanged = counts.cases.inserted === 0 && counts.cases.updated === 0 && counts.events.inserted === 0;
  const status: ImportReport["status"] = !ok
    ? "rejected"
    : dryRun
      ? "dry-run"
      : unchanged
        ? "unchanged"
        : "imported";

  if (!ok || dryRun) {
    // Record the attempt: the transaction that held it was rolled back.
    const row = await db
      .insertInto("imports")
      .values({
        file_names: fileNames.join(", "),
        file_hash: hash,
        status,
        dry_run: dryRun ? 1 : 0,
        cases_total: counts.cases.total,
        cases_inserted: 0,
        cases_updated: 0,
        cases_unchanged: 0,
        events_total: counts.events.total,
        events_inserted: 0,
        warnings: warningCount,
        errors: errorCount,
        user_name: actor.username,
        started_at: startedAt,
        finished_at: new Date().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(db, {
      user: actor.username,
      action: dryRun && ok ? "import-dry-run" : "import-rejected",
      entity: "imports",
      entityId: String(row.id),
      detail: { files: fileNames, errors: errorCount, warnings: warningCount },
    });
    importId = row.id;
  }

  let factsRefreshed = 0;
  let alerts: ImportReport["alerts"] = null;
  if (ok && !dryRun && touched.size > 0 && options.refresh !== false) {
    const ids = [...touched].sort((a, b) => a - b);
    const r = await refreshFactsUnchecked(handle, {
      asOf: today,
      ids,
      onProgress: (d) => options.onProgress?.("facts", d),
    });
    factsRefreshed = r.cases;
    const a = await recomputeAlerts(handle, {
      asOf: today,
      onProgress: (d) => options.onProgress?.("alerts", d),
    });
    alerts = { total: a.alerts, new: a.inserted, resolved: a.resolved };
  }

  const summary = !ok
    ? `导入被拒绝：发现 ${errorCount} 处错误，未写入任何数据。`
    : dryRun
      ? `校验通过（试运行）：案件 ${counts.cases.total} 件（新增 ${counts.cases.inserted}，更新 ${counts.cases.updated}，未变 ${counts.cases.unchanged}），审限变更 ${counts.events.total} 条（新增 ${counts.events.inserted}）；未写入任何数据。`
      : unchanged
        ? `没有变化：案件 ${counts.cases.total} 件与审限变更 ${counts.events.total} 条均已存在且相同。`
        : `导入完成：案件 ${counts.cases.total} 件（新增 ${counts.cases.inserted}，更新 ${counts.cases.updated}，未变 ${counts.cases.unchanged}），审限变更 ${counts.events.total} 条（新增 ${counts.events.inserted}，已存在 ${counts.events.alreadyStored}）。`;

  return {
    ok,
    dryRun,
    status,
    importId,
    files: fileNames,
    cases: counts.cases,
    events: counts.events,
    errorCount,
    warningCount,
    errors,
    warnings,
    factsRefreshed,
    alerts,
    summary,
    ms: performance.now() - started,
  };
}

interface PendingCase {
  row: number;
  record: CaseRecord;
}

interface PendingEvent {
  row: number;
  sheet: string;
  record: EventRecord;
  value: string;
}

/** The writing half of an import, inside its transaction. */
class ImportWriter {
  private readonly caseIds = new Map<string, number>();
  private readonly caseRows = new Map<string, number>();
  private storedBefore = 0;
  private readonly caseInserter: BulkInserter<"cases">;
  private readonly eventInserter: BulkInserter<"case_events">;
  private readonly now = new Date().toISOString();

  constructor(
    private readonly trx: Kysely<Database>,
    private readonly importId: number,
    private readonly user: string,
    private readonly today: string,
    private readonly note: (issues: ImportIssue[]) => void,
    private readonly counts: Pick<ImportReport, "cases" | "events">,
    private readonly touched: Set<number>,
    private readonly options: ImportOptions,
    sqlite?: SQLite.Database,
  ) {
    this.caseInserter = new BulkInserter(
      trx,
      "cases",
      ["case_number", ...CASE_ATTRIBUTE_COLUMNS, "import_id", "created_at", "updated_at"],
      { returning: ["id", "case_number"], batchSize: 500 },
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

  async init(): Promise<void> {
    const r = await this.trx.selectFrom("cases").select("id").limit(1).execute();
    this.storedBefore = r.length;
  }

  /** Reads one sheet; returns whether it had a header row. */
  async readSheet(source: SheetSource): Promise<boolean> {
    const columns: readonly ColumnSpec[] = source.role === "cases" ? CASE_COLUMNS : EVENT_COLUMNS;
    let mapping: ReturnType<typeof mapHeader> | undefined;
    let headerCells: RawCell[] = [];
    let batchCases: PendingCase[] = [];
    let batchEvents: PendingEvent[] = [];
    let done = 0;
    const rows = source.open()[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<SourceRow>;
      try {
        next = await rows.next();
      } catch (err) {
        if (!(err instanceof CsvFormatError)) throw err;
        this.note([
          {
            sheet: source.name,
            row: err.row,
            column: headerName(headerCells, err.column - 1),
            value: "",
            message: err.message,
            severity: "error",
          },
        ]);
        break;
      }
      if (next.done) break;
      const r = next.value;
      if (!mapping) {
        headerCells = r.cells;
        mapping = mapHeader(r.cells, columns);
        for (const m of mapping.missing) {
          this.note([
            {
              sheet: source.name,
              row: r.row,
              column: m.header,
              value: "",
              message: `缺少必填列“${m.header}”`,
              severity: "error",
            },
          ]);
        }
        for (const u of mapping.unknown) {
          this.note([
            {
              sheet: source.name,
              row: r.row,
              column: u,
              value: u,
              message: "未识别的列，已忽略",
              severity: "warning",
            },
          ]);
        }
        if (mapping.missing.length > 0) return true;
        continue;
      }
      if (r.badBytes && r.badBytes.length > 0) {
        for (const col of r.badBytes) {
          this.note([
            {
              sheet: source.name,
              row: r.row,
              column: headerName(headerCells, col - 1),
              value: cellText(r.cells[col - 1] ?? null),
              message: `含有无法按 ${source.encoding === "gb18030" ? "GB18030" : "UTF-8"} 解码的字节`,
              severity: "error",
            },
          ]);
        }
        continue;
      }
      const ctx = {
        sheet: source.name,
        row: r.row,
        today: this.today,
        isKnownCause: (c: string) => lookupCause(c) !== undefined,
      };
      if (source.role === "cases") {
        this.counts.cases.total++;
        const res = validateCaseRow(
          toRawRow<CaseColumnKey>(r.cells, mapping.indexByKey as Map<CaseColumnKey, number>),
          ctx,
        );
        this.note(res.issues);
        if (res.record) {
          const first = this.caseRows.get(res.record.caseNumber);
          if (first !== undefined) {
            this.note([
              {
                sheet: source.name,
                row: r.row,
                column: "案号",
                value: res.record.caseNumber,
                message: `案号重复：与第 ${first} 行相同`,
                severity: "error",
              },
            ]);
          } else {
            this.caseRows.set(res.record.caseNumber, r.row);
            batchCases.push({ row: r.row, record: res.record });
          }
        }
        if (batchCases.length >= CASE_BATCH) {
          await this.writeCases(batchCases);
          batchCases = [];
        }
      } else {
        this.counts.events.total++;
        const res = validateEventRow(
          toRawRow<EventColumnKey>(r.cells, mapping.indexByKey as Map<EventColumnKey, number>),
          ctx,
        );
        this.note(res.issues);
        if (res.record) {
          batchEvents.push({
            row: r.row,
            sheet: source.name,
            record: res.record,
            value: cellText(r.cells[mapping.indexByKey.get("caseNumber") ?? 0] ?? null),
          });
        }
        if (batchEvents.length >= EVENT_BATCH) {
          await this.writeEvents(batchEvents);
          batchEvents = [];
        }
      }
      if (++done % 10_000 === 0) this.options.onProgress?.(source.role, done);
    }
    if (batchCases.length > 0) await this.writeCases(batchCases);
    if (batchEvents.length > 0) await this.writeEvents(batchEvents);
    this.options.onProgress?.(source.role, done);
    return mapping !== undefined;
  }

  private async writeCases(batch: PendingCase[]): Promise<void> {
    const existing = new Map<string, CaseRowDb>();
    if (this.storedBefore > 0) {
      const rows = await this.trx
        .selectFrom("cases")
        .selectAll()
        .where(
          "case_number",
          "in",
          batch.map((b) => b.record.caseNumber),
        )
        .execute();
      for (const r of rows) existing.set(r.case_number, r);
    }
    const fresh: unknown[][] = [];
    for (const { record } of batch) {
      const stored = existing.get(record.caseNumber);
      if (!stored) {
        fresh.push([record.caseNumber, ...caseAttributeValues(record), this.importId, this.now, this.now]);
        continue;
      }
      this.caseIds.set(record.caseNumber, stored.id);
      const before = caseFromRow(stored);
      const changed = changedAttributes(before, record);
      if (changed.length === 0) {
        this.counts.cases.unchanged++;
        continue;
      }
      const values = caseAttributeValues(record);
      const set: Record<string, unknown> = { import_id: this.importId, updated_at: this.now };
      const beforeJson: Record<string, unknown> = {};
      const afterJson: Record<string, unknown> = {};
      const storedValues = caseAttributeValues(before);
      CASE_ATTRIBUTE_COLUMNS.forEach((col, i) => {
        set[col] = values[i];
        if (changed.includes(col)) {
          beforeJson[col] = storedValues[i];
          afterJson[col] = values[i];
        }
      });
      await this.trx.updateTable("cases").set(set).where("id", "=", stored.id).execute();
      await audit(this.trx, {
        at: this.now,
        user: this.user,
        action: "update",
        entity: "cases",
        entityId: record.caseNumber,
        before: beforeJson,
        after: afterJson,
        detail: { importId: this.importId },
      });
      this.counts.cases.updated++;
      this.touched.add(stored.id);
    }
    if (fresh.length > 0) {
      const rows = await this.caseInserter.insert(fresh, this.trx);
      for (const r of rows) {
        const id = Number(r.id);
        this.caseIds.set(String(r.case_number), id);
        this.touched.add(id);
      }
      this.counts.cases.inserted += rows.length;
    }
  }

  private async writeEvents(batch: PendingEvent[]): Promise<void> {
    const unknown = [...new Set(batch.map((b) => b.record.caseNumber).filter((n) => !this.caseIds.has(n)))];
    if (unknown.length > 0) {
      const rows = await this.trx
        .selectFrom("cases")
        .select(["id", "case_number"])
        .where("case_number", "in", unknown)
        .execute();
      for (const r of rows) this.caseIds.set(r.case_number, r.id);
    }
    const values: unknown[][] = [];
    for (const e of batch) {
      const caseId = this.caseIds.get(e.record.caseNumber);
      if (caseId === undefined) {
        this.note([
          {
            sheet: e.sheet,
            row: e.row,
            column: "案号",
            value: e.value,
            message: "找不到该案号的案件：案件表和已导入数据中都没有",
            severity: "error",
          },
        ]);
        continue;
      }
      const r = e.record;
      values.push([
        caseId,
        r.kind,
        r.reason,
        r.from,
        r.to,
        r.length ? (r.length.months ?? 0) : null,
        r.length ? (r.length.days ?? 0) : null,
        r.newProcedure,
        r.approvedBy,
        r.note,
        eventKey(r),
        this.now,
        this.user,
        this.importId,
      ]);
    }
    if (values.length === 0) return;
    const inserted = await this.eventInserter.insert(values, this.trx);
    this.counts.events.inserted += inserted.length;
    this.counts.events.alreadyStored += values.length - inserted.length;
    for (const r of inserted) this.touched.add(Number(r.case_id));
  }
}

function headerName(headerCells: RawCell[], index: number): string {
  const h = headerCells[index];
  return h === null || h === undefined ? `第${index + 1}列` : cellText(h);
}
