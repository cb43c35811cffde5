/**
 * The monthly 审限与长期未结通报 as a workbook (opens in Excel and WPS): a 汇总 sheet (this month,
 * last month and the change per division, and the month's core figures), then one sheet per
 * topic — 审限预警, 长期未结, 隐形超审限 — each with a per-division subtotal table on top and the
 * case list below, grouped by division with a 小计 row after each division.
 */
import ExcelJS from "exceljs";
import { SEVERITY_COLORS, SEVERITY_NAMES } from "../domain/alerts/index.js";
import { chineseDate, chineseMonth, daysLeftText } from "../domain/bulletin/dates.js";
import {
  APPROACHING_BUCKETS,
  type BulletinData,
  type CaseBase,
  CONCEALED_CASES_KEY,
  CONCEALED_RULES,
  type Counts,
  countOf,
  HEADLINES,
  issuerOf,
  LONG_PENDING_BUCKETS,
  RUNG_NAMES,
  TIME_LIMIT_TIERS,
  unitOf,
} from "../domain/bulletin/model.js";
import { hasOrders } from "../domain/bulletin/narrative.js";
import { type IndicatorDef, indicatorById } from "../domain/indicators/index.js";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
const SUBTOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F3F3" } };
const TOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFBFBFBF" } },
  left: { style: "thin", color: { argb: "FFBFBFBF" } },
  bottom: { style: "thin", color: { argb: "FFBFBFBF" } },
  right: { style: "thin", color: { argb: "FFBFBFBF" } },
};

export const SHEET_NAMES = {
  summary: "汇总",
  timeLimit: "审限预警",
  longPending: "长期未结",
  concealed: "隐形超审限",
  supervision: "督办",
} as const;

/** A column of a per-division count table: its header and how to read it from the counts. */
interface CountColumn {
  header: string;
  value: (now: Counts | undefined, before: Counts | undefined) => number;
}

function title(ws: ExcelJS.Worksheet, text: string, note: string, width: number): void {
  ws.mergeCells(1, 1, 1, Math.max(width, 1));
  ws.getCell(1, 1).value = text;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, Math.max(width, 1));
  ws.getCell(2, 1).value = note;
  ws.getCell(2, 1).font = { size: 10, color: { argb: "FF595959" } };
  ws.getCell(2, 1).alignment = { wrapText: true, vertical: "top" };
  ws.getRow(2).height = 30;
}

