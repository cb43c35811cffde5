/**
 * The reading half of an import: one sheet's rows, header mapped and every row validated, handed
 * on in batches. It writes nothing, so it runs where it is cheapest — in the importing thread, or
 * for a large CSV file in a worker thread beside the writer (import-worker.ts).
 */
import { caseAttributeValues } from "../../db/cases/mapper.js";
import type { AppraisalRecord } from "../../domain/appraisals/appraisal.js";
import { FirstRows } from "../../domain/case-number/first-rows.js";
import { lookupCause } from "../../domain/causes/index.js";
import {
  APPRAISAL_COLUMNS,
  type AppraisalColumnKey,
  CASE_COLUMNS,
  type CaseColumnKey,
  type ColumnSpec,
  EVENT_COLUMNS,
  type EventColumnKey,
  type RawCell,
} from "../../domain/import/columns.js";
import {
  type EventRecord,
  type ImportIssue,
  validateAppraisalRow,
  validateCaseRow,
  validateEventRow,
} from "../../domain/import/validate.js";
import { cellText } from "../../domain/import/values.js";
import { SheetFormatError } from "../../io/format-error.js";
import { mapHeader, toRawRow } from "../../io/table.js";
import type { SheetSource, SourceRow } from "./open-sources.js";

export interface PendingCase {
  row: number;
  caseNumber: string;
  /** The case's attribute values (caseAttributeValues order). */
  values: unknown[];
}

export interface PendingEvent {
  row: number;
  sheet: string;
  record: EventRecord;
  /** The case number as written in the file, for the message when no such case exists. */
  value: string;
  /** The 开始日期 as written in the file, for the message when it precedes the filing date. */
  fromValue: string;
}

export interface PendingAppraisal {
  row: number;
  sheet: string;
  record: AppraisalRecord;
  /** The case number as written in the file, for the message when no such case exists. */
  value: string;
}

export interface ValidatedBatch {
  /** The issues of these rows, in row order. */
  issues: ImportIssue[];
  /** Valid case rows (the first of each case number), in row order. */
  cases: PendingCase[];
  /** Valid event rows, in row order. */
  events: PendingEvent[];
  /** Valid 鉴定 rows, in row order (absent from a worker's batches: that sheet is read in the importing thread). */
  appraisals?: PendingAppraisal[];
  /** Rows of this batch that were validated (rows with undecodable bytes are only reported). */
  validated: number;
}

/**
 * The error for a case number already seen in this sheet (firstRowOf: where each was first seen),
 * or undefined — and then the row is recorded as the first.
 */
export function duplicateCaseIssue(
  firstRowOf: FirstRows,
  sheet: string,
  row: number,
  caseNumber: string,
): ImportIssue | undefined {
  const first = firstRowOf.get(caseNumber);
  if (first === undefined) {
    firstRowOf.set(caseNumber, row);
    return undefined;
  }
  return {
    sheet,
    row,
    column: "案号",
    value: caseNumber,
    message: `案号重复：与第 ${first} 行相同`,
    severity: "error",
  };
}

function headerName(headerCells: RawCell[], index: number): string {
  const h = headerCells[index];
  return h === null || h === undefined ? `第${index + 1}列` : cellText(h);
}

/**
 * Reads and validates one sheet, calling `onBatch` every `batchRows` data rows and at the end.
 * Returns whether the sheet was there: it had a header row, or it could not be read on (a format
 * error, reported as an issue — no need to say also that the sheet is missing).
 */
