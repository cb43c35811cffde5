/**
 * Importing the staff register from a sheet 人员: an .xlsx with a worksheet named 人员, or a CSV
 * (staff.csv, 人员.csv; UTF-8 or GB18030) with the same columns (docs/import-format.md). Rows are
 * added, or changed when their 工号 is already in the register; members not in the sheet are left
 * as they are. All rows or none: any error — a missing column, a wrong value, one 工号 twice, one
 * name twice in a division of a court (counting the members already stored) — and nothing is
 * written; each error names the sheet, the row, the column and the value. Its own command and
 * endpoint: the cases importer is not involved.
 *
 * Courts: a row's court is its column 法院代字 (or 法院), else the importing account's court; an
 * account of the whole database leaves a row without one of no particular court (a stored member
 * keeps theirs). A row naming a court the account does not keep (its own and those under it), or
 * changing a member of such a court, is an error.
 */
import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Db } from "../../db/connect.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import { writeStaffRows } from "../../db/people/write-staff.js";
import type { Actor } from "../../domain/auth/index.js";
import type { RawCell } from "../../domain/import/columns.js";
import { registerProblems } from "../../domain/people/resolve.js";
import {
  STAFF_COLUMN_HEADER,
  STAFF_COLUMNS,
  STAFF_SHEET,
  type StaffColumnKey,
  type StaffInput,
  staffCourtProblem,
  validateStaffRow,
} from "../../domain/people/staff.js";
import { SheetFormatError } from "../../io/format-error.js";
import { mapHeader } from "../../io/table.js";
import { type ImportLimits, importLimits } from "../imports/import-limits.js";
import { openSheetRows, type SheetFile } from "../imports/open-sources.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { recomputeUnknownJudgeAlerts } from "./unknown-judges.js";

/** More rows than any court's staff: a file past it is not a staff register. */
export const MAX_STAFF_ROWS = 20_000;