function headerRow(ws: ExcelJS.Worksheet, row: number, headers: string[]): void {
  const r = ws.getRow(row);
  headers.forEach((h, i) => {
    const cell = r.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  r.height = 30;
}

function styleRow(r: ExcelJS.Row, width: number, fill?: ExcelJS.Fill, bold = false): void {
  for (let c = 1; c <= width; c++) {
    const cell = r.getCell(c);
    cell.border = THIN;
    if (fill) cell.fill = fill;
    if (bold) cell.font = { bold: true };
  }
}

/** Division rows and a total row (全院合计, or the division's); returns the next free row. */
function countTable(
  ws: ExcelJS.Worksheet,
  start: number,
  data: BulletinData,
  columns: CountColumn[],
): number {
  headerRow(ws, start, ["承办部门", ...columns.map((c) => c.header)]);
  let row = start + 1;
  for (const d of data.divisions) {
    const r = ws.getRow(row++);
    r.getCell(1).value = d;
    columns.forEach((c, i) => {
      r.getCell(i + 2).value = c.value(data.thisMonth.byDivision[d], data.lastMonth.byDivision[d]);
    });
    styleRow(r, columns.length + 1);
  }
  const t = ws.getRow(row++);
  t.getCell(1).value = `${unitOf(data)}合计`;
  columns.forEach((c, i) => {
    t.getCell(i + 2).value = c.value(data.thisMonth.total, data.lastMonth.total);
  });
  styleRow(t, columns.length + 1, TOTAL_FILL, true);
  return row + 1;
}

interface ListColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
  /** The cell's font colour (ARGB), e.g. a severity's colour. */
  color?: (row: T) => string | undefined;
}

/** `#CF1322` → `FFCF1322`. */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** The columns every case list opens with: who handles it, which case, filed when. */
function caseColumns<T extends CaseBase>(): ListColumn<T>[] {
  return [
    { header: "承办部门", width: 20, value: (r) => r.division },
    { header: "承办人", width: 10, value: (r) => r.judge },
    { header: "案号", width: 28, value: (r) => r.caseNumber },
    { header: "案由", width: 18, value: (r) => r.cause },
    { header: "立案日期", width: 12, value: (r) => r.filedOn },
  ];
}

/**
 * The case list, grouped by division, a 小计 row after each division (first cell "<部门> 小计",
 * third cell the number of rows, `summary` in the `summaryColumn`), a 合计 row at the end.
 */
function caseList<T extends { division: string }>(
  ws: ExcelJS.Worksheet,
  start: number,
  columns: ListColumn<T>[],
  rows: T[],
  summary: (rows: T[]) => string,
  summaryColumn: number,
): number {
  headerRow(
    ws,
    start,
    columns.map((c) => c.header),
  );
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(col.width ?? 0, c.width);
  });
  let row = start + 1;
  const width = columns.length;
  const subtotal = (label: string, group: T[], fill: ExcelJS.Fill) => {
    const r = ws.getRow(row++);
    r.getCell(1).value = label;
    r.getCell(3).value = group.length;
    r.getCell(3).numFmt = '0"件"';
    r.getCell(summaryColumn).value = summary(group);
    styleRow(r, width, fill, true);
  };
  let i = 0;
  while (i < rows.length) {
    const division = (rows[i] as T).division;
    const group: T[] = [];
    while (i < rows.length && (rows[i] as T).division === division) group.push(rows[i++] as T);
    for (const g of group) {
      const r = ws.getRow(row++);
      columns.forEach((c, k) => {
        r.getCell(k + 1).value = c.value(g);
      });
      styleRow(r, width);
      columns.forEach((c, k) => {
        const color = c.color?.(g);
        if (color) r.getCell(k + 1).font = { bold: true, color: { argb: color } };
      });
      r.getCell(width).alignment = { wrapText: true, vertical: "top" };
    }
    subtotal(`${division} 小计`, group, SUBTOTAL_FILL);
  }
  subtotal("合计", rows, TOTAL_FILL);
  return row;
}

function tally<T>(rows: T[], keyOf: (r: T) => string, order: string[]): string {
  const n = new Map<string, number>();
  for (const r of rows) n.set(keyOf(r), (n.get(keyOf(r)) ?? 0) + 1);
  const parts = order.filter((k) => n.has(k)).map((k) => `${k} ${n.get(k)}`);
  return parts.join("，");
}

function notes(data: BulletinData): string {
  return (
    `统计基准日：本月 ${chineseDate(data.asOf)}，上月 ${chineseDate(data.previous.asOf)}（按截至当日的立案、结案和审限变更记录重新计算，` +
    `与系统当前预警可能不同）。制表日期 ${chineseDate(data.generatedOn)}。`
  );
}

