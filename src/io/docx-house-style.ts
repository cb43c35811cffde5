/**
 * The office's house style for Word documents (package `docx`; opens in Word and WPS), after the
 * 党政机关公文格式 (GB/T 9704): A4 with its margins, 仿宋 三号 body on a 28-point line, 黑体 and 楷体
 * headings, 小标宋 title, tables with a repeated header row and fixed widths, page numbers at the
 * foot. The bulletin, the reports and the minutes are laid out with these pieces; their words are
 * the domain's.
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

export const FONT_TITLE = "方正小标宋简体";
export const FONT_BODY = "仿宋";
export const FONT_H1 = "黑体";
export const FONT_H2 = "楷体";
export const LATIN = "Times New Roman";

/** Sizes in half-points: 二号 22pt, 三号 16pt, 小四 12pt, 五号 10.5pt. */
export const SIZE_TITLE = 44;
export const SIZE_BODY = 32;
export const SIZE_TABLE = 24;
export const SIZE_CAPTION = 21;

/** A4 with the GB/T 9704 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twips. */
const MM = 56.7;
export const PAGE = { width: 11906, height: 16838 };
export const MARGIN = {
  top: Math.round(37 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
};
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** The body's fixed 28-point line. */
export const BODY_SPACING = { line: 560, lineRule: LineRuleType.EXACT };

export function font(name: string) {
  return { ascii: LATIN, hAnsi: LATIN, eastAsia: name, cs: LATIN };
}

export function run(text: string, options: { font?: string; size?: number; bold?: boolean } = {}): TextRun {
  return new TextRun({
    text,
    font: font(options.font ?? FONT_BODY),
    size: options.size ?? SIZE_BODY,
    bold: options.bold,
  });
}

/** A body paragraph, first line indented two characters. */
export function para(text: string, options: { font?: string; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [run(text, { font: options.font })],
    spacing: BODY_SPACING,
    indent: { firstLine: 640 },
    alignment: AlignmentType.JUSTIFIED,
    keepNext: options.keepNext,
  });
}

/** A heading in the body's flow (一、 in 黑体, （一） in 楷体), kept with what follows. */
export function heading(text: string, face: string): Paragraph {
  return new Paragraph({
    children: [run(text, { font: face })],
    spacing: BODY_SPACING,
    indent: { firstLine: 640 },
    keepNext: true,
  });
}

/** The document's title (小标宋 二号) and, when given, its subtitle line (楷体). */
export function titleLines(title: string, subtitle?: string): Paragraph[] {
  const out = [
    new Paragraph({
      children: [run(title, { font: FONT_TITLE, size: SIZE_TITLE })],
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 200 },
    }),
  ];
  if (subtitle !== undefined)
    out.push(
      new Paragraph({
        children: [run(subtitle, { font: FONT_H2 })],
        alignment: AlignmentType.CENTER,
        spacing: { ...BODY_SPACING, after: 280 },
      }),
    );
  return out;
}

/** The issuer and the date at the foot of the text, right-aligned, each line two characters further in. */
export function signatureLines(signature: readonly string[]): Paragraph[] {
  return [
    new Paragraph({ children: [run("")], spacing: BODY_SPACING }),
    ...signature.map(
      (line, i) =>
        new Paragraph({
          children: [run(line)],
          alignment: AlignmentType.RIGHT,
          spacing: BODY_SPACING,
          indent: { right: 640 * (i + 1) },
        }),
    ),
  ];
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
 * text width), which both Word and WPS lay out the same way; a total row is set bold.
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  shares: readonly number[],
  options: { align?: readonly ("left" | "center")[]; totalRow?: boolean } = {},
): Table {
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((TEXT_WIDTH * s) / total));
  const cell = (text: string, i: number, header: boolean, bold = header) =>
    new TableCell({
      children: [cellParagraph(text, bold, header ? "center" : (options.align?.[i] ?? "center"))],
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
export function gap(): Paragraph {
  return new Paragraph({ children: [run("", { size: SIZE_TABLE })], spacing: { line: 240, after: 120 } });
}

/** The document: A4 with the margins, the body font, page numbers (— 1 —) at the foot. */
export async function houseDocument(title: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    creator: "审管 shenguan",
    title,
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
  return Buffer.from(await Packer.toBuffer(doc));
}
