/**
 * The workbook that goes with a report (opens in Excel and WPS): the same figures as the document,
 * one sheet per topic — 收结存, 核心指标, the indicators by division (or judge), 薄弱指标, 长期未结,
 * 月度趋势, 工作建议 — numbers stored as numbers (shares as fractions shown as percentages), so
 * that the office can re-sort and chart them. The sheets are the domain's
 * (src/domain/reports/compose.ts); this file lays them out.
 */
import ExcelJS from "exceljs";
import type { ReportDocument, SheetCell } from "../domain/reports/model.js";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFBFBFBF" } },
  left: { style: "thin", color: { argb: "FFBFBFBF" } },
  bottom: { style: "thin", color: { argb: "FFBFBFBF" } },
  right: { style: "thin", color: { argb: "FFBFBFBF" } },
};
const FORMATS = { int: "#,##0", pct: "0.0%", dec1: "0.0" } as const;

/** The row of the first data row in every sheet (title, note, header above it). */
export const FIRST_DATA_ROW = 4;

function put(cell: ExcelJS.Cell, v: SheetCell): void {
  if (v !== null && typeof v === "object") {
    cell.value = v.value;
    cell.numFmt = FORMATS[v.format];
    cell.alignment = { horizontal: "right" };
    return;
  }
  cell.value = v;
  if (typeof v === "string" && v.length > 30) cell.alignment = { wrapText: true, vertical: "top" };
}

export async function writeReportXlsx(doc: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "审管 shenguan";
  wb.title = doc.title;
  for (const s of doc.sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: FIRST_DATA_ROW - 1 }] });
    const width = Math.max(s.headers.length, 1);
    ws.mergeCells(1, 1, 1, width);
    ws.getCell(1, 1).value = s.title;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.mergeCells(2, 1, 2, width);
    ws.getCell(2, 1).value = doc.subtitle;
    ws.getCell(2, 1).font = { size: 10, color: { argb: "FF595959" } };
    const header = ws.getRow(FIRST_DATA_ROW - 1);
    s.headers.forEach((h, i) => {
      const c = header.getCell(i + 1);
      c.value = h;
      c.font = { bold: true };
      c.fill = HEADER_FILL;
      c.border = THIN;
      c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    });
    header.height = 32;
    s.rows.forEach((r, k) => {
      const row = ws.getRow(FIRST_DATA_ROW + k);
      r.forEach((v, i) => {
        const c = row.getCell(i + 1);
        put(c, v);
        c.border = THIN;
      });
    });
    s.widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    if (s.rows.length === 0) ws.getCell(FIRST_DATA_ROW, 1).value = "无";
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