function summarySheet(wb: ExcelJS.Workbook, data: BulletinData): void {
  const ws = wb.addWorksheet(SHEET_NAMES.summary, { views: [{ state: "frozen", xSplit: 1, ySplit: 5 }] });
  const width = 1 + HEADLINES.length * 3;
  title(ws, `${issuerOf(data)}${chineseMonth(data.month)}审限与长期未结情况汇总`, notes(data), width);
  // Two header rows: the figure (merged over three columns), then 本月 / 上月 / 增减.
  ws.mergeCells(4, 1, 5, 1);
  ws.getCell(4, 1).value = "承办部门";
  HEADLINES.forEach((h, i) => {
    const c = 2 + i * 3;
    ws.mergeCells(4, c, 4, c + 2);
    ws.getCell(4, c).value = h.name;
    ["本月", "上月", "增减"].forEach((s, k) => {
      ws.getCell(5, c + k).value = s;
    });
  });
  for (const r of [4, 5]) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = THIN;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
  }
  ws.getRow(4).height = 30;
  let row = 6;
  const line = (label: string, now: Counts | undefined, before: Counts | undefined, fill?: ExcelJS.Fill) => {
    const r = ws.getRow(row++);
    r.getCell(1).value = label;
    HEADLINES.forEach((h, i) => {
      const a = countOf(now, h.keys);
      const b = countOf(before, h.keys);
      r.getCell(2 + i * 3).value = a;
      r.getCell(3 + i * 3).value = b;
      r.getCell(4 + i * 3).value = a - b;
      r.getCell(4 + i * 3).numFmt = "+0;-0;0";
    });
    styleRow(r, width, fill, fill !== undefined);
  };
  for (const d of data.divisions) line(d, data.thisMonth.byDivision[d], data.lastMonth.byDivision[d]);
  line(`${unitOf(data)}合计`, data.thisMonth.total, data.lastMonth.total, TOTAL_FILL);
  ws.getColumn(1).width = 20;
  for (let c = 2; c <= width; c++) ws.getColumn(c).width = 8;

  // The month's core figures by division.
  row += 1;
  const defs = data.indicators.ids.map((id) => indicatorById(id) as IndicatorDef);
  ws.mergeCells(row, 1, row, defs.length + 1);
  ws.getCell(row, 1).value =
    `本月核心指标（${chineseDate(data.from)}至${chineseDate(data.to)}，指标体系 ${data.indicators.catalogueVersion}）`;
  ws.getCell(row, 1).font = { bold: true, size: 12 };
  row += 1;
  headerRow(ws, row, ["承办部门", ...defs.map((d) => `${d.name}${d.unit === "%" ? "" : `（${d.unit}）`}`)]);
  row += 1;
  const fmt = (d: IndicatorDef) =>
    d.unit === "%" ? "0.00%" : d.unit === "天" ? "0.0" : d.unit === "比" ? "0.00" : "#,##0";
  const figures = (label: string, f: Record<string, { value: number | null }>, fill?: ExcelJS.Fill) => {
    const r = ws.getRow(row++);
    r.getCell(1).value = label;
    defs.forEach((d, i) => {
      const cell = r.getCell(i + 2);
      cell.value = f[d.id]?.value ?? null;
      cell.numFmt = fmt(d);
    });
    styleRow(r, defs.length + 1, fill, fill !== undefined);
  };
  for (const g of data.indicators.byDivision) figures(g.division, g.figures);
  figures(unitOf(data), data.indicators.court, TOTAL_FILL);
  row += 1;
  ws.getCell(row, 1).value =
    "说明：结收比 = 结案数 ÷ 新收案件数；法定审限内结案率 = 审限内结案数 ÷ 有法定审限的结案数；平均审理天数为结案案件立案至结案的自然天数；超审限未结、超12个月未结为月末时点数（docs/indicators.md 口径）。";
  ws.getCell(row, 1).font = { size: 10, color: { argb: "FF595959" } };
}

