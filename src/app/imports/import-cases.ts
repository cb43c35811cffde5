/**
 * importCases — reads a court's export (docs/import-format.md), validates every row, and writes
 * cases and events in one transaction. Any error rolls the whole import back: nothing already
 * stored is lost or half-changed. Re-importing a case updates its attributes and appends only the
 * events not already stored; an identical file imported twice changes nothing and says so. The
 * report lists the stored cases the file changes, field by field (old → new), also in a dry run.
 * Every import (also a rejected one) is recorded in `imports` and `audit_log`.
 *
 * The facts of the touched cases and the alerts are refreshed after the commit; the import is
 * recorded as `facts-pending` in the transaction of its cases and marked `imported` once they are
 * current, and whoever opens the database after a crash completes it (complete-pending-imports.ts).
 */

import { basename } from "node:path";
import { upsertAppraisals } from "../../db/appraisals/write-appraisals.js";
import { appendAudit } from "../../db/audit/append-audit.js";
import {
  CASE_ATTRIBUTE_COLUMNS,
  caseAttributeValues,
  caseFromAttributeValues,
  caseFromRow,
  changedAttributes,
} from "../../db/cases/mapper.js";
import type { Db } from "../../db/connect.js";
import { ensureCourts } from "../../db/courts/courts.js";
import { type CaseRef, ImportCaseWrites } from "../../db/imports/case-writes.js";
import { insertImportRecord, updateImportRecord } from "../../db/imports/import-records.js";
import { FACTS_PENDING } from "../../db/imports/pending-imports.js";
import { largeWrite } from "../../db/large-write.js";
import type { Actor } from "../../domain/auth/index.js";
import { FirstRows } from "../../domain/case-number/first-rows.js";
import { type CaseChange, describeCaseChanges, eventChange } from "../../domain/import/changes.js";
import {
  appraisalBeforeFilingIssue,
  eventBeforeFilingIssue,
  eventKey,
  filingAfterStoredEventIssue,
  type ImportEventKind,
  type ImportIssue,
  INFERRED_DIVISION_CHANGE_REASON,
} from "../../domain/import/validate.js";
import { retireDemo } from "../demo/retire-demo.js";
import { refuseOnFederationNode } from "../federation/federated-read.js";
import { compiledWorkerExists } from "../runtime/worker-threads.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { completeImport } from "./complete-pending-imports.js";
import { hashFiles, ImportFileError, openSources, type SheetSource } from "./open-sources.js";
import { IMPORT_WORKER_URL, type SheetWorker, startSheetWorker } from "./read-sheet-in-worker.js";
import { TouchedIds } from "./touched-ids.js";
import {
  duplicateCaseIssue,
  type PendingAppraisal,
  type PendingCase,
  type PendingEvent,
  type ValidatedBatch,
  validateSheet,
} from "./validate-sheet.js";

export interface ImportOptions {
  /** Validate and report, write nothing. */
  dryRun?: boolean;
  /** "Today" for plausibility checks and the facts refresh (default: today in China). */
  today?: string;
  /**
   * Refresh the facts of touched cases and recompute alerts after a successful import (default
   * true). With false the import stays `facts-pending` in the history, and the next start-up or
   * command completes it (completePendingImports).
   */
  refresh?: boolean;
  /** The demo court being seeded (any other import that writes retires the demo accounts). */
  demo?: boolean;
  /** Most issues of each severity kept in the report (all are counted). */
  maxIssues?: number;
  /** Most changed stored cases listed in the report field by field (all are counted; default 200). */
  maxChanges?: number;
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
  /** The 鉴定 sheet (docs/appraisals.md): rows, new, changed, already stored as they are. */
  appraisals: { total: number; inserted: number; updated: number; unchanged: number };
  errorCount: number;
  warningCount: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Stored cases the file changes (attributes, or 审限变更 appended), old → new. */
  changes: ChangeList;
  factsRefreshed: number;
  /** Alerts after the import (recomputed over all cases), or null when nothing was written. */
  alerts: { total: number; new: number; resolved: number } | null;
  /** A sentence for people: what happened. */
  summary: string;
  ms: number;
}

