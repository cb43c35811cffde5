/**
 * Streaming CSV reader for court exports (docs/import-format.md): RFC 4180 (comma separator,
 * double-quote quoting with "" escapes, fields holding commas, quotes and line breaks, CRLF or LF,
 * final line break optional), in UTF-8 (with or without BOM) or GB18030/GBK, detected from the
 * first 64 KiB unless given.
 *
 * Memory is bounded: the file is read in 1 MiB chunks, each chunk is decoded and parsed, and only
 * the rows of that chunk (plus an unfinished row) are held at a time. UTF-8 is decoded with
 * TextDecoder in stream mode; GB18030 with TextDecoder("gb18030") where Node's ICU has it (official
 * builds), else with iconv-lite (see {@link createChunkDecoder}).
 *
 * Usage:
 * ```ts
 * const { encoding, rows } = await readCsv("cases.csv");
 * for await (const { row, cells, badBytes } of rows) { … }
 * ```
 *
 * Conventions:
 * - **Row numbers** are those Excel shows when it opens the file: the first line is row 1, each
 *   record is one row (a quoted field spanning several lines does not add rows), and blank lines
 *   count as rows.
 * - **Blank rows are skipped**: an empty line, and a record whose cells are all empty (",,,", as
 *   Excel writes for formatted but empty rows), are not yielded — their numbers are still used.
 * - **Cells are returned as written**: no trimming, no type conversion; rows may have different
 *   lengths (the caller maps cells through the header, table.ts).
 * - **Undecodable bytes** (an invalid UTF-8 sequence, or a GB18030 byte sequence with no
 *   character) do not stop the reader and are not silently passed either: the decoder puts U+FFFD
 *   in their place and the row carries `badBytes`, the 1-based column numbers of the cells that hold
 *   one, so the importer can list every such cell as (row, column); in a UTF-8 file also
 *   `badByteHex`, the bytes themselves ("FF BC A0"). This holds also when the sample looked like
 *   UTF-8 and an invalid sequence appears further on. An U+FFFD encoded in the file itself is
 *   reported the same way (EF BF BD): it is the trace of an earlier failed conversion.
 * - **Malformed structure** that makes the rest of the file meaningless — a quoted field still open
 *   at the end of the file, a field longer than `maxFieldLength`, or a line longer than
 *   `maxLineBytes` — throws {@link CsvFormatError} (with the row and column where it starts) after
 *   the rows before it have been yielded.
 *   Text after a closing quote (`"ab"c`) is kept, as Excel does (`abc`); a quote inside an unquoted
 *   field is an ordinary character.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import iconv from "iconv-lite";
import {
  DETECTION_SAMPLE_BYTES,
  type DetectedEncoding,
  detectEncoding,
  hasUtf8Bom,
  hexBytes,
  utf8PendingTail,
  utf8Replacements,
} from "./encoding.js";
import { formatSize, SheetFormatError } from "./format-error.js";

/** One record of a CSV file. */
export interface CsvRow {
  /** The row number Excel shows (1-based; header = 1 when the file starts with it). */
  row: number;
  /** The fields, unquoted and unescaped, as written (not trimmed). */
  cells: string[];
  /**
   * 1-based column numbers of the cells that contain undecodable bytes (each replaced by U+FFFD in
   * `cells`), ascending; absent when the row decoded cleanly.
   */
  badBytes?: number[];
  /**
   * For each column of `badBytes`, the undecodable bytes of that cell in hex ("FF BC A0"; separate
   * places joined by "、"), or "" where they are not known (GB18030).
   */
  badByteHex?: string[];
}

export interface CsvReadOptions {
  /** "auto" (default) detects UTF-8 / UTF-8 with BOM / GB18030 from the first 64 KiB. */
  encoding?: "auto" | "utf-8" | "gb18030";
  /**
   * Longest field accepted, in characters (default 1,048,576; Excel's own cell limit is 32,767).
   * A longer field — in practice a quote left open — throws {@link CsvFormatError}.
   */
  maxFieldLength?: number;
  /**
   * Most bytes between two line breaks (default {@link DEFAULT_MAX_LINE_BYTES}, 4 MiB). A longer
   * line — a file that is no CSV, or one without line breaks — throws {@link CsvFormatError} as
   * soon as that many bytes have been read. With `maxFieldLength`, this keeps memory bounded.
   */
  maxLineBytes?: number;
}

