/**
 * The monthly 审限与长期未结案件通报 as a Word document (package `docx`; opens in Word and WPS): the
 * narrative the trial management office signs and circulates, laid out after the 党政机关公文格式
 * (GB/T 9704: A4, 仿宋 三号 body on a 28-point line, 黑体 and 楷体 headings, 小标宋 title, page
 * numbers at the foot). The words and tables are the domain's (src/domain/bulletin/narrative.ts);
 * this file only lays them out.
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
import type { BulletinData } from "../domain/bulletin/model.js";
import { type Block, type BulletinDocument, bulletinDocument } from "../domain/bulletin/narrative.js";

const FONT_TITLE = "方正小标宋简体";
const FONT_BODY = "仿宋";
const FONT_H1 = "黑体";
const FONT_H2 = "楷体";
const LATIN = "Times New Roman";

/** Sizes in half-points: 二号 22pt, 三号 16pt, 小四 12pt. */
const SIZE_TITLE = 44;
const SIZE_BODY = 32;
const SIZE_TABLE = 24;

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

function font(name: string) {
  return { ascii: LATIN, hAnsi: LATIN, eastAsia: name, cs: LATIN };
}

function run(text: string, options: { font?: string; size?: number; bold?: boolean } = {}): TextRun {
  return new TextRun({
    text,
    font: font(options.font ?? FONT_BODY),
    size: options.size ?? SIZE_BODY,
    bold: options.bold,
  });
}

const BODY_SPACING = { line: 560, lineRule: LineRuleType.EXACT };

/** A body paragraph, first line indented two characters. */
function para(text: string): Paragraph {
  return new Paragraph({
    children: [run(text)],
    spacing: BODY_SPACING,
    indent: { firstLine: 640 },
    alignment: AlignmentType.JUSTIFIED,
  });
}

function heading1(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, { font: FONT_H1 })],
    spacing: BODY_SPACING,
    indent: { firstLine: 640 },
    keepNext: true,
  });
}

function heading2(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, { font: FONT_H2 })],
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

/**
 * A table with a header row (repeated on every page) and fixed column widths (fractions of the
 * text width), which both Word and WPS lay out the same way.
 */
function table(
  headers: string[],
  rows: string[][],
  shares: number[],
  align?: ("left" | "center")[],
  options: { totalRow?: boolean } = {},
): Table {
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((TEXT_WIDTH * s) / total));
  const cell = (text: string, i: number, header: boolean, bold = header) =>
    new TableCell({
      children: [cellParagraph(text, bold, header ? "center" : (align?.[i] ?? "center"))],
      width: { size: widths[i] as number, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 60, right: 60 },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" } } : {}),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map(
        (r, k) =>
          new TableRow({
            cantSplit: true,
            children: r.map((t, i) => cell(t, i, false, options.totalRow === true && k === rows.length - 1)),
          }),
      ),
    ],
  });
}

/** An empty line after a table. */
function gap(): Paragraph {
  return new Paragraph({ children: [run("", { size: SIZE_TABLE })], spacing: { line: 240, after: 120 } });
}

function block(b: Block): Paragraph | Table {
  switch (b.kind) {
    case "h1":
      return heading1(b.text);
    case "h2":
      return heading2(b.text);
    case "para":
      return para(b.text);
    case "gap":
      return gap();
    case "table":
      return table(b.headers, b.rows, b.shares, b.align, { totalRow: b.totalRow });
  }
}

/** The signed, circulated narrative as a .docx. */
export async function writeBulletinDocx(data: BulletinData): Promise<Buffer> {
  return writeNarrativeDocx(bulletinDocument(data));
}

/** Any narrative of the office (title, subtitle, blocks, signature) in the same house style. */
export async function writeNarrativeDocx(d: BulletinDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
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
      children: [run(d.signature[0])],
      alignment: AlignmentType.RIGHT,
      spacing: BODY_SPACING,
      indent: { right: 640 },
    }),
    new Paragraph({
      children: [run(d.signature[1])],
      alignment: AlignmentType.RIGHT,
      spacing: BODY_SPACING,
      indent: { right: 1280 },
    }),
  ];
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
                  new TextRun({
                    children: ["— ", PageNumber.CURRENT, " —"],
                    font: font(LATIN),
                    size: 28,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