export interface ChangeList {
  /** How many stored cases the file changes. */
  total: number;
  /** The first `limit` of them (file order), field by field. */
  cases: CaseChange[];
  limit: number;
}

class Rollback extends Error {}

/** Default size of the report's change list. */
export const CHANGE_LIST_LIMIT = 200;
/** The position of 立案日期 among the attribute values. */
const FILED_ON = CASE_ATTRIBUTE_COLUMNS.indexOf("filed_on");
/** The position of the court (法院代字) among the attribute values. */
const COURT_CODE = CASE_ATTRIBUTE_COLUMNS.indexOf("court_code");

function fileIssue(file: string, message: string): ImportIssue {
  return { sheet: basename(file), row: 0, column: "", value: "", message, severity: "error" };
}

export async function importCases(
  actor: Actor,
  handle: Db,
  files: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  mustAuthorize(actor, "import");
  await refuseOnFederationNode(handle, "导入案件");
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
    appraisals: { total: 0, inserted: 0, updated: 0, unchanged: 0 },
  };
  const touched = new TouchedIds();
  const changes = new ChangeCollector(options.maxChanges ?? CHANGE_LIST_LIMIT);
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
    const sheetWorkers = sources.map((s) =>
      s.file !== undefined && s.role !== "appraisals" && compiledWorkerExists(IMPORT_WORKER_URL)
        ? startSheetWorker(s, today, s.role === "events" ? 64 : 4)
        : undefined,
    );
    try {
      // One transaction for the whole import (atomic). The references written are resolved by
      // this code — event case ids from `cases` rows read or inserted in this transaction, the
      // import id from the row inserted first — so the per-row foreign-key checks are skipped,
      // and the WAL checkpoint runs after the commit, beside the server (largeWrite).
      await largeWrite(handle, { trustedReferences: true }, async (trx) => {
        importId = await insertImportRecord(trx, {
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
          as_of: today,
        });
        const now = new Date().toISOString();
        const ctx = new ImportWriter(
          new ImportCaseWrites(trx, importId, actor.username, now, handle.sqlite, handle.dialect),
          today,
          note,
          counts,
          touched,
          changes,
          options,
        );
        await ctx.init();
        let sawHeader = false;
        // Every CSV sheet starts being read at once, in its own worker: the events are read
        // beside the cases, and wait for them to be written.
        for (const [i, source] of sources.entries()) {
          const hadHeader = await ctx.readSheet(source, sheetWorkers[i]);
          sawHeader ||= hadHeader;
        }
        await ctx.finish();
        // Every case's court is in the register of courts the database knows (数据范围 by court).
        await ensureCourts(trx, ctx.courts);
        if (!sawHeader)
          note([fileIssue(files[0] ?? "", "工作簿中没有“案件”“审限变更”或“鉴定”工作表，或工作表为空")]);
        if (errorCount > 0 || options.dryRun) throw new Rollback();
        await ctx.complete();
        const unchanged =
          counts.cases.inserted === 0 &&
          counts.cases.updated === 0 &&
          counts.events.inserted === 0 &&
          counts.appraisals.inserted === 0 &&
          counts.appraisals.updated === 0;
        // Not "imported" until the facts and alerts of these cases are current (completeImport).
        await updateImportRecord(trx, importId, {
          status: unchanged ? "unchanged" : FACTS_PENDING,
          cases_total: counts.cases.total,
          cases_inserted: counts.cases.inserted,
          cases_updated: counts.cases.updated,
          cases_unchanged: counts.cases.unchanged,
          events_total: counts.events.total,
          events_inserted: counts.events.inserted,
          warnings: warningCount,
          errors: 0,
          finished_at: unchanged ? new Date().toISOString() : null,
        });
        // The change list as the report shows it (each case's own audit entry holds all of its changes).
        await appendAudit(trx, {
          user: actor.username,
          action: "import",
          entity: "imports",
          entityId: String(importId),
          detail: { files: fileNames, hash, ...counts, warnings: warningCount, changes: changes.list() },
        });
      });
    } catch (err) {
      if (!(err instanceof Rollback)) throw err;
      importId = null;
    } finally {
      await Promise.all(sheetWorkers.map((w) => w?.stop()));
    }
  }

  const dryRun = options.dryRun === true;
  const ok = errorCount === 0;
  const unchanged =
    counts.cases.inserted === 0 &&
    counts.cases.updated === 0 &&
    counts.events.inserted === 0 &&
    counts.appraisals.inserted === 0 &&
    counts.appraisals.updated === 0;
  const status: ImportReport["status"] = !ok
    ? "rejected"
    : dryRun
      ? "dry-run"
      : unchanged
        ? "unchanged"
        : "imported";

  if (!ok || dryRun) {
    // Record the attempt: the transaction that held it was rolled back.
    const id = await insertImportRecord(db, {
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
      as_of: today,
    });
    await appendAudit(db, {
      user: actor.username,
      action: dryRun && ok ? "import-dry-run" : "import-rejected",
      entity: "imports",
      entityId: String(id),
      detail: { files: fileNames, errors: errorCount, warnings: warningCount },
    });
    importId = id;
  }

  let factsRefreshed = 0;
  let alerts: ImportReport["alerts"] = null;
  if (status === "imported" && importId !== null && options.refresh !== false) {
    const ids = touched.ascending();
    const done = await completeImport(handle, importId, ids, today, { onProgress: options.onProgress });
    factsRefreshed = done.facts;
    alerts = done.alerts;
  }
  const changeList = changes.list();
  const changed =
    changeList.total > 0
      ? `${dryRun ? "将修改" : "其中修改"}已存储的案件 ${changeList.total} 件${changeList.total > changeList.cases.length ? `（报告逐项列出前 ${changeList.cases.length} 件）` : "（逐项见变更清单）"}。`
      : "";

  // Real data has arrived — imported by a real account or on the server's command line, not by a
  // demo account trying the screen: the demo accounts, whose passwords the sign-in page lists, go.
  if (ok && !dryRun && !options.demo && !actor.demo && status === "imported")
    await retireDemo(handle, actor.username, "real-import");

  const appraisalText =
    counts.appraisals.total > 0
      ? dryRun
        ? `鉴定 ${counts.appraisals.total} 条（新增 ${counts.appraisals.inserted}，更新 ${counts.appraisals.updated}）；`
        : `鉴定 ${counts.appraisals.total} 条（新增 ${counts.appraisals.inserted}，更新 ${counts.appraisals.updated}，未变 ${counts.appraisals.unchanged}）。`
      : "";
  const summary = !ok
    ? `导入被拒绝：发现 ${errorCount} 处错误，未写入任何数据。`
    : dryRun
      ? `校验通过（试运行）：案件 ${counts.cases.total} 件（新增 ${counts.cases.inserted}，更新 ${counts.cases.updated}，未变 ${counts.cases.unchanged}），审限变更 ${counts.events.total} 条（新增 ${counts.events.inserted}）；${appraisalText}未写入任何数据。${changed}`
      : unchanged
        ? `没有变化：案件 ${counts.cases.total} 件与审限变更 ${counts.events.total} 条${counts.appraisals.total > 0 ? `、鉴定 ${counts.appraisals.total} 条` : ""}均已存在且相同。`
        : `导入完成：案件 ${counts.cases.total} 件（新增 ${counts.cases.inserted}，更新 ${counts.cases.updated}，未变 ${counts.cases.unchanged}），审限变更 ${counts.events.total} 条（新增 ${counts.events.inserted}，已存在 ${counts.events.alreadyStored}）。${appraisalText}${changed}`;

  return {
    ok,
    dryRun,
    status,
    importId,
    files: fileNames,
    cases: counts.cases,
    events: counts.events,
    appraisals: counts.appraisals,
    errorCount,
    warningCount,
    errors,
    warnings,
    changes: ok ? changeList : { total: 0, cases: [], limit: changeList.limit },
    factsRefreshed,
    alerts,
    summary,
    ms: performance.now() - started,
  };
}