/** An opened CSV file: its encoding and its rows. */
export interface CsvTable {
  /**
   * The encoding used: detected ("auto"), or the one given — "utf-8-bom" when "utf-8" was given and
   * the file starts with a BOM (the BOM is stripped either way).
   */
  readonly encoding: DetectedEncoding;
  /**
   * The non-blank rows, in file order. Single use: the file is read while iterating (and closed
   * when the iteration ends or is broken off).
   */
  readonly rows: AsyncIterable<CsvRow>;
}

/**
 * The file's structure is broken (an unterminated quoted field, an over-long field or line); `row`
 * is the Excel row number and `column` the 1-based column where the offending field starts.
 */
export class CsvFormatError extends SheetFormatError {
  override readonly name = "CsvFormatError";
}

export type CsvSource = string | Uint8Array | NodeJS.ReadableStream | AsyncIterable<Uint8Array>;

/** Bytes read per chunk from a file (and slice size for an in-memory source). */
const CHUNK_BYTES = 1024 * 1024;
const DEFAULT_MAX_FIELD = 1024 * 1024;
/** Default most bytes between two line breaks. */
export const DEFAULT_MAX_LINE_BYTES = 4 * 1024 * 1024;

/**
 * Opens a CSV source — a file path, the bytes of a file, or a byte stream (not one set to decode
 * strings) — detects or takes its encoding, and returns the encoding and the rows to iterate.
 * For a path, only the first 64 KiB are read here; the file is opened again for the rows.
 */
export async function readCsv(source: CsvSource, options: CsvReadOptions = {}): Promise<CsvTable> {
  const maxFieldLength = options.maxFieldLength ?? DEFAULT_MAX_FIELD;
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const wanted = options.encoding ?? "auto";
  let sample: Uint8Array;
  let chunks: () => AsyncIterable<Uint8Array>;
  if (typeof source === "string") {
    sample = await readHead(source, DETECTION_SAMPLE_BYTES);
    chunks = () => fileChunks(source);
  } else if (source instanceof Uint8Array) {
    sample = source.subarray(0, DETECTION_SAMPLE_BYTES);
    chunks = () => sliceChunks(source);
  } else {
    const head = await streamHead(source, DETECTION_SAMPLE_BYTES);
    sample = head.sample;
    chunks = () => head.chunks;
  }
  const encoding: DetectedEncoding =
    wanted === "auto"
      ? detectEncoding(sample)
      : wanted === "utf-8"
        ? hasUtf8Bom(sample)
          ? "utf-8-bom"
          : "utf-8"
        : "gb18030";
  return { encoding, rows: parseRows(chunks, encoding, maxFieldLength, maxLineBytes) };
}

const LF_BYTE = 0x0a;

async function* parseRows(
  chunks: () => AsyncIterable<Uint8Array>,
  encoding: DetectedEncoding,
  maxFieldLength: number,
  maxLineBytes: number,
): AsyncGenerator<CsvRow> {
  const decoder = createChunkDecoder(encoding);
  const parser = new CsvParser({ maxFieldLength });
  const replacements = decoder.replacements;
  /** Bytes since the last line break (0x0A is a line break in UTF-8 and GB18030 alike). */
  let lineBytes = 0;
  const parse = (bytes: Uint8Array, final: boolean): CsvRow[] => {
    const rows = parser.push(final ? decoder.end() : decoder.write(bytes), final);
    if (replacements) describeBadBytes(rows, replacements);
    return rows;
  };
  for await (const chunk of chunks()) {
    if (typeof chunk === "string") {
      throw new TypeError("readCsv needs a byte stream; do not call setEncoding() on it");
    }
    // The longest line must stay within the limit: find where it is first passed. A line that
    // starts and ends inside a chunk no longer than the limit cannot pass it: then only the first
    // and the last line break matter.
    let over = -1;
    let from = 0;
    for (;;) {
      const lf = chunk.indexOf(LF_BYTE, from);
      const end = lf === -1 ? chunk.length : lf;
      if (lineBytes + (end - from) > maxLineBytes) {
        over = from;
        break;
      }
      if (lf === -1) {
        lineBytes += end - from;
        break;
      }
      lineBytes = 0;
      from = lf + 1;
      if (chunk.length <= maxLineBytes) {
        const last = chunk.lastIndexOf(LF_BYTE);
        if (last >= from) from = last + 1;
      }
    }
    if (over !== -1) {
      // The rows before the over-long line are yielded; the line is reported where it starts.
      const rows = parse(chunk.subarray(0, over), false);
      for (let i = 0; i < rows.length; i++) yield rows[i]!;
      const row = parser.nextRow;
      throw new CsvFormatError(
        row,
        1,
        `第 ${row} 行超过 ${formatSize(maxLineBytes)} 仍未换行：不是有效的 CSV 文件`,
      );
    }
    const rows = parse(chunk, false);
    for (let i = 0; i < rows.length; i++) yield rows[i]!;
  }
  const rows = parse(new Uint8Array(0), true);
  for (let i = 0; i < rows.length; i++) yield rows[i]!;
}

