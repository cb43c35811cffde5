/**
 * The quarterly 审判态势分析报告 and the monthly 审判质效通报 as Word documents (package `docx`; opens
 * in Word and WPS), in the house style of the bulletin (src/io/bulletin-docx.ts): the 党政机关公文格式
 * (GB/T 9704: A4, 仿宋 三号 body on a 28-point line, 黑体 and 楷体 headings, 小标宋 title, page
 * numbers at the foot). The charts are PNG images (rendered by src/io/charts), each with its
 * caption below. The words are the domain's (src/domain/reports/compose.ts); this file lays them out.
 */
import { AlignmentType, ImageRun, Paragraph, type Table } from "docx";
import type { ChartSpec, ReportDocument } from "../domain/reports/model.js";
import {
  FONT_H1,
  FONT_H2,
  gap,
  heading,
  houseDocument,
  para,
  run,
  SIZE_CAPTION,
  signatureLines,
  TEXT_WIDTH,
  table,
  titleLines,
} from "./docx-house-style.js";

/** The text width in pixels at 96 dpi (1 440 twips an inch): how wide a chart is shown. */
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

function chart(spec: ChartSpec, png: Buffer, caption: string): Paragraph[] {
  const width = TEXT_WIDTH_PX;
  const height = Math.round((width * spec.height) / spec.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120 },
      children: [
        new ImageRun({
          type: "png",
          data: png,
          transformation: { width, height },
          altText: { name: spec.id, title: spec.title, description: spec.title },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [run(caption, { font: FONT_H2, size: SIZE_CAPTION })],
    }),
  ];
}

/** The report as a .docx; `pngs` holds each chart's image by chart id. */
export async function writeReportDocx(doc: ReportDocument, pngs: Map<string, Buffer>): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case "h1":
        body.push(heading(b.text, FONT_H1));
        break;
      case "h2":
        body.push(heading(b.text, FONT_H2));
        break;
      case "para":
        body.push(para(b.text));
        break;
      case "gap":
        body.push(gap());
        break;
      case "table":
        body.push(table(b.headers, b.rows, b.shares, { align: b.align, totalRow: b.totalRow }));
        break;
      case "chart": {
        const png = pngs.get(b.chart.id);
        if (png) body.push(...chart(b.chart, png, b.caption));
        break;
      }
    }
  }
  return houseDocument(doc.title, [
    ...titleLines(doc.title, doc.subtitle),
    ...body,
    ...signatureLines(doc.signature),
  ]);
}
