/**
 * 评析会纪要 as a Word document (package `docx`), in the house style of the bulletin
 * (src/io/bulletin-docx.ts: GB/T 9704 — A4, 仿宋 三号 body on a 28-point line, 黑体 and 楷体
 * headings, 小标宋 title, page numbers at the foot). The words are the domain's
 * (src/domain/reversals/minutes.ts); this file only lays them out.
 */
import type { Paragraph, Table } from "docx";
import { type MinutesBlock, type MinutesInput, minutesDocument } from "../domain/reversals/minutes.js";
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

function block(b: MinutesBlock): Paragraph | Table {
  switch (b.kind) {
    case "h1":
      return heading(b.text, FONT_H1);
    case "h2":
      return heading(b.text, FONT_H2);
    case "para":
      return para(b.text);
    case "table":
      return table(b.headers, b.rows, b.shares, { align: b.align });
  }
}

export async function writeReviewMinutesDocx(input: MinutesInput): Promise<Buffer> {
  const d = minutesDocument(input);
  return houseDocument(d.title, [
    ...titleLines(d.title, d.subtitle),
    ...d.body.map(block),
    ...signatureLines([d.signature]),
  ]);
}
