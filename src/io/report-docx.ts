/**
 * The quarterly 审判态势分析报告 and the monthly 审判质效通报 as Word documents (package `docx`; opens
 * in Word and WPS), in the house style of the bulletin (src/io/bulletin-docx.ts): the 党政机关公文格式
 * (GB/T 9704: A4, 仿宋 三号 body on a 28-point line, 黑体 and 楷体 headings, 小标宋 title, page
 * numbers at the foot). The charts are PNG images (rendered by src/io/charts), each with its
 * caption below. The words are the domain's (src/domain/reports/compose.ts); this file lays them out.
 */
import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { ChartSpec, ReportBlock, ReportDocument } from "../domain/reports/model.js";

const FONT_TITLE = "方正小标宋简体";
const FONT_BODY = "仿宋";
const FONT_H1 = "黑体";
const FONT_H2 = "楷体";
const LATIN = "Times New Roman";

/** Sizes in half-points: 二号 22pt, 三号 16pt, 小四 12pt, 五号 10.5pt. */
const SIZE_TITLE = 44;
const SIZE_BODY = 32;
const SIZE_TABLE = 24;
const SIZE_CAPTION = 21;

/** A4 with the GB/T 9704 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twips. */
const MM = 56.7;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = {
  top: Math.round(37 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
};
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** The text width in pixels at 96 dpi (1 440 twips an inch): how wide a chart is shown. */
const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

function font(name: string) {
  return { ascii: LATIN, hAnsi: LATIN, eastAsia: name, cs: LATIN };
}

function run(text: string, options: { font?: string; size?: number } = {}): TextRun {
  return new TextRun({ text, font: font(options.font ?? FONT_BODY), size: options.size ?? SIZE_BODY });
}

const BODY_SPACING = { line: 560, lineRule: LineRuleType.EXACT };

function para(text: string): Paragraph {
  return new Paragraph({
    children: [run(text)],
    spacing: BODY_SPACING,
    indent: { firstLine: 640 },
    alignment: AlignmentType.JUSTIFIED,
  });
}

function heading(text: string, face: string): Paragraph {
  return new Paragraph({
    children: [run(text, { font: face })],
    spacing: BODY_SPACING,
    indent: { firstLine: 640 },
    keepNext: true,
  });
}

function cellParagraph(text: string, bold: boolean, align: "left" | "center"): Paragraph {
  return new Paragraph({
    children: [run(text, { font: bold ? FONT_H1 : FONT_BODY, size: SIZE_TABLE })],
    alignment: align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 40, after: 40 },
  });
}

/** A table with a repeated header row and fixed column widths (fractions of the text width). */
function table(b: Extract<ReportBlock, { kind: "table" }>): Table {
  const total = b.shares.reduce((a, c) => a + c, 0);
  const widths = b.shares.map((s) => Math.floor((TEXT_WIDTH * s) / total));
  const cell = (text: string, i: number, header: boolean, bold = header) =>
    new TableCell({
      children: [cellParagraph(text, bold, header ? "center" : (b.align?.[i] ?? "center"))],
      width: { size: widths[i] as number, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 60, right: 60 },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" } } : {}),
    });
  return new Table({
    width: { size: widths.reduce((a, c) => a + c, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.headers.map((h, i) => cell(h, i, true)),
      }),
      ...b.rows.map(
        (r, k) =>
          new TableRow({
            cantSplit: true,
            children: r.map((t, i) => cell(t, i, false, b.totalRow === true && k === b.rows.length - 1)),
          }),
      ),
    ],
  });
}

function gap(): Paragraph {
  return new Paragraph({ children: [run("", { size: SIZE_TABLE })], spacing: { line: 240, after: 120 } });
}

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
        body.push(table(b));
        break;
      case "chart": {
        const png = pngs.get(b.chart.id);
        if (png) body.push(...chart(b.chart, png, b.caption));
        break;
      }
    }
  }
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      children: [run(doc.title, { font: FONT_TITLE, size: SIZE_TITLE })],
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 200 },
    }),
    new Paragraph({
      children: [run(doc.subtitle, { font: FONT_H2 })],
      alignment: AlignmentType.CENTER,
      spacing: { ...BODY_SPACING, after: 280 },
    }),
    ...body,
    new Paragraph({ children: [run("")], spacing: BODY_SPACING }),
    new Paragraph({
      children: [run(doc.signature[0])],
      alignment: AlignmentType.RIGHT,
      spacing: BODY_SPACING,
      indent: { right: 640 },
    }),
    new Paragraph({
      children: [run(doc.signature[1])],
      alignment: AlignmentType.RIGHT,
      spacing: BODY_SPACING,
      indent: { right: 1280 },
    }),
  ];
  const document = new Document({
    creator: "审管 shenguan",
    title: doc.title,
    styles: { default: { document: { run: { font: font(FONT_BODY), size: SIZE_BODY } } } },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: font(LATIN), size: 28 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(document));
}
