/**
 * The indicator panel as a formatted Excel workbook (opens in Excel and WPS): Chinese headers,
 * merged group headers (入口/过程/出口), percentages and days formatted, a sheet with the counting
 * rules. Written with exceljs.
 */
import ExcelJS from "exceljs";
import { type IndicatorDef, indicatorById } from "../domain/indicators/index.js";
import type { IndicatorPanel } from "../domain/indicators/panel.js";

const BY_NAMES: Record<string, string> = {
  court: "法院",
  division: "承办部门",
  judge: "承办部门 / 承办人",
  category: "案件类别",
  type: "类型代字",
  procedure: "审理程序",
  month: "月份",
  all: "全部",
  cause: "案由",
};

const CATEGORY_NAMES: Record<string, string> = {
  civil: "民事",
  criminal: "刑事",
  administrative: "行政",
  enforcement: "执行",
  other: "其他",
};

function numFmt(def: IndicatorDef): string {
  if (def.unit === "%") return "0.00%";
  if (def.unit === "天") return "0.0";
  if (def.unit === "比") return "0.00";
  return "#,##0";
}

export async function indicatorWorkbook(panel: IndicatorPanel): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "审管";
  const ws = wb.addWorksheet("质效指标", { views: [{ state: "frozen", xSplit: 1, ySplit: 3 }] });
  const defs = panel.indicators.map((id) => indicatorById(id) as IndicatorDef);
  // Order columns by group so that the group headers can be merged.
  const order: IndicatorDef["group"][] = ["入口", "过程", "出口"];
  const sorted = [...defs].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
  const lastCol = sorted.length + 1;

  ws.mergeCells(1, 1, 1, lastCol);
  const title = ws.getCell(1, 1);
  title.value = `审判质效指标　${panel.from} 至 ${panel.to}（按${BY_NAMES[panel.by] ?? panel.by}）`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: "center" };

  ws.getCell(2, 1).value = BY_NAMES[panel.by] ?? panel.by;
  ws.mergeCells(2, 1, 3, 1);
  let col = 2;
  for (const g of order) {
    const n = sorted.filter((d) => d.group === g).length;
    if (n === 0) continue;
    if (n > 1) ws.mergeCells(2, col, 2, col + n - 1);
    const cell = ws.getCell(2, col);
    cell.value = g;
    cell.alignment = { horizontal: "center" };
    col += n;
  }
  sorted.forEach((d, i) => {
    const cell = ws.getCell(3, i + 2);
    cell.value = d.unit === "%" || d.unit === "件" || d.unit === "比" ? d.name : `${d.name}（${d.unit}）`;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  for (const r of [2, 3]) {
    ws.getRow(r).font = { bold: true };
    ws.getRow(r).eachCell((c) => {
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
      c.border = { bottom: { style: "thin" } };
    });
  }
  ws.getRow(3).height = 36;
  ws.getColumn(1).width = panel.by === "judge" ? 28 : 18;
  for (let i = 2; i <= lastCol; i++) ws.getColumn(i).width = 13;

  let r = 4;
  for (const g of panel.groups) {
    const label = g.name ?? (panel.by === "category" ? (CATEGORY_NAMES[g.key] ?? g.key) : g.key);
    ws.getCell(r, 1).value = label;
    sorted.forEach((d, i) => {
      const f = g.indicators[d.id];
      const cell = ws.getCell(r, i + 2);
      cell.value = f?.value ?? null;
      cell.numFmt = numFmt(d);
      if (f?.assessment === "weak") cell.font = { color: { argb: "FFC00000" }, bold: true };
    });
    r++;
  }

  const notes = wb.addWorksheet("口径说明");
  notes.columns = [
    { header: "指标", key: "name", width: 24 },
    { header: "分组", key: "group", width: 8 },
    { header: "维度", key: "dimension", width: 8 },
    { header: "口径", key: "definition", width: 80 },
    { header: "参考区间", key: "reference", width: 40 },
    { header: "依据", key: "source", width: 40 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const d of sorted) {
    const ref = d.reference
      ? `${d.reference.min !== undefined ? `≥ ${fmt(d, d.reference.min)}` : ""}${d.reference.min !== undefined && d.reference.max !== undefined ? "，" : ""}${d.reference.max !== undefined ? `≤ ${fmt(d, d.reference.max)}` : ""}（${d.reference.source}）`
      : "";
    notes.addRow({
      name: d.name,
      group: d.group,
      dimension: d.dimension,
      definition: d.definition,
      reference: ref,
      source: d.source,
    });
  }
  notes.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: "top" };
  });
  return wb;
}

function fmt(d: IndicatorDef, v: number): string {
  return d.unit === "%" ? `${(v * 100).toFixed(2)}%` : String(v);
}

export async function writeIndicatorWorkbook(panel: IndicatorPanel, path: string): Promise<void> {
  const wb = await indicatorWorkbook(panel);
  await wb.xlsx.writeFile(path);
}