/**
 * The stored cases an import changes: all counted, the first `limit` kept field by field (an entry
 * grows when the same case also gets events appended).
 */
class ChangeCollector {
  private readonly changed = new Set<number>();
  private readonly listed = new Map<number, CaseChange>();
  constructor(readonly limit: number) {}

  add(caseId: number, caseNumber: string, row: number | null, fields: CaseChange["fields"]): void {
    this.changed.add(caseId);
    const entry = this.listed.get(caseId);
    if (entry) for (const f of fields) entry.fields.push(f);
    else if (this.listed.size < this.limit) this.listed.set(caseId, { caseNumber, row, fields: [...fields] });
  }

  list(): ChangeList {
    return { total: this.changed.size, cases: [...this.listed.values()], limit: this.limit };
  }
}

/** The writing half of an import, inside its transaction. */
class ImportWriter {
  /** Id and filing date by case number, as events meet them (the file's date for a case it updates). */
  private readonly caseRefs = new Map<string, CaseRef>();
  /** The 案件 row of each stored case the file lists (for the change list). */
  private readonly storedRows = new Map<number, number>();
  private storedBefore = false;
  /** Cases with a higher id were inserted by this import. */
  private lastIdBefore = -1;
  /** The courts (法院代字) of the cases the file lists. */
  readonly courts = new Set<string>();

