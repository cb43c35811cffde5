/**
 * 考核结果 as an Excel workbook: sheet 考核结果 (units × items, the points of each item and the
 * total; the explanation of each cell as its note), sheet 考核办法 (the scheme: items, weights,
 * methods and parameters in Chinese). Written with exceljs.
 */
import ExcelJS from "exceljs";
import {
  catalogueLookup,
  formatValue,
  METHOD_NAMES,
  PARAMETER_NAMES,
  type Scheme,
  type SchemeItem,
  type UnitScore,
} from "../domain/assessment/index.js";

export interface AssessmentSheetInput {
  scheme: Scheme;
  from: string;
  to: string;
  by: "division" | "judge";
  units: UnitScore[];
}

const BY_NAMES = { division: "承办部门", judge: "承办部门 / 承办人" } as const;

/** An item's parameters in words: 下限 95%，扣分档距 1 个百分点 … */
export function parametersText(item: SchemeItem): string {
  const def = catalogueLookup(item.indicator);
  const unit = def?.unit ?? "件";
  const v = (x: number) => formatValue(unit, x);
  const step = (x: number) => (unit === "%" ? `${Math.round(x * 100 * 100) / 100} 个百分点` : `${x} ${unit}`);
  switch (item.method) {
    case "range":
      return [
        item.min !== undefined ? `${PARAMETER_NAMES.min} ${v(item.min)}` : "",
        item.max !== undefined ? `${PARAMETER_NAMES.max} ${v(item.max)}` : "",
        `区间外每 ${step(item.step as number)}扣 ${item.penalty} 分（不足一档按一档计）`,
      ]
        .filter(Boolean)
        .join("，");
    case "target":
      return `${PARAMETER_NAMES.target} ${v(item.target as number)}，${PARAMETER_NAMES.floor} ${v(item.floor as number)}`;
    case "relative":
      return def?.direction === "lower" ? "以各单位最低值为满分" : "以各单位最高值为满分";
    case "deduct":
      return `每件扣 ${item.points} 分`;
  }
}

export async function assessmentWorkbook(r: AssessmentSheetInput): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "审管";
  const items = r.scheme.items;
  const ws = wb.addWorksheet("考核结果", { views: [{ state: "frozen", xSplit: 1, ySplit: 3 }] });
  const lastCol = items.length + 2;
  ws.mergeCells(1, 1, 1, lastCol);
  const title = ws.getCell(1, 1);
  title.value = `${r.scheme.name}（版本 ${r.scheme.version}）考核结果　${r.from} 至 ${r.to}`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: "center" };

  const head = ws.getRow(2);
  head.getCell(1).value = BY_NAMES[r.by];
  items.forEach((item, i) => {
    head.getCell(i + 2).value = catalogueLookup(item.indicator)?.name ?? item.indicator;
  });
  head.getCell(lastCol).value = "总分";
  const weights = ws.getRow(3);
  weights.getCell(1).value = "权重（分）";
  items.forEach((item, i) => {
    weights.getCell(i + 2).value = item.weight;
  });
  weights.getCell(lastCol).value = 100;
  for (const row of [head, weights]) {
    row.font = { bold: true };
    row.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }

  r.units.forEach((u, n) => {
    const row = ws.getRow(4 + n);
    row.getCell(1).value = u.key;
    u.items.forEach((it, i) => {
      const cell = row.getCell(i + 2);
      cell.value = it.scored ? (it.points as number) : "不计分";
      cell.numFmt = "0.00";
      cell.note = it.explanation;
    });
    const total = row.getCell(lastCol);
    total.value = u.total;
    total.numFmt = "0.00";
    total.font = { bold: true };
  });
  ws.getColumn(1).width = 24;
  for (let c = 2; c <= lastCol; c++) ws.getColumn(c).width = 12;
  const note = ws.getRow(5 + r.units.length);
  note.getCell(1).value =
    "说明：各项得分保留两位小数显示；无可计算数据的项目不计分，其权重不计入总分；总分 = 100 × 各计分项得分之和 ÷ 各计分项权重之和。各单元格的批注为该项得分的计算说明。";

  const sheet = wb.addWorksheet("考核办法");
  sheet.columns = [
    { header: "序号", key: "n", width: 6 },
    { header: "指标", key: "name", width: 24 },
    { header: "权重（分）", key: "weight", width: 10 },
    { header: "计分方法", key: "method", width: 12 },
    { header: "参数", key: "params", width: 40 },
    { header: "说明", key: "note", width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  items.forEach((item, i) => {
    sheet.addRow({
      n: i + 1,
      name: catalogueLookup(item.indicator)?.name ?? item.indicator,
      weight: item.weight,
      method: METHOD_NAMES[item.method],
      params: parametersText(item),
      note: item.note ?? "",
    });
  });
  sheet.addRow({});
  sheet.addRow({ name: `${r.scheme.name}，版本 ${r.scheme.version}` });
  return wb;
}