export interface StaffImportIssue {
  sheet: string;
  /** The sheet row (header = 1); 0 for the file as a whole. */
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface StaffImportReport {
  ok: boolean;
  dryRun: boolean;
  sheet: string;
  /** Rows read (non-empty, after the header). */
  rows: number;
  inserted: number;
  updated: number;
  errors: StaffImportIssue[];
  /** Columns the sheet has that the format does not know (ignored). */
  warnings: string[];
  /** Cases whose 承办人 is not in the register after the import (data-quality alerts). */
  unknownJudgeAlerts: number;
}

const MAX_ERRORS = 200;

export async function importStaff(
  actor: Actor,
  handle: Db,
  file: string,
  options: { dryRun?: boolean; today?: string; limits?: ImportLimits; displayName?: string } = {},
): Promise<StaffImportReport> {
  mustAuthorize(actor, "manage-staff");
  const shown = options.displayName ?? basename(file);
  const report: StaffImportReport = {
    ok: false,
    dryRun: options.dryRun === true,
    sheet: STAFF_SHEET,
    rows: 0,
    inserted: 0,
    updated: 0,
    errors: [],
    warnings: [],
    unknownJudgeAlerts: 0,
  };
  const fail = (row: number, column: string, value: string, message: string) => {
    if (report.errors.length < MAX_ERRORS)
      report.errors.push({ sheet: report.sheet, row, column, value, message });
  };

  const limits = options.limits ?? importLimits();
  const where = await sourceOf(file, shown, limits).catch((err: unknown) => {
    if (err instanceof SheetFormatError || err instanceof StaffFileError) return err.message;
    throw err;
  });
  if (typeof where === "string") {
    fail(0, "", shown, where);
    return report;
  }
  report.sheet = where.format === "xlsx" ? STAFF_SHEET : shown;

  const parsed: { row: number; value: StaffInput }[] = [];
  let header: ReturnType<typeof mapHeader<(typeof STAFF_COLUMNS)[number]>> | undefined;
  try {
    for await (const r of openSheetRows(where)) {
      if (!header) {
        header = mapHeader(r.cells, STAFF_COLUMNS);
        for (const m of header.missing) fail(r.row, m.header, "", `缺少必填列“${m.header}”`);
        for (const u of header.unknown) report.warnings.push(`未识别的列“${u}”，已忽略`);
        if (header.missing.length > 0) return report;
        continue;
      }
      if (r.cells.every((c) => c === null || c === "")) continue;
      report.rows++;
      if (report.rows > MAX_STAFF_ROWS) {
        fail(r.row, "", "", `人员表超过 ${MAX_STAFF_ROWS} 行，不像是本院的人员名册`);
        return report;
      }
      const raw: Partial<Record<StaffColumnKey, RawCell>> = {};
      for (const [key, i] of header.indexByKey) raw[key] = r.cells[i] ?? null;
      for (const i of r.badBytes ?? [])
        fail(
          r.row,
          String(headerOf(header, i - 1) ?? `第 ${i} 列`),
          "",
          "含有无法识别的字符（文件编码不对？）",
        );
      const v = validateStaffRow(raw);
      if (!v.ok) for (const e of v.errors) fail(r.row, e.column, e.value, e.message);
      else {
        const court = v.value.courtCode ?? actor.court ?? undefined;
        const problem = court ? staffCourtProblem(actor.court, court) : null;
        if (problem) fail(r.row, STAFF_COLUMN_HEADER.courtCode, court ?? "", problem);
        else parsed.push({ row: r.row, value: court ? { ...v.value, courtCode: court } : v.value });
      }
    }
  } catch (err) {
    if (err instanceof SheetFormatError) {
      fail(0, "", shown, err.message);
      return report;
    }
    throw err;
  }
  if (!header) {
    fail(
      0,
      "",
      shown,
      where.format === "xlsx" ? `工作簿中没有名为“${STAFF_SHEET}”的工作表，或该表为空` : `${shown} 是空表`,
    );
    return report;
  }
  if (report.rows === 0) fail(0, "", shown, "人员表没有数据行");

  // The register as it would be: stored members the sheet does not mention, then the sheet's rows
  // (a row without a court keeps the stored member's). A member of a court the account does not
  // keep is not changed by it; one of no particular court is taken into the row's court.
  const register = await readStaffRegister(handle);
  const byNo = new Map(register.map((s) => [s.staffNo, s]));
  const refused = new Set<string>();
  for (const p of parsed) {
    const was = byNo.get(p.value.staffNo)?.courtCode;
    const problem = was ? staffCourtProblem(actor.court, was) : null;
    if (problem) refused.add(p.value.staffNo);
    if (problem)
      fail(
        p.row,
        STAFF_COLUMN_HEADER.staffNo,
        p.value.staffNo,
        `工号“${p.value.staffNo}”已登记为${was}的人员，不在您所在法院（${actor.court}）或其下级法院之列，不能修改`,
      );
  }
  // A refused row is checked no further: its member stays as stored.
  const inSheet = new Set(parsed.filter((p) => !refused.has(p.value.staffNo)).map((p) => p.value.staffNo));
  const stored = register.filter((s) => !inSheet.has(s.staffNo));
  const rowsAsStored = parsed
    .filter((p) => inSheet.has(p.value.staffNo))
    .map((p) => ({
      row: p.row,
      ...p.value,
      courtCode:
        p.value.courtCode !== undefined ? p.value.courtCode : (byNo.get(p.value.staffNo)?.courtCode ?? null),
    }));
  for (const p of registerProblems([...stored, ...rowsAsStored])) {
    fail(p.row ?? 0, p.column, p.value, p.message);
  }
  if (report.errors.length > 0) return report;
  report.ok = true;
  if (report.dryRun) return report;

  const w = await writeStaffRows(
    handle,
    parsed.map((p) => p.value),
    new Date().toISOString(),
    {
      user: actor.username,
      action: "import",
      entity: "staff",
      entityId: shown,
      detail: { file: shown, rows: parsed.length },
    },
  );
  report.inserted = w.inserted;
  report.updated = w.updated;
  report.unknownJudgeAlerts = (
    await recomputeUnknownJudgeAlerts(handle, options.today ?? todayInChina())
  ).alerts;
  return report;
}

function headerOf(header: { indexByKey: Map<string, number> }, index: number): string | undefined {
  for (const [key, i] of header.indexByKey) {
    if (i === index) return STAFF_COLUMNS.find((c) => c.key === key)?.header;
  }
  return undefined;
}

class StaffFileError extends Error {}

/** Where the sheet's rows are: the worksheet 人员 of a workbook, or a CSV file. */
async function sourceOf(file: string, shown: string, limits: ImportLimits): Promise<SheetFile> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new StaffFileError(`文件不存在：${shown}`);
  if (info.size === 0) throw new StaffFileError(`文件为空：${shown}`);
  const ext = extname(file).toLowerCase();
  if (ext === ".xlsx") {
    const { checkXlsx } = await import("../../io/xlsx-reader.js");
    await checkXlsx(file, { maxBytes: limits.maxXlsxBytes, maxCellBytes: limits.maxCellBytes });
    return { file, format: "xlsx", sheet: STAFF_SHEET, limits };
  }
  if (ext === ".csv" || ext === ".txt") return { file, format: "csv", limits };
  throw new StaffFileError(
    `不支持的文件类型 ${ext || "（无扩展名）"}：请上传含“人员”工作表的 .xlsx 文件，或 人员.csv`,
  );
}
