/**
 * The 营商环境 "解决商业纠纷" pack as files: an .xlsx workbook (the figures on one sheet, each
 * typical-case list on its own, then the definitions in force) and a Word document in the house
 * style (src/io/docx-house-style.ts): the narrative with the figures, the figures table and the
 * typical-case lists. The words are the domain's (src/domain/business-environment/narrative.ts).
 */
import ExcelJS from "exceljs";
import {
  figureLines,
  narrative,
  packTitle,
  TYPICAL_HEADERS,
  TYPICAL_LISTS,
  typicalCells,
} from "../domain/business-environment/narrative.js";
import type { Pack } from "../domain/business-environment/pack.js";
import {
  FONT_H1,
  FONT_H2,
  gap,
  heading,
  houseDocument,
  para,
  table,
  titleLines,
} from "./docx-house-style.js";

const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } } as const;

function header(ws: ExcelJS.Worksheet, values: readonly string[]): void {
  const row = ws.addRow([...values]);
  row.eachCell((c) => {
    c.font = { bold: true };
    c.fill = HEADER_FILL;
  });
}

export async function packXlsx(court: string, p: Pack): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "审管 shenguan";
  const { title, subtitle } = packTitle(court, p);
  const figures = wb.addWorksheet("指标数据");
  figures.columns = [{ width: 30 }, { width: 18 }, { width: 14 }, { width: 90 }];
  figures.addRow([title]).getCell(1).font = { bold: true, size: 13 };
  figures.addRow([subtitle]);
  header(figures, ["指标", "数值", "原始数值", "计算口径"]);
  for (const f of figureLines(p)) {
    const row = figures.addRow([f.name, f.value, f.raw, f.definition]);
    if (f.unit === "%") row.getCell(3).numFmt = "0.00%";
    else if (f.unit === "天") row.getCell(3).numFmt = "0.0";
  }
  for (const list of TYPICAL_LISTS) {
    const ws = wb.addWorksheet(list.name);
    ws.columns = [22, 14, 10, 18, 36, 12, 12, 10, 12, 16].map((width) => ({ width }));
    header(ws, TYPICAL_HEADERS);
    for (const c of p[list.key]) {
      const cells: (string | number)[] = typicalCells(c);
      cells[7] = c.days;
      if (c.amountFen !== null) cells[9] = c.amountFen / 100;
      ws.addRow(cells);
    }
  }
  const defs = wb.addWorksheet("口径设置");
  defs.columns = [{ width: 24 }, { width: 80 }];
  header(defs, ["设置项", "值"]);
  const d = p.definitions;
  for (const [name, value] of [
    ["评价手册年度", String(d.manualYear)],
    ["一审案件类型代字", d.firstInstanceTypeCodes.join("、")],
    ["仅统计涉企案件", d.enterpriseOnly ? "是" : "否"],
    ["商事案由", d.causes.length === 0 ? "全部案由" : d.causes.join("、")],
    ["执行案件类型代字", d.enforcementTypeCodes.join("、")],
    ["执行完毕结案方式", d.completionModes.join("、")],
    ["调解结案方式", d.mediationModes.join("、")],
    ["撤诉结案方式", d.withdrawalModes.join("、")],
    ["审限内结案", d.timeLimitDays === null ? "按法定审限" : `立案后 ${d.timeLimitDays} 日内`],
    ["典型案例条数", String(d.typicalCount)],
    ["口径说明", d.note],
  ])
    defs.addRow([name, value]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function packDocx(court: string, p: Pack): Promise<Buffer> {
  const { title, subtitle } = packTitle(court, p);
  const words = narrative(court, p);
  const lines = figureLines(p);
  const children = [
    ...titleLines(title, subtitle),
    heading("一、总体情况", FONT_H1),
    ...words.intro.map((t) => para(t)),
    heading("二、指标数据", FONT_H1),
    table(
      ["指标", "数值", "计算口径"],
      lines.map((f) => [f.name, f.value, f.definition]),
      [3, 2, 7],
      { align: ["left", "center", "left"] },
    ),
    gap(),
    heading("三、典型案例", FONT_H1),
    ...TYPICAL_LISTS.flatMap((list, i) => [
      heading(`（${["一", "二", "三"][i]}）${list.name}`, FONT_H2),
      p[list.key].length === 0
        ? para("统计期间内没有此类案件。")
        : table(
            ["案号", "案由", "立案日期", "结案日期", "审理天数", "结案方式", "标的额（元）"],
            p[list.key].map((c) => {
              const cells = typicalCells(c);
              return [cells[0], cells[3], cells[5], cells[6], cells[7], cells[8], cells[9]] as string[];
            }),
            [4, 3, 2, 2, 1.4, 1.6, 2],
          ),
      gap(),
    ]),
    heading("四、评价口径", FONT_H1),
    para(words.basis),
    ...(words.note ? [para(`本院口径说明：${words.note}`)] : []),
  ];
  return houseDocument(title, children);
}
