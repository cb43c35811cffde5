/** Any list on screen as an .xlsx: a title row, Chinese headers, the rows; frozen header, auto filter. */
import ExcelJS from "exceljs";

export interface ListColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  width?: number;
  numFmt?: string;
}

export async function listWorkbook<T>(title: string, columns: ListColumn<T>[], rows: T[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "审管 shenguan";
  const ws = wb.addWorksheet(title.slice(0, 31).replace(/[\\/?*[\]:]/g, " "), {
    views: [{ state: "frozen", ySplit: 2 }],
  });
  ws.mergeCells(1, 1, 1, Math.max(columns.length, 1));
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  const header = ws.getRow(2);
  columns.forEach((c, i) => {
    header.getCell(i + 1).value = c.header;
    ws.getColumn(i + 1).width = c.width ?? Math.max(10, c.header.length * 2 + 2);
    if (c.numFmt) ws.getColumn(i + 1).numFmt = c.numFmt;
  });
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
  });
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r) ?? null));
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: Math.max(columns.length, 1) } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
