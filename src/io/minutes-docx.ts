/**
 * 会议纪要 (minutes of a 专业法官会议 or 审委会 meeting) as a Word document (package `docx`), in the
 * house style of the 通报 (bulletin-docx.ts): A4 with the GB/T 9704 margins, 仿宋 三号 body, 黑体 and
 * 楷体 headings, 小标宋 title, page numbers at the foot. The words come from the use case
 * (src/app/meetings/minutes.ts); this file only lays them out.
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

export type MinutesBlock =
  | { kind: "h1" | "h2" | "para"; text: string }
  | { kind: "table"; headers: string[]; rows: string[][]; shares: number[] };

export interface MinutesDocument {
  title: string;
  subtitle: string;
  body: MinutesBlock[];
  signature: string;
}

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

function paragraph(text: string, f: string, keepNext = false): Paragraph {
  return new Paragraph({
    children: [run(text, { font: f })],
    spacing: BODY_SPACING,
    indent: { firstLine: 640 },
    alignment: AlignmentType.JUSTIFIED,
    keepNext,
  });
}

function table(headers: string[], rows: string[][], shares: number[]): Table {
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((TEXT_WIDTH * s) / total));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          children: [run(text, { font: header ? FONT_H1 : FONT_BODY, size: SIZE_TABLE })],
          alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 40, after: 40 },
        }),
      ],
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
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, i, false)) })),
    ],
  });
}

function block(b: MinutesBlock): Paragraph | Table {
  switch (b.kind) {
    case "h1":
      return paragraph(b.text, FONT_H1, true);
    case "h2":
      return paragraph(b.text, FONT_H2, true);
    case "para":
      return paragraph(b.text, FONT_BODY);
    case "table":
      return table(b.headers, b.rows, b.shares);
  }
}

export async function writeMinutesDocx(d: MinutesDocument): Promise<Buffer> {
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
      children: [run(d.signature)],
      alignment: AlignmentType.RIGHT,
      spacing: BODY_SPACING,
      indent: { right: 640 },
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