  constructor(
    private readonly store: ImportCaseWrites,
    private readonly today: string,
    private readonly note: (issues: ImportIssue[]) => void,
    private readonly counts: Pick<ImportReport, "cases" | "events" | "appraisals">,
    private readonly touched: TouchedIds,
    private readonly changes: ChangeCollector,
    private readonly options: ImportOptions,
  ) {}

  /**
   * Stored cases the file moves to another 承办部门, with no 变更承办部门 row for that move: the
   * change is recorded as a 变更承办部门 event dated the import's day (繁简分流's 退案流转 reads them).
   */
  private readonly inferredMoves = new Map<number, PendingEvent>();
  /** Cases given an explicit 变更承办部门 row by this file: "case id|new division". */
  private readonly explicitMoves = new Set<string>();

  /** After every sheet: the inferred division changes the file did not record itself. */
  async finish(): Promise<void> {
    const left = [...this.inferredMoves.entries()]
      .filter(([id, e]) => !this.explicitMoves.has(`${id}|${e.record.newDivision}`))
      .map(([, e]) => e);
    if (left.length > 0) await this.writeEvents(left);
  }

  async init(): Promise<void> {
    this.lastIdBefore = await this.store.lastCaseId();
    this.storedBefore = this.lastIdBefore >= 0;
    if (!this.storedBefore) await this.store.beforeFirstLoad();
  }

  /** After the writes, before the import commits: what the first load set aside is put back. */
  async complete(): Promise<void> {
    await this.store.afterWrites();
  }

  /** Reads one sheet; returns whether it had a header row. */
  async readSheet(source: SheetSource, worker?: SheetWorker): Promise<boolean> {
    let batchCases: PendingCase[] = [];
    let batchEvents: PendingEvent[] = [];
    const appraisals: PendingAppraisal[] = [];
    let done = 0;
    const role = source.role;
    const inWorker = worker !== undefined;
    const firstRowOf = new FirstRows();
    const consume = async (b: ValidatedBatch) => {
      // Issues in row order; a worker leaves the duplicate case numbers to this thread.
      const issues = b.issues;
      let k = 0;
      for (const c of b.cases) {
        if (inWorker) {
          while (k < issues.length && (issues[k] as ImportIssue).row <= c.row)
            this.note([issues[k++] as ImportIssue]);
          const duplicate = duplicateCaseIssue(firstRowOf, source.name, c.row, c.caseNumber);
          if (duplicate) {
            this.note([duplicate]);
            continue;
          }
        }
        batchCases.push(c);
        if (batchCases.length >= this.store.batchSize) {
          await this.writeCases(batchCases, source.name);
          batchCases = [];
        }
      }
      this.note(k === 0 ? issues : issues.slice(k));
      for (const e of b.events) {
        batchEvents.push(e);
        if (batchEvents.length >= this.store.batchSize) {
          await this.writeEvents(batchEvents);
          batchEvents = [];
        }
      }
      for (const a of b.appraisals ?? []) appraisals.push(a);
      if (role === "cases") this.counts.cases.total += b.validated;
      else if (role === "appraisals") this.counts.appraisals.total += b.validated;
      else this.counts.events.total += b.validated;
      const before = done;
      done += b.validated;
      if (role !== "appraisals" && Math.floor(done / 10_000) > Math.floor(before / 10_000))
        this.options.onProgress?.(role, done);
    };
    const hadHeader = inWorker ? await worker.run(consume) : await validateSheet(source, this.today, consume);
    if (batchCases.length > 0) await this.writeCases(batchCases, source.name);
    await this.store.endOfSheet();
    if (batchEvents.length > 0) await this.writeEvents(batchEvents);
    if (appraisals.length > 0) await this.writeAppraisals(appraisals);
    if (role !== "appraisals") this.options.onProgress?.(role, done);
    return hadHeader;
  }

