/**
 * Rows of SQL values (number, string or null) packed for passing between threads: the numbers in a
 * Float64Array and the strings as indexes into a dictionary that the sender grows page by page, so
 * only strings not sent before travel, and both arrays move without copying (transferable).
 * A facts page of a full refresh is about 2,000 rows × 54 values with a few thousand distinct
 * strings in all (divisions, judges, causes, dates): packing and unpacking it costs a fraction of
 * JSON.stringify + JSON.parse, and the receiver binds the dictionary's strings instead of
 * allocating new ones.
 */

export interface PackedRows {
  rows: number;
  width: number;
  /** Value k = row × width + column when `str[k]` is 0; NaN stands for null. */
  num: Float64Array;
  /** 1 + index of the string in the dictionary, −(1 + index) in `raw`, or 0 for a number or null. */
  str: Int32Array;
  /** Strings first used in this page, in dictionary order. */
  added: string[];
  /**
   * Strings of the columns packed without the dictionary (values nearly all distinct, such as case
   * numbers and party names), in row order; `str[k]` is then −(1 + index) here.
   */
  raw: string[];
}

export class RowPacker {
  private readonly dict = new Map<string, number>();
  private num: Float64Array;
  private str: Int32Array;
  private added: string[] = [];
  private rows = 0;
  /** Per column, the last string and its id: consecutive rows often repeat one (court, date). */
  private readonly lastString: (string | undefined)[];
  private readonly lastId: Int32Array;

  private raw: string[] = [];
  private readonly rawColumn: boolean[];

  /** `rawColumns`: columns whose strings are nearly all distinct, sent as they are. */
  constructor(
    private readonly width: number,
    private readonly capacity: number,
    rawColumns: readonly number[] = [],
  ) {
    this.rawColumn = Array.from({ length: width }, (_, i) => rawColumns.includes(i));
    this.num = new Float64Array(width * capacity);
    this.str = new Int32Array(width * capacity);
    this.lastString = new Array(width).fill(undefined);
    this.lastId = new Int32Array(width);
  }

  get length(): number {
    return this.rows;
  }

  /** Adds one row; values are numbers, strings or null (booleans must already be 0/1). */
  add(values: readonly unknown[]): void {
    if (values.length !== this.width)
      throw new Error(`row of ${values.length} values, expected ${this.width}`);
    if (this.rows === this.capacity) throw new Error("packer is full: take() the page first");
    let k = this.rows * this.width;
    for (let i = 0; i < values.length; i++, k++) {
      const v = values[i];
      if (typeof v === "number") {
        this.num[k] = v;
        this.str[k] = 0;
      } else if (typeof v === "string") {
        if (this.rawColumn[i]) this.str[k] = -this.raw.push(v);
        else if (v === this.lastString[i]) this.str[k] = this.lastId[i] as number;
        else {
          let id = this.dict.get(v);
          if (id === undefined) {
            id = this.dict.size + 1;
            this.dict.set(v, id);
            this.added.push(v);
          }
          this.str[k] = id;
          this.lastString[i] = v;
          this.lastId[i] = id;
        }
      } else if (v === null || v === undefined) {
        this.num[k] = Number.NaN;
        this.str[k] = 0;
      } else throw new Error(`cannot pack a ${typeof v} value`);
    }
    this.rows++;
  }

  /** The rows added since the last take(), ready to transfer; the packer starts a new page. */
  take(): PackedRows {
    const n = this.rows * this.width;
    // A full page hands over its arrays (no copy) and the packer starts on new ones.
    const full = n === this.num.length;
    const page: PackedRows = {
      rows: this.rows,
      width: this.width,
      num: full ? this.num : this.num.slice(0, n),
      str: full ? this.str : this.str.slice(0, n),
      added: this.added,
      raw: this.raw,
    };
    if (full) {
      this.num = new Float64Array(this.num.length);
      this.str = new Int32Array(this.str.length);
    }
    this.added = [];
    this.raw = [];
    this.rows = 0;
    return page;
  }
}

export class RowUnpacker {
  private readonly dict: string[] = [];

  /**
   * Calls `each` with every row of the page, in order. The row array is reused between calls:
   * read it (or bind it) before returning.
   */
  unpack(page: PackedRows, each: (row: unknown[]) => void): void {
    for (const s of page.added) this.dict.push(s);
    const { num, str, width } = page;
    const row: unknown[] = new Array(width);
    const dict = this.dict;
    let k = 0;
    for (let r = 0; r < page.rows; r++) {
      for (let c = 0; c < width; c++, k++) {
        const s = str[k] as number;
        if (s > 0) row[c] = dict[s - 1];
        else if (s < 0) row[c] = page.raw[-s - 1];
        else {
          const v = num[k] as number;
          row[c] = Number.isNaN(v) ? null : v;
        }
      }
      each(row);
    }
  }
}
