/**
 * Streaming CSV writer: RFC 4180 (comma separator; a field containing a comma, a double quote,
 * CR or LF is quoted and its quotes doubled), CRLF line ends, UTF-8 with a BOM by default — what
 * Excel on a Chinese Windows opens correctly — or plain UTF-8, or GB18030 (no BOM).
 *
 * Rows are gathered into ~256 KB chunks before they are encoded and written, so a million rows
 * write in a few seconds. `writeRow` resolves at once while the stream's buffer has room and waits
 * for 'drain' when it is full (backpressure); a write error rejects the next call and `close`.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import iconv from "iconv-lite";

export type CsvEncoding = "utf-8-bom" | "utf-8" | "gb18030";

export const CSV_ENCODINGS: readonly CsvEncoding[] = ["utf-8-bom", "utf-8", "gb18030"];

export interface CsvWriterOptions {
  /** Default `utf-8-bom`. */
  encoding?: CsvEncoding;
}

export type CsvCell = string | number | null | undefined;

export interface CsvWriter {
  /** Queues one row; resolves immediately unless the stream's buffer is full. */
  writeRow(cells: readonly CsvCell[]): Promise<void>;
  /** Flushes, ends the file and resolves once it is written. */
  close(): Promise<void>;
  /** Rows written so far. */
  readonly rows: number;
}

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;
const FLUSH_AT = 1 << 18;
const RESOLVED: Promise<void> = Promise.resolve();

/** One field as written in the file (quoted only where RFC 4180 needs it). */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  const s = typeof cell === "string" ? cell : String(cell);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(QUOTE, '""')}"` : s;
}

/** One line, without its line end. */
export function csvLine(cells: readonly CsvCell[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ",";
    line += csvField(cells[i]);
  }
  return line;
}

export function createCsvWriter(path: string, options: CsvWriterOptions = {}): CsvWriter {
  const encoding = options.encoding ?? "utf-8-bom";
  if (!CSV_ENCODINGS.includes(encoding)) throw new RangeError(`不支持的编码 ${encoding}`);
  const stream: WriteStream = createWriteStream(path, { highWaterMark: 1 << 20 });
  let failure: Error | undefined;
  stream.on("error", (err) => {
    failure ??= err;
  });
  let pending = encoding === "utf-8-bom" ? "\uFEFF" : "";
  let rows = 0;
  let closed = false;

  const encode = (text: string): Buffer =>
    encoding === "gb18030" ? iconv.encode(text, "gb18030") : Buffer.from(text, "utf8");

  const waitDrain = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        stream.off("error", onError);
        resolve();
      };
      const onError = (err: Error) => {
        stream.off("drain", onDrain);
        reject(err);
      };
      stream.once("drain", onDrain);
      stream.once("error", onError);
    });

  const flush = (): Promise<void> => {
    if (pending === "") return RESOLVED;
    const chunk = encode(pending);
    pending = "";
    return stream.write(chunk) ? RESOLVED : waitDrain();
  };

  return {
    get rows() {
      return rows;
    },
    writeRow(cells) {
      if (failure) return Promise.reject(failure);
      if (closed) return Promise.reject(new Error("CSV writer is closed"));
      pending += `${csvLine(cells)}\r\n`;
      rows++;
      return pending.length >= FLUSH_AT ? flush() : RESOLVED;
    },
    async close() {
      if (closed) return;
      closed = true;
      if (failure) {
        stream.destroy();
        throw failure;
      }
      if (pending !== "") stream.write(encode(pending));
      pending = "";
      await new Promise<void>((resolve, reject) => {
        stream.once("error", reject);
        stream.end(() => resolve());
      });
      if (failure) throw failure;
    },
  };
}