const REPLACEMENT_CHAR = 0xfffd;

/**
 * Gives each row with undecodable bytes their hex, taking from `queue` one entry per U+FFFD, in
 * the order they occur: every U+FFFD of the decoded text ends up in some row's cells, in order.
 */
function describeBadBytes(rows: CsvRow[], queue: string[]): void {
  let taken = 0;
  for (const r of rows) {
    if (!r.badBytes) continue;
    const hex: string[] = [];
    for (let c = 0; c < r.cells.length; c++) {
      const cell = r.cells[c]!;
      if (cell.indexOf("\uFFFD") === -1) continue;
      const places: string[] = [];
      let run: string[] = [];
      for (let i = 0; i <= cell.length; i++) {
        if (i < cell.length && cell.charCodeAt(i) === REPLACEMENT_CHAR) {
          run.push(queue[taken++] ?? "");
        } else if (run.length > 0) {
          places.push(run.filter(Boolean).join(" "));
          run = [];
        }
      }
      hex.push(places.filter(Boolean).join("、"));
    }
    r.badByteHex = hex;
  }
  if (taken > 0) queue.splice(0, taken);
}

/** Turns a file's bytes, fed chunk by chunk, into text; undecodable bytes become U+FFFD. */
export interface ChunkDecoder {
  write(bytes: Uint8Array): string;
  /** The text still held back (an incomplete sequence at the end of the input gives U+FFFD). */
  end(): string;
  /**
   * UTF-8 only: for each U+FFFD written so far and not yet taken, in order, the bytes it stands
   * for in hex ("FF", "E5 BC", or "EF BF BD" for a U+FFFD in the file itself). The reader takes
   * them from the front as it reports the rows.
   */
  readonly replacements?: string[];
}

/** Whether this Node has ICU's GB18030 decoder (official builds do; small-icu builds do not). */
const NATIVE_GB18030 = (() => {
  try {
    return new TextDecoder("gb18030").encoding === "gb18030";
  } catch {
    return false;
  }
})();

/**
 * A streaming decoder for the encoding. UTF-8: TextDecoder in stream mode, non-fatal, BOM stripped.
 * GB18030: TextDecoder("gb18030") (WHATWG: every byte sequence that is no character gives U+FFFD)
 * where Node has it, else iconv-lite ({@link iconvGb18030Decoder}); a GB18030 BOM is stripped.
 */
