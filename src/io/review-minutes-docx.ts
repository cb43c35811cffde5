/**
 * 评析会纪要 as a Word document (package `docx`), in the house style of the bulletin
 * (src/io/bulletin-docx.ts: GB/T 9704 — A4, 仿宋 三号 body on a 28-point line, 黑体 and 楷体
 * headings, 小标宋 title, page numbers at the foot). The words are the domain's
 * (src/domain/reversals/minutes.ts); this file only lays them out.
 */
import {
  AlignmentType,
  Document,
  Footer,
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
import { type MinutesBlock, type MinutesInput, minutesDocument } from "../domain/reversals/minutes.js";

const FONT_TITLE = "方正小标宋简体";
const FONT_BODY = "仿宋";
const FONT_H1 = "黑体";
const FONT_H2 = "楷体";
const LATIN = "Times New Roman";
const SIZE_TITLE = 44;
const SIZE_BODY = 32;
const SIZE_TABLE = 24;
const MM = 56.7;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = {
  top: Math.round(37 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
};
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY_SPACING = { line: 560, lineRule: LineRuleType.EXACT };

function font(name: string) {
  return { ascii: LATIN, hAnsi: LATIN, eastAsia: name, cs: LATIN };
}

function run(text: string, options: { font?: string; size?: number } = {}): TextRun {
  return new TextRun({ text, font: font(options.font ?? FONT_BODY), size: options.size ?? SIZE_BODY });
}

function para(text: string, fontName = FONT_BODY, keepNext = false): Paragraph {
  return new Paragraph({
    children: [run(text, { font: fontName })],
    spacing: BODY_SPACING,
    indent: { firstLine: 640 },
    alignment: AlignmentType.JUSTIFIED,
    keepNext,
  });
}

function table(b: Extract<MinutesBlock, { kind: "table" }>): Table {
  const total = b.shares.reduce((x, y) => x + y, 0);
  const widths = b.shares.map((s) => Math.floor((TEXT_WIDTH * s) / total));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          children: [run(text, { font: header ? FONT_H1 : FONT_BODY, size: SIZE_TABLE })],
          alignment:
            header || (b.align?.[i] ?? "center") === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 40, after: 40 },
        }),
      ],
      width: { size: widths[i] as number, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 60, right: 60 },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" } } : {}),
    });
  return new Table({
    width: { size: widths.reduce((x, y) => x + y, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.headers.map((h, i) => cell(h, i, true)),
      }),
      ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, i, false)) })),
    ],
  });
}

function block(b: MinutesBlock): Paragraph | Table {
  switch (b.kind) {
    case "h1":
      return para(b.text, FONT_H1, true);
    case "h2":
      return para(b.text, FONT_H2, true);
    case "para":
      return para(b.text);
    case "table":
      return table(b);
  }
}

export async function writeReviewMinutesDocx(input: MinutesInput): Promise<Buffer> {
  const d = minutesDocument(input);
  const doc = new Document({
    creator: "审管 shenguan",
    title: d.title,
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
        children: [
          new Paragraph({
            children: [run(d.title, { font: FONT_TITLE, size: SIZE_TITLE })],
            alignment: AlignmentType.CENTER,
            spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 200 },
          }),
          new Paragraph({
            children: [run(d.subtitle, { font: FONT_H2 })],
            alignment: AlignmentType.CENTER,
            spacing: { ...BODY_SPACING, after: 280 },
          }),
          ...d.body.map(block),
          new Paragraph({ children: [run("")], spacing: BODY_SPACING }),
          new Paragraph({
            children: [run(d.signature)],
            alignment: AlignmentType.RIGHT,
            spacing: BODY_SPACING,
            indent: { right: 640 },
          }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