export async function validateSheet(
  source: SheetSource,
  today: string,
  onBatch: (batch: ValidatedBatch) => Promise<void> | void,
  options: {
    batchRows?: number;
    /**
     * Report a case number seen twice (default). A worker leaves it to the importing thread,
     * which has time to spare while the worker reads (duplicateCaseIssue).
     */
    duplicates?: boolean;
  } = {},
): Promise<boolean> {
  const batchRows = options.batchRows ?? 2000;
  const checkDuplicates = options.duplicates !== false;
  const columns: readonly ColumnSpec[] =
    source.role === "cases" ? CASE_COLUMNS : source.role === "appraisals" ? APPRAISAL_COLUMNS : EVENT_COLUMNS;
  let mapping: ReturnType<typeof mapHeader> | undefined;
  let headerCells: RawCell[] = [];
  const empty = (): ValidatedBatch => ({ issues: [], cases: [], events: [], appraisals: [], validated: 0 });
  let batch = empty();
  let rowsRead = 0;
  const flush = async () => {
    const full = batch;
    batch = empty();
    await onBatch(full);
  };
  const ctx = {
    sheet: source.name,
    row: 0,
    today,
    isKnownCause: (c: string) => lookupCause(c) !== undefined,
  };
  /** The row where each case number was first seen (a number twice in one file is an error). */
  const firstRowOf = new FirstRows();
  const rows = source.open()[Symbol.asyncIterator]();
  let unreadable = false;
  for (;;) {
    let next: IteratorResult<SourceRow>;
    try {
      next = await rows.next();
    } catch (err) {
      if (!(err instanceof SheetFormatError)) throw err;
      batch.issues.push({
        sheet: source.name,
        row: err.row,
        column: err.column > 0 ? headerName(headerCells, err.column - 1) : "",
        value: "",
        message: err.message,
        severity: "error",
      });
      unreadable = true;
      break;
    }
    if (next.done) break;
    const r = next.value;
    if (!mapping) {
      headerCells = r.cells;
      mapping = mapHeader(r.cells, columns);
      for (const m of mapping.missing) {
        batch.issues.push({
          sheet: source.name,
          row: r.row,
          column: m.header,
          value: "",
          message: `缺少必填列“${m.header}”`,
          severity: "error",
        });
      }
      for (const u of mapping.unknown) {
        batch.issues.push({
          sheet: source.name,
          row: r.row,
          column: u,
          value: u,
          message: "未识别的列，已忽略",
          severity: "warning",
        });
      }
      if (mapping.missing.length > 0) break;
      continue;
    }
    rowsRead++;
    if (r.badBytes && r.badBytes.length > 0) {
      for (const [k, col] of r.badBytes.entries()) {
        const bytes = r.badByteHex?.[k];
        batch.issues.push({
          sheet: source.name,
          row: r.row,
          column: headerName(headerCells, col - 1),
          value: cellText(r.cells[col - 1] ?? null),
          message: `第 ${r.row} 行第 ${col} 列含有无法按 ${source.encoding === "gb18030" ? "GB18030" : "UTF-8"} 解码的字节${bytes ? `（${bytes}）` : ""}`,
          severity: "error",
        });
      }
    } else {
      batch.validated++;
      ctx.row = r.row;
      if (source.role === "cases") {
        const res = validateCaseRow(
          toRawRow<CaseColumnKey>(r.cells, mapping.indexByKey as Map<CaseColumnKey, number>),
          ctx,
        );
        for (const i of res.issues) batch.issues.push(i);
        if (res.record) {
          const caseNumber = res.record.caseNumber;
          const duplicate = checkDuplicates
            ? duplicateCaseIssue(firstRowOf, source.name, r.row, caseNumber)
            : undefined;
          if (duplicate) batch.issues.push(duplicate);
          else batch.cases.push({ row: r.row, caseNumber, values: caseAttributeValues(res.record) });
        }
      } else if (source.role === "appraisals") {
        const res = validateAppraisalRow(
          toRawRow<AppraisalColumnKey>(r.cells, mapping.indexByKey as Map<AppraisalColumnKey, number>),
          ctx,
        );
        for (const i of res.issues) batch.issues.push(i);
        if (res.record) {
          batch.appraisals?.push({
            row: r.row,
            sheet: source.name,
            record: res.record,
            value: cellText(r.cells[mapping.indexByKey.get("caseNumber") ?? 0] ?? null),
          });
        }
      } else {
        const res = validateEventRow(
          toRawRow<EventColumnKey>(r.cells, mapping.indexByKey as Map<EventColumnKey, number>),
          ctx,
        );
        for (const i of res.issues) batch.issues.push(i);
        if (res.record) {
          batch.events.push({
            row: r.row,
            sheet: source.name,
            record: res.record,
            value: cellText(r.cells[mapping.indexByKey.get("caseNumber") ?? 0] ?? null),
            fromValue: cellText(r.cells[mapping.indexByKey.get("from") ?? 0] ?? null),
          });
        }
      }
    }
    if (rowsRead % batchRows === 0) await flush();
  }
  await flush();
  return mapping !== undefined || unreadable;
}