function timeLimitSheet(wb: ExcelJS.Workbook, data: BulletinData): void {
  const ws = wb.addWorksheet(SHEET_NAMES.timeLimit);
  const tiers = TIME_LIMIT_TIERS.map((t) => t.ruleId as string);
  title(
    ws,
    `${issuerOf(data)}${chineseMonth(data.month)}审限预警（截至${chineseDate(data.asOf)}）`,
    `未结且有法定审限的案件，每案只计最严重的一档：已超审限；5日内届满；即将届满（民事、执行 30 日内，刑事、行政等 15 日内，不超过审限期间的最后三分之一）；已过三分之二。${notes(data)}`,
    10,
  );
  const next = countTable(ws, 4, data, [
    ...TIME_LIMIT_TIERS.map((t) => ({
      header: t.name,
      value: (n: Counts | undefined) => countOf(n, [t.ruleId]),
    })),
    { header: "合计", value: (n) => countOf(n, tiers) },
    { header: "上月合计", value: (_n, b) => countOf(b, tiers) },
    { header: "增减", value: (n, b) => countOf(n, tiers) - countOf(b, tiers) },
  ]);
  caseList(
    ws,
    next,
    [
      ...caseColumns(),
      { header: "预警档次", width: 12, value: (r) => r.tier },
      { header: "审限届满日", width: 12, value: (r) => r.deadline },
      // "已超 128 天" / "剩余 5 天": read the same as on screen, never a negative number.
      { header: "剩余/超期天数", width: 13, value: (r) => daysLeftText(r.daysLeft) },
      { header: "说明", width: 70, value: (r) => r.reason },
    ],
    data.timeLimit,
    (rows) =>
      tally(
        rows,
        (r) => r.tier,
        TIME_LIMIT_TIERS.map((t) => t.name),
      ),
    6,
  );
  ws.views = [{ state: "frozen", ySplit: 4 }];
}

function longPendingSheet(wb: ExcelJS.Workbook, data: BulletinData): void {
  const ws = wb.addWorksheet(SHEET_NAMES.longPending);
  const reached = LONG_PENDING_BUCKETS.map((b) => b.key);
  const approaching = APPROACHING_BUCKETS.map((b) => b.key);
  title(
    ws,
    `${issuerOf(data)}${chineseMonth(data.month)}长期未结案件（截至${chineseDate(data.asOf)}）`,
    `自立案日起的自然时间，不扣除任何期间；每案只计已达到的最高节点（满六个月、一年、一年半、二年、三年）。临近：30 日内将达到下一节点。${notes(data)}`,
    10,
  );
  const next = countTable(ws, 4, data, [
    ...LONG_PENDING_BUCKETS.map((b) => ({
      header: b.name,
      value: (n: Counts | undefined) => countOf(n, [b.key]),
    })),
    { header: "合计", value: (n) => countOf(n, reached) },
    { header: "上月合计", value: (_n, b) => countOf(b, reached) },
    { header: "增减", value: (n, b) => countOf(n, reached) - countOf(b, reached) },
    ...APPROACHING_BUCKETS.map((b) => ({
      header: b.name,
      value: (n: Counts | undefined) => countOf(n, [b.key]),
    })),
    { header: "临近合计", value: (n) => countOf(n, approaching) },
  ]);
  const label = (r: BulletinData["longPending"][number]) =>
    `${r.kind === "reached" ? "已满" : "临近"}${RUNG_NAMES[r.months] ?? `${r.months}个月`}`;
  caseList(
    ws,
    next,
    [
      ...caseColumns(),
      { header: "节点", width: 12, value: label },
      { header: "节点日期", width: 12, value: (r) => r.milestoneOn },
      { header: "距节点天数", width: 10, value: (r) => r.daysUntil },
      { header: "已立案天数", width: 10, value: (r) => r.naturalDays },
      { header: "说明", width: 60, value: (r) => r.reason },
    ],
    data.longPending,
    (rows) =>
      tally(rows, label, [
        ...LONG_PENDING_BUCKETS.map((b) => `已满${RUNG_NAMES[b.months]}`),
        ...APPROACHING_BUCKETS.map((b) => `临近${RUNG_NAMES[b.months]}`),
      ]),
    6,
  );
  ws.views = [{ state: "frozen", ySplit: 4 }];
}

