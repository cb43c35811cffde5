/**
 * The monthly 审限与长期未结案件通报 as a Word document (package `docx`; opens in Word and WPS): the
 * narrative the trial management office signs and circulates, laid out after the 党政机关公文格式
 * (GB/T 9704: A4, 仿宋 三号 body on a 28-point line, 黑体 and 楷体 headings, 小标宋 title, page
 * numbers at the foot). The words and tables are the domain's (src/domain/bulletin/narrative.ts);
 * this file only lays them out.
 */
import type { Paragraph, Table } from "docx";
import type { BulletinData } from "../domain/bulletin/model.js";
import { type Block, type BulletinDocument, bulletinDocument } from "../domain/bulletin/narrative.js";
import {
  FONT_H1,
  FONT_H2,
  gap,
  heading,
  houseDocument,
  para,
  signatureLines,
  table,
  titleLines,
} from "./docx-house-style.js";

function block(b: Block): Paragraph | Table {
  switch (b.kind) {
    case "h1":
      return heading(b.text, FONT_H1);
    case "h2":
      return heading(b.text, FONT_H2);
    case "para":
      return para(b.text);
    case "gap":
      return gap();
    case "table":
      return table(b.headers, b.rows, b.shares, { align: b.align, totalRow: b.totalRow });
  }
}

/** The signed, circulated narrative as a .docx. */
export async function writeBulletinDocx(data: BulletinData): Promise<Buffer> {
  return writeNarrativeDocx(bulletinDocument(data));
}

/** Any narrative of the office (title, subtitle, blocks, signature) in the same house style. */
export async function writeNarrativeDocx(d: BulletinDocument): Promise<Buffer> {
  return houseDocument(d.title, [
    ...titleLines(d.title, d.subtitle),
    ...d.body.map(block),
    ...signatureLines(d.signature),
  ]);
}
