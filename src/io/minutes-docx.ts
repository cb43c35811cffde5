/**
 * 会议纪要 (minutes of a 专业法官会议 or 审委会 meeting) as a Word document (package `docx`), in the
 * house style of the 通报 (bulletin-docx.ts): A4 with the GB/T 9704 margins, 仿宋 三号 body, 黑体 and
 * 楷体 headings, 小标宋 title, page numbers at the foot. The words come from the use case
 * (src/app/meetings/minutes.ts); this file only lays them out.
 */
import type { Paragraph, Table } from "docx";
import {
  FONT_H1,
  FONT_H2,
  heading,
  houseDocument,
  para,
  signatureLines,
  table,
  titleLines,
} from "./docx-house-style.js";

export type MinutesBlock =
  | { kind: "h1" | "h2" | "para"; text: string }
  | { kind: "table"; headers: string[]; rows: string[][]; shares: number[] };

export interface MinutesDocument {
  title: string;
  subtitle: string;
  body: MinutesBlock[];
  signature: string;
}

function block(b: MinutesBlock): Paragraph | Table {
  switch (b.kind) {
    case "h1":
      return heading(b.text, FONT_H1);
    case "h2":
      return heading(b.text, FONT_H2);
    case "para":
      return para(b.text);
    case "table":
      return table(b.headers, b.rows, b.shares, { align: b.headers.map(() => "left") });
  }
}

export async function writeMinutesDocx(d: MinutesDocument): Promise<Buffer> {
  return houseDocument(d.title, [
    ...titleLines(d.title, d.subtitle),
    ...d.body.map(block),
    ...signatureLines([d.signature]),
  ]);
}