function concealedSheet(wb: ExcelJS.Workbook, data: BulletinData): void {
  const ws = wb.addWorksheet(SHEET_NAMES.concealed);
  const rules = CONCEALED_RULES.map((r) => r.ruleId);
  title(
    ws,
    `${issuerOf(data)}${chineseMonth(data.month)}隐形超审限线索（截至${chineseDate(data.asOf)}）`,
    `形式上未超审限、但实际审理时间被延长、扣除、中止、程序转换或撤诉再立案掩盖的线索，按规则计条数（一案可有多条）；` +
      `只计月末未结和当月结案的案件；需逐案核查。${notes(data)}`,
    8,
  );
  const next = countTable(ws, 4, data, [
    ...CONCEALED_RULES.map((r) => ({
      header: r.name,
      value: (n: Counts | undefined) => countOf(n, [r.ruleId]),
    })),
    { header: "线索合计", value: (n) => countOf(n, rules) },
    { header: "涉及案件", value: (n) => countOf(n, [CONCEALED_CASES_KEY]) },
    { header: "上月线索", value: (_n, b) => countOf(b, rules) },
    { header: "增减", value: (n, b) => countOf(n, rules) - countOf(b, rules) },
  ]);
  caseList(
    ws,
    next,
    [
      ...caseColumns(),
      { header: "线索", width: 24, value: (r) => r.title },
      {
        header: "级别",
        width: 11,
        value: (r) => SEVERITY_NAMES[r.severity],
        color: (r) => argb(SEVERITY_COLORS[r.severity].hex),
      },
      { header: "说明", width: 70, value: (r) => r.reason },
    ],
    data.concealed,
    (rows) =>
      tally(
        rows,
        (r) => r.title,
        CONCEALED_RULES.map((r) => r.name),
      ),
    6,
  );
  for (let c = 2; c <= rules.length + 1; c++) {
    const col = ws.getColumn(c);
    col.width = Math.max(col.width ?? 0, 12);
  }
  ws.views = [{ state: "frozen", ySplit: 4 }];
}

/** 督办: the month's 督办单 by division — issued, answered, overdue (escalated), closed. */
function supervisionSheet(wb: ExcelJS.Workbook, data: BulletinData): void {
  const ws = wb.addWorksheet(SHEET_NAMES.supervision);
  const headers = ["承办部门", "发起督办", "已答复", "逾期未答复", "已销号"];
  title(
    ws,
    `${issuerOf(data)}${chineseMonth(data.month)}督办情况（截至${chineseDate(data.asOf)}）`,
    "按当月发生的操作计件：当月发起、当月答复（一件多次答复计一次）、当月逾期未答复而报庭长督促、当月销号。",
    headers.length,
  );
  headerRow(ws, 4, headers);
  let row = 5;
  const line = (name: string, c: BulletinData["orders"]["total"], total: boolean) => {
    const r = ws.getRow(row++);
    [name, c.issued, c.answered, c.overdue, c.closed].forEach((v, i) => {
      r.getCell(i + 1).value = v;
    });
    styleRow(r, headers.length, total ? TOTAL_FILL : undefined, total);
  };
  for (const d of data.orders.byDivision) line(d.division, d.counts, false);
  line(`${unitOf(data)}合计`, data.orders.total, true);
  ws.getColumn(1).width = 22;
  for (let c = 2; c <= headers.length; c++) ws.getColumn(c).width = 12;
  ws.views = [{ state: "frozen", ySplit: 4 }];
}

/** The bulletin workbook: 汇总, 审限预警, 长期未结, 隐形超审限, and 督办 when the month has any. */
export async function writeBulletinXlsx(data: BulletinData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "审管 shenguan";
  wb.title = `${issuerOf(data)}${chineseMonth(data.month)}审限与长期未结案件通报`;
  summarySheet(wb, data);
  timeLimitSheet(wb, data);
  longPendingSheet(wb, data);
  concealedSheet(wb, data);
  if (hasOrders(data)) supervisionSheet(wb, data);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
