/**
 * Files a hostile tester uploads, built byte by byte: a minimal .xlsx (a zip written here, so that
 * its central directory can lie), an .xlsx whose one cell inflates to a gibibyte, a CSV without a
 * line break.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

/** One entry of a zip: its name, its compressed bytes and what its headers say. */
export interface ZipPart {
  name: string;
  /** The bytes stored (deflated unless method is 0). */
  stored: Buffer;
  method: 0 | 8;
  crc: number;
  /** The inflated size the headers claim. */
  size: number;
}

/** A zip entry deflated from its content. */
export function part(name: string, content: string | Buffer): ZipPart {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, stored: deflateRawSync(bytes), method: 8, crc: crc32(bytes), size: bytes.length };
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** A zip file (no data descriptors, no zip64) of the parts, in order. */
export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const common = Buffer.concat([
      u16(20), // version needed
      u16(0x0800), // flags: UTF-8 names
      u16(p.method),
      u16(0), // time
      u16(0x21), // date 1980-01-01
      u32(p.crc),
      u32(p.stored.length),
      u32(p.size),
      u16(name.length),
      u16(0), // extra length
    ]);
    const local = Buffer.concat([u32(0x04034b50), common, name, p.stored]);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20), // version made by
        common,
        u16(0), // comment length
        u16(0), // disk
        u16(0), // internal attributes
        u32(0), // external attributes
        u32(offset),
        name,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(parts.length),
    u16(parts.length),
    u32(cd.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, cd, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

function xmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The column letters of a 1-based column number (1 → A, 28 → AB). */
export function columnLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** The XML of a worksheet whose cells are inline strings (row 1 first). */
export function sheetXml(rows: readonly (readonly string[])[]): string {
  const body = rows
    .map(
      (cells, i) =>
        `<row r="${i + 1}">${cells
          .map((v, j) =>
            v === ""
              ? ""
              : `<c r="${columnLetters(j + 1)}${i + 1}" t="inlineStr"><is><t>${xmlText(v)}</t></is></c>`,
          )
          .join("")}</row>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/**
 * The parts of a minimal workbook (no styles, no shared strings unless given) with these sheets;
 * `sheetParts` replaces a sheet's XML part (by position) with a prepared one.
 */
export function workbookParts(
  sheets: readonly { name: string; rows?: readonly (readonly string[])[]; part?: ZipPart }[],
  extra: readonly ZipPart[] = [],
): ZipPart[] {
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
    .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("")}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("")}</Relationships>`;
  return [
    part("[Content_Types].xml", CONTENT_TYPES),
    part("_rels/.rels", ROOT_RELS),
    part("xl/workbook.xml", workbook),
    part("xl/_rels/workbook.xml.rels", rels),
    ...extra,
    ...sheets.map((s, i) => s.part ?? part(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s.rows ?? []))),
  ];
}

/**
 * A zip part whose content is `head`, then `fill` bytes of the letter a, then `tail`, deflated as
 * a stream (a gibibyte of one letter deflates to about a megabyte).
 */
export async function repeatedPart(name: string, head: string, fill: number, tail: string): Promise<ZipPart> {
  const h = Buffer.from(head, "utf8");
  const t = Buffer.from(tail, "utf8");
  const block = Buffer.alloc(1 << 20, "a");
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const finished = once(deflate, "end");
  const write = async (b: Buffer) => {
    if (!deflate.write(b)) await once(deflate, "drain");
  };
  let crc = crc32(h);
  await write(h);
  for (let left = fill; left > 0; ) {
    const n = Math.min(left, block.length);
    const piece = n === block.length ? block : block.subarray(0, n);
    crc = crc32(piece, crc);
    await write(piece);
    left -= n;
  }
  crc = crc32(t, crc);
  deflate.end(t);
  await finished;
  return { name, stored: Buffer.concat(out), method: 8, crc, size: h.length + fill + t.length };
}

/** Writes `bytes` bytes of the letter a and no line break. */
export async function writeLineWithoutBreak(path: string, bytes: number, head = ""): Promise<void> {
  const out = createWriteStream(path);
  const block = Buffer.alloc(1 << 20, "a");
  if (head) out.write(head);
  let left = bytes - Buffer.byteLength(head);
  while (left > 0) {
    const n = Math.min(left, block.length);
    if (!out.write(n === block.length ? block : block.subarray(0, n))) await once(out, "drain");
    left -= n;
  }
  out.end();
  await once(out, "finish");
}