  /**
   * The 鉴定 rows, after the cases and events: a 诉中 appraisal's case must be in this file or
   * stored, and filed by its 委托日期; a 诉前 appraisal's 诉前调 number need not be a stored case.
   */
  private async writeAppraisals(rows: PendingAppraisal[]): Promise<void> {
    const unknown = [
      ...new Set(
        rows
          .filter((a) => a.record.stage === "诉中" && !this.caseRefs.has(a.record.caseNumber))
          .map((a) => a.record.caseNumber),
      ),
    ];
    for (const [n, ref] of await this.store.refsByNumber(unknown)) this.caseRefs.set(n, ref);
    const ok = [];
    for (const a of rows) {
      if (a.record.stage === "诉中") {
        const ref = this.caseRefs.get(a.record.caseNumber);
        if (ref === undefined) {
          this.note([
            {
              sheet: a.sheet,
              row: a.row,
              column: "案号",
              value: a.value,
              message: "找不到该案号的案件：诉中鉴定的案件必须在案件表或已导入数据中",
              severity: "error",
            },
          ]);
          continue;
        }
        const early = appraisalBeforeFilingIssue(a, ref.filedOn);
        if (early) {
          this.note([early]);
          continue;
        }
      }
      ok.push(a.record);
    }
    const done = await upsertAppraisals(this.store.db, ok, {
      user: this.store.user,
      now: this.store.now,
      importId: this.store.importId,
    });
    this.counts.appraisals.inserted += done.inserted;
    this.counts.appraisals.updated += done.updated;
    this.counts.appraisals.unchanged += done.unchanged;
  }

  private async writeCases(batch: PendingCase[], sheet: string): Promise<void> {
    const existing = this.storedBefore
      ? await this.store.storedByNumber(batch.map((b) => b.caseNumber))
      : new Map<string, never>();
    const fresh: unknown[][] = [];
    /** Stored cases whose filing date moves later: their stored events must not precede it. */
    const later: { id: number; row: number; filedOn: string }[] = [];
    for (const { caseNumber, values, row } of batch) {
      this.courts.add(values[COURT_CODE] as string);
      const stored = existing.get(caseNumber);
      if (!stored) {
        fresh.push([caseNumber, ...values]);
        continue;
      }
      const filedOn = values[FILED_ON] as string;
      this.caseRefs.set(caseNumber, { id: stored.id, filedOn });
      this.storedRows.set(stored.id, row);
      const before = caseFromRow(stored);
      const record = caseFromAttributeValues(caseNumber, values);
      const changed = changedAttributes(before, record);
      if (changed.length === 0) {
        this.counts.cases.unchanged++;
        continue;
      }
      if (filedOn > stored.filed_on) later.push({ id: stored.id, row, filedOn });
      if (record.division !== before.division) {
        this.inferredMoves.set(stored.id, {
          row,
          sheet,
          value: caseNumber,
          fromValue: this.today,
          record: {
            caseNumber,
            kind: "divisionChange",
            reason: INFERRED_DIVISION_CHANGE_REASON,
            from: this.today < filedOn ? filedOn : this.today,
            to: null,
            length: null,
            newProcedure: null,
            approvedBy: null,
            note: `导入时承办部门由“${before.division}”变为“${record.division}”，变更日期按导入日期记录`,
            priorDivision: before.division,
            newDivision: record.division,
          },
        });
      }
      const beforeJson: Record<string, unknown> = {};
      const afterJson: Record<string, unknown> = {};
      const storedValues = caseAttributeValues(before);
      CASE_ATTRIBUTE_COLUMNS.forEach((col, i) => {
        if (changed.includes(col)) {
          beforeJson[col] = storedValues[i];
          afterJson[col] = values[i];
        }
      });
      const shown = describeCaseChanges(before, record);
      await this.store.updateCase(stored.id, caseNumber, values, {
        before: beforeJson,
        after: afterJson,
        shown,
      });
      this.changes.add(stored.id, caseNumber, row, shown);
      this.counts.cases.updated++;
      this.touched.add(stored.id);
    }
    if (later.length > 0) {
      const earliest = await this.store.earliestEvents(later.map((c) => c.id));
      for (const c of later) {
        const e = earliest.get(c.id);
        const issue = e
          ? filingAfterStoredEventIssue(
              { sheet, row: c.row, filedOn: c.filedOn },
              { kind: e.kind as ImportEventKind, from: e.from },
            )
          : undefined;
        if (issue) this.note([issue]);
      }
    }
    if (fresh.length > 0) {
      // Their ids are not kept by case number: events of these cases find them in `cases` (same
      // transaction), which costs less than a map of every case of a large file.
      const ids = await this.store.insertCases(fresh);
      for (const id of ids) this.touched.add(id);
      this.counts.cases.inserted += ids.length;
    }
  }

