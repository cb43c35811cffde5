/**
 * Draft files for 阅核 (.docx and .pdf): written under the files directory as they arrive, with
 * their size limited and their SHA-256 computed on the way; the type is decided from the content
 * (a PDF starts with “%PDF-”; a .docx is a zip whose central directory holds word/document.xml),
 * never from the name or the type the browser claims. The files are only ever stored and handed
 * back for download — never opened, executed or rendered here.
 */
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, type ReadStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { formatSize } from "./format-error.js";

export const PDF_TYPE = "application/pdf";
export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type DraftKind = { mediaType: string; extension: ".pdf" | ".docx" };

/** Resolves when the stream drains or fails (its error is recorded by its own listener). */
function drained(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off("drain", done);
      out.off("error", done);
      resolve();
    };
    out.on("drain", done);
    out.on("error", done);
  });
}

/** A file refused: the message is Chinese and says why. */
export class DraftFileError extends Error {
  override readonly name = "DraftFileError";
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The names in a zip's central directory (undefined: not a zip this reader can read — no end
 * record, a ZIP64 archive, or a directory out of the file's bounds).
 */
async function zipEntryNames(path: string, size: number): Promise<string[] | undefined> {
  const fh = await open(path, "r");
  try {
    const tail = Math.min(size, 22 + 65_535);
    const buf = Buffer.alloc(tail);
    await fh.read(buf, 0, tail, size - tail);
    let at = -1;
    for (let i = tail - 22; i >= 0; i--)
      if (buf.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    if (at < 0) return undefined;
    const count = buf.readUInt16LE(at + 10);
    const cdSize = buf.readUInt32LE(at + 12);
    const cdOffset = buf.readUInt32LE(at + 16);
    if (
      cdOffset === 0xffffffff ||
      cdSize === 0xffffffff ||
      cdOffset + cdSize > size ||
      cdSize > 4 * 1024 * 1024
    )
      return undefined;
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const names: string[] = [];
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) return undefined;
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      if (p + 46 + nameLen > cd.length) return undefined;
      names.push(cd.toString("utf8", p + 46, p + 46 + nameLen));
      p += 46 + nameLen + extraLen + commentLen;
    }
    return names;
  } finally {
    await fh.close();
  }
}

/** The draft's type from its content; a DraftFileError when it is neither a PDF nor a .docx. */
export async function sniffDraftFile(path: string, size: number): Promise<DraftKind> {
  const head = Buffer.alloc(5);
  const fh = await open(path, "r");
  try {
    await fh.read(head, 0, 5, 0);
  } finally {
    await fh.close();
  }
  if (head.toString("latin1") === "%PDF-") return { mediaType: PDF_TYPE, extension: ".pdf" };
  if (head.readUInt32LE(0) === 0x04034b50) {
    const names = await zipEntryNames(path, size);
    if (names?.includes("word/document.xml")) return { mediaType: DOCX_MEDIA_TYPE, extension: ".docx" };
    throw new DraftFileError("文件不是有效的 Word 文档（.docx）：压缩包中没有 word/document.xml");
  }
  throw new DraftFileError("只接受 Word 文档（.docx）或 PDF 文件：按文件内容判断，该文件两者都不是");
}

export interface StoredDraft {
  /** Relative to the files directory. */
  storedPath: string;
  size: number;
  sha256: string;
  kind: DraftKind;
}

/**
 * Writes an uploaded draft under `root` (in a folder per month of `day`), counting its bytes and
 * hashing them as they arrive. Past `maxBytes` nothing more is written: the part written is
 * removed and the rest of the upload is read and dropped before a DraftFileError is thrown. A file
 * of the wrong type is removed the same way.
 */
export async function storeDraftFile(
  root: string,
  content: Readable,
  options: { maxBytes: number; day: string },
): Promise<StoredDraft> {
  const folder = join(root, options.day.slice(0, 7));
  await mkdir(folder, { recursive: true });
  const base = randomBytes(16).toString("hex");
  const partial = join(folder, `${base}.part`);
  const out = createWriteStream(partial, { flags: "wx" });
  let failure: unknown;
  out.on("error", (err) => {
    failure ??= err;
  });
  const hash = createHash("sha256");
  let size = 0;
  let tooLarge = false;
  for await (const chunk of content as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (tooLarge || failure !== undefined) continue;
    if (size > options.maxBytes) {
      tooLarge = true;
      continue;
    }
    hash.update(chunk);
    if (!out.write(chunk)) await drained(out);
  }
  out.end();
  await finished(out).catch(() => undefined);
  const drop = async (err: unknown): Promise<never> => {
    await rm(partial, { force: true });
    throw err;
  };
  if (failure !== undefined) return drop(failure);
  if (tooLarge)
    return drop(
      new DraftFileError(`文件超过大小上限 ${formatSize(options.maxBytes)}（上传了 ${formatSize(size)}）`),
    );
  if (size === 0) return drop(new DraftFileError("文件为空"));
  let kind: DraftKind;
  try {
    kind = await sniffDraftFile(partial, size);
  } catch (err) {
    return drop(err);
  }
  const final = join(folder, `${base}${kind.extension}`);
  await rename(partial, final);
  return { storedPath: relative(root, final).split(sep).join("/"), size, sha256: hash.digest("hex"), kind };
}

/** The absolute path of a stored file, refusing one that would lie outside `root`. */
function inside(root: string, storedPath: string): string {
  const abs = resolve(root, storedPath);
  const r = resolve(root);
  if (abs !== r && !abs.startsWith(r + sep)) throw new DraftFileError("文件路径无效");
  return abs;
}

/** A stored file for download. */
export function openStoredFile(root: string, storedPath: string): ReadStream {
  return createReadStream(inside(root, storedPath));
}

/** The SHA-256 of a stored file, read again from disk (to check it has not changed). */
export async function hashStoredFile(root: string, storedPath: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(inside(root, storedPath))) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function removeStoredFile(root: string, storedPath: string): Promise<void> {
  await rm(inside(root, storedPath), { force: true });
}