export function createChunkDecoder(
  encoding: DetectedEncoding,
  gb18030: "native" | "iconv-lite" = NATIVE_GB18030 ? "native" : "iconv-lite",
): ChunkDecoder {
  if (encoding !== "gb18030") return utf8Decoder();
  const inner: ChunkDecoder =
    gb18030 === "native"
      ? (() => {
          const d = new TextDecoder("gb18030", { fatal: false });
          return { write: (bytes) => d.decode(bytes, { stream: true }), end: () => d.decode() };
        })()
      : iconvGb18030Decoder();
  let started = false;
  const stripBom = (text: string): string => {
    if (started || text.length === 0) return text;
    started = true;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  return { write: (bytes) => stripBom(inner.write(bytes)), end: () => stripBom(inner.end()) };
}

/**
 * UTF-8 with TextDecoder, noting the bytes behind each U+FFFD (utf8Replacements, run only on the
 * rare chunks whose text holds one): the state between chunks is the incomplete sequence the
 * decoder holds back, which the last three bytes tell (utf8PendingTail).
 */
function utf8Decoder(): ChunkDecoder {
  const d = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
  const replacements: string[] = [];
  /** The last (up to) three bytes read. */
  let recent = new Uint8Array(0);
  const remember = (bytes: Uint8Array) => {
    recent = bytes.length >= 3 ? bytes.slice(bytes.length - 3) : concatBytes(recent, bytes).slice(-3);
  };
  return {
    replacements,
    write(bytes) {
      const text = d.decode(bytes, { stream: true });
      if (text.includes(REPLACEMENT)) {
        const pending = utf8PendingTail(recent);
        for (const seq of utf8Replacements(concatBytes(pending, bytes), false))
          replacements.push(hexBytes(seq));
      }
      remember(bytes);
      return text;
    },
    end() {
      const text = d.decode();
      if (text.includes(REPLACEMENT)) replacements.push(hexBytes(utf8PendingTail(recent)));
      return text;
    },
  };
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * GB18030 with iconv-lite, without its streaming decoder: iconv-lite 0.7's DBCS decoder sizes its
 * output from the current chunk alone, so a character completed by bytes carried over from the
 * previous chunk can lose code units, silently (pillarjs/iconv-lite PR #417). Each chunk is cut
 * instead after its last byte below 0x30 (line breaks, space, comma, quote and the other ASCII
 * punctuation up to "/"): such a byte is never part of a multi-byte sequence, so every piece starts and ends on a character
 * boundary and is decoded on its own. Known iconv-lite limit: 4-byte sequences outside the
 * assigned GB18030 ranges decode to some character instead of U+FFFD (same PR).
 */
export function iconvGb18030Decoder(): ChunkDecoder {
  let held: Uint8Array | undefined;
  const decode = (bytes: Uint8Array): string =>
    bytes.length === 0 ? "" : iconv.decode(bytes, "gb18030", { stripBOM: false });
  return {
    write(bytes) {
      const data = held ? Buffer.concat([held, bytes]) : bytes;
      let cut = data.length;
      while (cut > 0 && data[cut - 1]! >= 0x30) cut--;
      if (cut === 0 && data.length < 4 * CHUNK_BYTES) {
        held = Uint8Array.from(data);
        return "";
      }
      if (cut === 0) cut = data.length; // no boundary in 4 MiB: not a CSV file anyway
      held = cut < data.length ? Uint8Array.from(data.subarray(cut)) : undefined;
      return decode(data.subarray(0, cut));
    },
    end() {
      const rest = held;
      held = undefined;
      return rest ? decode(rest) : "";
    },
  };
}

async function readHead(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await handle.read(buffer, filled, length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  // The stream is destroyed when this generator is returned early (for await … break).
  yield* createReadStream(path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>;
}

async function* sliceChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) yield bytes.subarray(i, i + CHUNK_BYTES);
}

/** Pulls chunks until the sample is full, then hands back the sample and every chunk, in order. */
async function streamHead(
  stream: NodeJS.ReadableStream | AsyncIterable<Uint8Array>,
  length: number,
): Promise<{ sample: Uint8Array; chunks: AsyncIterable<Uint8Array> }> {
  const iterator = (stream as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < length) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    if (typeof next.value === "string") {
      await iterator.return?.();
      throw new TypeError("readCsv needs a byte stream; do not call setEncoding() on it");
    }
    head.push(next.value);
    size += next.value.length;
  }
  const sample = head.length === 1 ? head[0]! : Buffer.concat(head);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      yield* head;
      head.length = 0;
      if (done) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value as Uint8Array;
      }
    } finally {
      if (!done) await iterator.return?.();
    }
  }
  return { sample: sample.subarray(0, length), chunks: chunks() };
}