  private async writeEvents(batch: PendingEvent[]): Promise<void> {
    const unknown = [...new Set(batch.map((b) => b.record.caseNumber).filter((n) => !this.caseRefs.has(n)))];
    for (const [n, ref] of await this.store.refsByNumber(unknown)) this.caseRefs.set(n, ref);
    const values: unknown[][] = [];
    /** Events of cases stored before this import, by case id and event key: they change that case. */
    let ofStored: Map<string, PendingEvent> | undefined;
    for (const e of batch) {
      const ref = this.caseRefs.get(e.record.caseNumber);
      if (ref === undefined) {
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
      const early = eventBeforeFilingIssue(e, ref.filedOn);
      if (early) {
        this.note([early]);
        continue;
      }
      const r = e.record;
      const key = eventKey(r);
      if (r.kind === "divisionChange" && r.reason !== INFERRED_DIVISION_CHANGE_REASON)
        this.explicitMoves.add(`${ref.id}|${r.newDivision}`);
      if (ref.id <= this.lastIdBefore) {
        ofStored ??= new Map();
        ofStored.set(`${ref.id}|${key}`, e);
      }
      values.push([
        ref.id,
        r.kind,
        r.reason,
        r.from,
        r.to,
        r.length ? (r.length.months ?? 0) : null,
        r.length ? (r.length.days ?? 0) : null,
        r.newProcedure,
        r.approvedBy,
        r.note,
        r.priorDivision ?? null,
        r.newDivision ?? null,
        key,
        this.store.now,
        this.store.user,
        this.store.importId,
      ]);
    }
    if (values.length === 0) return;
    const inserted = await this.store.insertEvents(values);
    this.counts.events.inserted += inserted.length;
    this.counts.events.alreadyStored += values.length - inserted.length;
    for (const { caseId } of inserted) this.touched.add(caseId);
    if (!ofStored) return;
    // Appended to a stored case: a change of that case, listed and audited like an update.
    const byCase = new Map<number, { caseNumber: string; fields: CaseChange["fields"] }>();
    for (const { caseId, key } of inserted) {
      const e = ofStored.get(`${caseId}|${key}`);
      if (!e) continue;
      let entry = byCase.get(caseId);
      if (!entry) {
        entry = { caseNumber: e.record.caseNumber, fields: [] };
        byCase.set(caseId, entry);
      }
      entry.fields.push(eventChange(e.record));
    }
    for (const [caseId, { caseNumber, fields }] of byCase) {
      await this.store.auditAppendedEvents(caseNumber, fields);
      this.changes.add(caseId, caseNumber, this.storedRows.get(caseId) ?? null, fields);
    }
  }
}
