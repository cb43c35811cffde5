/**
 * 评查通报 as a workbook: 评查结果 (one row per case, its problems joined), 共性问题 (by section),
 * 整改情况 — Chinese headers, frozen header row.
 */
import ExcelJS from "exceljs";
import type { ReviewBulletinData } from "../domain/review/bulletin.js";

export const REVIEW_SHEETS = { cases: "评查结果", problems: "共性问题", rectifications: "整改情况" } as const;

function sheet(wb: ExcelJS.Workbook, name: string, title: string, headers: string[], widths: number[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  ws.columns = widths.map((w) => ({ width: w }));
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  const h = ws.getRow(2);
  headers.forEach((t, i) => {
    const c = h.getCell(i + 1);
    c.value = t;
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
  });
  return ws;
}

export async function writeReviewBulletinXlsx(d: ReviewBulletinData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "审管 shenguan";
  const cases = sheet(
    wb,
    REVIEW_SHEETS.cases,
    `${d.planTitle}（${d.kindLabel}，${d.periodFrom} 至 ${d.periodTo}，随机种子 ${d.seed}）`,
    ["序号", "案号", "承办部门", "承办人", "评查人", "状态", "得分", "等次", "发现的问题"],
    [6, 28, 16, 10, 10, 12, 8, 8, 60],
  );
  d.cases.forEach((c, i) => {
    cases.addRow([
      i + 1,
      c.caseNumber,
      c.division,
      c.judge,
      c.reviewerName ?? "",
      c.stateLabel,
      c.score,
      c.className ?? "",
      c.problems.map((p) => `【${p.section}】${p.text}（${p.severity}，扣 ${p.points} 分）`).join("；"),
    ]);
  });
  const problems = sheet(
    wb,
    REVIEW_SHEETS.problems,
    "发现的共性问题（按评查项目）",
    ["评查项目", "问题数", "扣分合计"],
    [16, 10, 10],
  );
  for (const p of d.problemsBySection) problems.addRow([p.section, p.count, p.points]);
  const rect = sheet(
    wb,
    REVIEW_SHEETS.rectifications,
    "整改情况",
    ["案号", "承办部门", "承办人", "整改期限", "状态", "是否逾期"],
    [28, 16, 10, 12, 10, 10],
  );
  for (const r of d.rectifications)
    rect.addRow([r.caseNumber, r.division, r.judge, r.dueOn ?? "", r.stateLabel, r.overdue ? "逾期" : ""]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