// ------------------------------------------------------------------------------------------------
// The parser

function pushAll(target: string[], items: string[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const REPLACEMENT = "\uFFFD";

// Where the parser stands inside the current record.
/** At the start of a field. */
const FIELD_START = 0;
/** Inside a quoted field. */
const QUOTED = 1;
/** After the closing quote of a quoted field. */
const AFTER_QUOTE = 2;
type State = typeof FIELD_START | typeof QUOTED | typeof AFTER_QUOTE;

/**
 * The incremental RFC 4180 parser behind {@link readCsv}, over decoded text: feed it text in
 * pieces of any size; each call returns the records the piece completed. Exported for callers that
 * already hold text.
 */
export class CsvParser {
  private readonly maxField: number;
  private cells: string[] = [];
  private state: State = FIELD_START;
  /** The quoted field read so far. */
  private field = "";
  /** Unparsed text kept for the next piece (an unfinished line, or one character of look-ahead). */
  private carry = "";
  /** Records completed so far, blank ones included: the last completed record's row number. */
  private record = 0;
  /** The unfinished record may hold U+FFFD from an earlier piece. */
  private partialBad = false;

  constructor(options: { maxFieldLength?: number } = {}) {
    this.maxField = options.maxFieldLength ?? DEFAULT_MAX_FIELD;
  }

  /** The row number of the next record (the one under way, if any). */
  get nextRow(): number {
    return this.record + 1;
  }

  /**
   * Parses the next piece of text; `final` marks the end of the input (the piece may be empty).
   * Returns the non-blank records completed by this piece.
   */
  push(text: string, final: boolean): CsvRow[] {
    const out: CsvRow[] = [];
    let s = this.carry.length > 0 ? this.carry + text : text;
    this.carry = "";
    // At the end of the input a line break closes the last record (a blank extra record, if the
    // text already ends with one, is not observable).
    if (final) s += "\n";
    const n = s.length;
    const pieceBad = s.includes(REPLACEMENT);
    /** Whether the next completed record may hold U+FFFD (checked cell by cell only then). */
    let gate = pieceBad || this.partialBad;
    let completed = false;
    // Next positions of '"', ',' and '\n' at or after the scan position (-1: none left; stale
    // when smaller than the position): each is searched at most once per occurrence.
    let nq = -2;
    let nc = -2;
    let nl = -2;
    let p = 0;
    let cells = this.cells;

    const endRecord = (): void => {
      const row = ++this.record;
      const done = cells;
      cells = [];
      this.state = FIELD_START;
      this.field = "";
      let blank = true;
      for (let i = 0; i < done.length; i++) {
        if (done[i]!.length > 0) {
          blank = false;
          break;
        }
      }
      if (!blank) out.push(this.makeRow(row, done, gate));
      if (!completed) {
        completed = true;
        gate = pieceBad;
      }
    };

    for (;;) {
      if (this.state === FIELD_START) {
        if (nl !== -1 && nl < p) nl = s.indexOf("\n", p);
        if (nq !== -1 && nq < p) nq = s.indexOf('"', p);
        if (nq === -1 || (nq > nl && nl !== -1)) {
          // No quote before the line break: the rest of the line splits at once.
          if (nl === -1) {
            if (p < n) this.keep(s.slice(p), cells.length);
            break;
          }
          const end = nl > p && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
          if (cells.length === 0) {
            const row = ++this.record;
            if (end > p) {
              const line = s.slice(p, end);
              const split = line.split(",");
              // All cells empty <=> the line is nothing but its separators.
              if (line.length !== split.length - 1) out.push(this.makeRow(row, split, gate));
            }
            if (!completed) {
              completed = true;
              gate = pieceBad;
            }
          } else {
            pushAll(cells, s.slice(p, end).split(","));
            endRecord();
          }
          p = nl + 1;
          continue;
        }
        if (nq === p) {
          this.state = QUOTED;
          this.field = "";
          p++;
          continue;
        }
        if (s.charCodeAt(nq - 1) === COMMA) {
          // Unquoted fields, then a quoted one: split the former at once.
          pushAll(cells, s.slice(p, nq - 1).split(","));
          p = nq;
          continue;
        }
        // An unquoted field holding a quote (an ordinary character there): up to the next comma or
        // line break.
        if (nc !== -1 && nc < p) nc = s.indexOf(",", p);
        if (nc !== -1 && (nc < nl || nl === -1)) {
          cells.push(s.slice(p, nc));
          p = nc + 1;
          continue;
        }
        if (nl === -1) {
          // The field goes on in the next piece: parse it again from its start then.
          this.keep(s.slice(p), cells.length);
          break;
        }
        cells.push(s.slice(p, nl > p && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl));
        p = nl + 1;
        endRecord();
        continue;
      }

      if (this.state === QUOTED) {
        if (nq !== -1 && nq < p) nq = s.indexOf('"', p);
        if (nq === -1) {
          this.field += s.slice(p);
          this.checkField(cells.length);
          break;
        }
        if (nq === n - 1) {
          // Is this quote the closing one or the first of ""? Decide with the next piece.
          this.field += s.slice(p, nq);
          this.checkField(cells.length);
          this.carry = '"';
          break;
        }
        if (s.charCodeAt(nq + 1) === QUOTE) {
          this.field += s.slice(p, nq + 1);
          p = nq + 2;
        } else {
          this.field += s.slice(p, nq);
          p = nq + 1;
          this.state = AFTER_QUOTE;
        }
        this.checkField(cells.length);
        continue;
      }

      // AFTER_QUOTE
      if (p >= n) break;
      const c = s.charCodeAt(p);
      if (c === COMMA) {
        cells.push(this.field);
        this.field = "";
        this.state = FIELD_START;
        p++;
        continue;
      }
      if (c === LF) {
        cells.push(this.field);
        p++;
        endRecord();
        continue;
      }
      if (c === CR && p + 1 === n) {
        this.carry = "\r";
        break;
      }
      if (c === CR && s.charCodeAt(p + 1) === LF) {
        cells.push(this.field);
        p += 2;
        endRecord();
        continue;
      }
      // Text after the closing quote: kept, up to the next comma or line break (as Excel does).
      if (nc !== -1 && nc < p) nc = s.indexOf(",", p);
      if (nl !== -1 && nl < p) nl = s.indexOf("\n", p);
      let end = nc !== -1 && (nl === -1 || nc < nl) ? nc : nl;
      if (end === -1) end = n;
      if (end === nl && end > p && s.charCodeAt(end - 1) === CR) end--;
      this.field += s.slice(p, end);
      this.checkField(cells.length);
      p = end;
    }

    this.cells = cells;
    const partial = cells.length > 0 || this.state !== FIELD_START;
    this.partialBad = partial && (completed ? pieceBad : gate);
    if (final && this.state === QUOTED) {
      throw new CsvFormatError(
        this.record + 1,
        cells.length + 1,
        `第${this.record + 1}行第${cells.length + 1}列：引号未闭合（以 " 开始的字段到文件末尾仍未结束）`,
      );
    }
    return out;
  }

  private makeRow(row: number, cells: string[], mayBeBad: boolean): CsvRow {
    if (mayBeBad) {
      let bad: number[] | undefined;
      for (let i = 0; i < cells.length; i++) {
        if (!cells[i]!.includes(REPLACEMENT)) continue;
        if (bad) bad.push(i + 1);
        else bad = [i + 1];
      }
      if (bad) return { row, cells, badBytes: bad };
    }
    return { row, cells };
  }

  /** Keeps an unfinished line (or field) for the next piece, within the length limit. */
  private keep(rest: string, column: number): void {
    if (rest.length > this.maxField * 16) {
      throw new CsvFormatError(
        this.record + 1,
        column + 1,
        `第${this.record + 1}行：超过 ${this.maxField * 16} 个字符仍无换行，不是有效的 CSV 文件`,
      );
    }
    this.carry = rest;
  }

  private checkField(column: number): void {
    if (this.field.length > this.maxField) {
      throw new CsvFormatError(
        this.record + 1,
        column + 1,
        `第${this.record + 1}行第${column + 1}列：字段超过 ${this.maxField} 个字符（多半是引号未闭合）`,
      );
    }
  }
}
