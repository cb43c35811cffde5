/**
 * Writes a demo court in the import format (docs/import-format.md): `cases.csv` + `events.csv`,
 * or one workbook `cases.xlsx` with the sheets 案件 and 审限变更. Headers are the Chinese column
 * names. Both stream: rows are written as the generator yields them.
 *
 * In the workbook every cell is text as in the CSV (dates `YYYY-MM-DD`, booleans 是/否), except
 * 标的额 and 执行到位金额, which are numbers. The event rows wait in a temporary JSON-lines file
 * in the output directory until the 案件 sheet is complete (a zip holds one sheet after the other),
 * so memory stays bounded.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import ExcelJS from "exceljs";
import { CASE_COLUMNS, CASE_SHEET, EVENT_COLUMNS, EVENT_SHEET } from "../domain/import/columns.js";
import { type CsvEncoding, createCsvWriter } from "../io/csv-writer.js";
import type { DemoCase, DemoCaseRow, DemoEventRow } from "./types.js";

export const DEMO_CASES_CSV = "cases.csv";
export const DEMO_EVENTS_CSV = "events.csv";
export const DEMO_XLSX = "cases.xlsx";

export const CASE_HEADERS: readonly string[] = CASE_COLUMNS.map((c) => c.header);
export const EVENT_HEADERS: readonly string[] = EVENT_COLUMNS.map((c) => c.header);

export interface DemoWriteOptions {
  /** CSV only; default utf-8-bom. */
  encoding?: CsvEncoding;
  /** Called every `progressEvery` cases (default 1,000) and once at the end with the count so far. */
  onProgress?: (cases: number) => void;
  progressEvery?: number;
}

export interface DemoWriteResult {
  cases: number;
  events: number;
  /** Paths written. */
  files: string[];
}

export function caseCells(row: DemoCaseRow): (string | null)[] {
  return CASE_COLUMNS.map((c) => row[c.key]);
}

export function eventCells(row: DemoEventRow): (string | null)[] {
  return EVENT_COLUMNS.map((c) => row[c.key]);
}

/** Writes cases.csv and events.csv into `dir` (which must exist). */
export async function writeDemoCsv(
  dir: string,
  source: Iterable<DemoCase>,
  options: DemoWriteOptions = {},
): Promise<DemoWriteResult> {
  const casesPath = join(dir, DEMO_CASES_CSV);
  const eventsPath = join(dir, DEMO_EVENTS_CSV);
  const cw = createCsvWriter(casesPath, { encoding: options.encoding });
  const ew = createCsvWriter(eventsPath, { encoding: options.encoding });
  const every = options.progressEvery ?? 1000;
  let cases = 0;
  let events = 0;
  try {
    await cw.writeRow(CASE_HEADERS);
    await ew.writeRow(EVENT_HEADERS);
    for (const c of source) {
      await cw.writeRow(caseCells(c.case));
      for (const e of c.events) {
        await ew.writeRow(eventCells(e));
        events++;
      }
      if (++cases % every === 0) options.onProgress?.(cases);
    }
  } finally {
    await Promise.allSettled([cw.close(), ew.close()]).then((rs) => {
      for (const r of rs) if (r.status === "rejected") throw r.reason;
    });
  }
  options.onProgress?.(cases);
  return { cases, events, files: [casesPath, eventsPath] };
}

const AMOUNT_KEYS = new Set<string>(["amount", "recoveredAmount"]);
const WIDTHS: Record<string, number> = {
  caseNumber: 28,
  cause: 22,
  division: 16,
  plaintiffs: 36,
  defendants: 36,
  note: 30,
};

function xlsxValue(key: string, v: string | null): string | number | null {
  if (v === null) return null;
  return AMOUNT_KEYS.has(key) ? Number(v) : v;
}

/** Writes cases.xlsx (sheets 案件 and 审限变更) into `dir` (which must exist). */
export async function writeDemoXlsx(
  dir: string,
  source: Iterable<DemoCase>,
  options: DemoWriteOptions = {},
): Promise<DemoWriteResult> {
  const path = join(dir, DEMO_XLSX);
  const spool = join(dir, `.${DEMO_XLSX}.events.tmp`);
  const every = options.progressEvery ?? 1000;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  const caseSheet = workbook.addWorksheet(CASE_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  caseSheet.columns = CASE_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: WIDTHS[c.key] ?? 12 }));
  const out = createWriteStream(spool);
  let cases = 0;
  let events = 0;
  try {
    for (const c of source) {
      const values = CASE_COLUMNS.map((col) => xlsxValue(col.key, c.case[col.key]));
      caseSheet.addRow(values).commit();
      for (const e of c.events) {
        if (!out.write(`${JSON.stringify(eventCells(e))}\n`))
          await new Promise<void>((r) => out.once("drain", () => r()));
        events++;
      }
      if (++cases % every === 0) options.onProgress?.(cases);
    }
    await new Promise<void>((resolve, reject) => {
      out.once("error", reject);
      out.end(() => resolve());
    });
    caseSheet.commit();
    const eventSheet = workbook.addWorksheet(EVENT_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
    eventSheet.columns = EVENT_COLUMNS.map((c) => ({
      header: c.header,
      key: c.key,
      width: WIDTHS[c.key] ?? 12,
    }));
    const lines = createInterface({
      input: createReadStream(spool, "utf8"),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) {
      if (line) eventSheet.addRow(JSON.parse(line) as (string | null)[]).commit();
    }
    eventSheet.commit();
    await workbook.commit();
  } finally {
    out.destroy();
    await rm(spool, { force: true });
  }
  options.onProgress?.(cases);
  return { cases, events, files: [path] };
}
