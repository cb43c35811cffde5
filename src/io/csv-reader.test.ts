import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CsvFormatError, CsvParser, type CsvRow, createChunkDecoder, readCsv } from "./csv-reader.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "shenguan-csv-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let fileNo = 0;
async function file(content: string | Uint8Array): Promise<string> {
  const path = join(dir, `f${++fileNo}.csv`);
  await writeFile(path, content);
  return path;
}

async function collect(rows: AsyncIterable<CsvRow>): Promise<CsvRow[]> {
  const out: CsvRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const concat = (...parts: Uint8Array[]) => Buffer.concat(parts);

const HEADER = "案号,案由,立案日期,承办人";
const BODY =
  "（2024）内0602民初1234号,民间借贷纠纷,2024-03-01,张三\n（2024）内0602民初1235号,信用卡纠纷,2024/3/2,李四\n";

describe("readCsv — encodings", () => {
  it("reads UTF-8 without BOM", async () => {
    const { encoding, rows } = await readCsv(await file(`${HEADER}\n${BODY}`));
    expect(encoding).toBe("utf-8");
    const all = await collect(rows);
    expect(all.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(all[0]!.cells).toEqual(["案号", "案由", "立案日期", "承办人"]);
    expect(all[2]!.cells).toEqual(["（2024）内0602民初1235号", "信用卡纠纷", "2024/3/2", "李四"]);
    expect(all.every((r) => r.badBytes === undefined)).toBe(true);
  });

  it("reads UTF-8 with BOM and strips the BOM", async () => {
    const { encoding, rows } = await readCsv(await file(concat(BOM, utf8(`${HEADER}\r\n${BODY}`))));
    expect(encoding).toBe("utf-8-bom");
    const all = await collect(rows);
    expect(all[0]!.cells[0]).toBe("案号");
    expect(all).toHaveLength(3);
  });

  it("reports utf-8-bom when utf-8 is given and the file has a BOM", async () => {
    const { encoding, rows } = await readCsv(await file(concat(BOM, utf8("a,b\n"))), { encoding: "utf-8" });
    expect(encoding).toBe("utf-8-bom");
    expect((await collect(rows))[0]!.cells).toEqual(["a", "b"]);
  });

  it("reads GB18030, 4-byte characters included", async () => {
    const text = `${HEADER}\r\n${BODY.replaceAll("\n", "\r\n")}（2024）内0602民初9号,"离婚纠纷,附带","𠮷野家",王𠀀\r\n`;
    const bytes = iconv.encode(text, "gb18030");
    expect(bytes.includes(0x95)).toBe(true); // 𠮷 is the 4-byte sequence 95 32 82 36
    const { encoding, rows } = await readCsv(await file(bytes));
    expect(encoding).toBe("gb18030");
    const all = await collect(rows);
    expect(all).toHaveLength(4);
    expect(all[1]!.cells[1]).toBe("民间借贷纠纷");
    expect(all[3]!.cells).toEqual(["（2024）内0602民初9号", "离婚纠纷,附带", "𠮷野家", "王𠀀"]);
    expect(all.every((r) => r.badBytes === undefined)).toBe(true);
  });

  it("reads GB18030 when told, without detection", async () => {
    const { encoding, rows } = await readCsv(iconv.encode("案号\n张三\n", "gb18030"), {
      encoding: "gb18030",
    });
    expect(encoding).toBe("gb18030");
    expect((await collect(rows)).map((r) => r.cells[0])).toEqual(["案号", "张三"]);
  });

  it("reports an invalid GB18030 sequence by row and column (row 3, column 2)", async () => {
    const bytes = concat(
      iconv.encode(
        `${HEADER}\r\n（2024）内0602民初1号,民间借贷纠纷,2024-03-01,张三\r\n（2024）内0602民初2号,`,
        "gb18030",
      ),
      iconv.encode("信用", "gb18030"),
      new Uint8Array([0xff]), // no GB18030 sequence starts with FF
      iconv.encode("卡纠纷,2024-03-02,李四\r\n（2024）内0602民初3号,离婚纠纷,2024-03-03,王五\r\n", "gb18030"),
    );
    const { encoding, rows } = await readCsv(await file(bytes));
    expect(encoding).toBe("gb18030");
    const all = await collect(rows);
    expect(all.map((r) => [r.row, r.badBytes])).toEqual([
      [1, undefined],
      [2, undefined],
      [3, [2]],
      [4, undefined],
    ]);
    expect(all[2]!.cells[1]).toBe("信用\uFFFD卡纠纷");
    expect(all[2]!.cells[2]).toBe("2024-03-02");
  });

  it("reports a truncated GB18030 sequence at the end of the file", async () => {
    const bytes = concat(iconv.encode("案号,案由\n1,张", "gb18030"), new Uint8Array([0x81]));
    const { rows } = await readCsv(bytes, { encoding: "gb18030" });
    const all = await collect(rows);
    expect(all[1]).toEqual({ row: 2, cells: ["1", "张\uFFFD"], badBytes: [2] });
  });

  it("reports an invalid UTF-8 byte far beyond the detection sample", async () => {
    const lines = [HEADER];
    for (let i = 1; i <= 60_000; i++) lines.push(`（2024）内0602民初${i}号,民间借贷纠纷,2024-03-01,张三`);
    const head = utf8(`${lines.join("\n")}\n（2024）内0602民初X号,信用卡纠纷,2024-03-01,`);
    expect(head.length).toBeGreaterThan(2 * 1024 * 1024); // beyond the sample and the first chunks
    const bytes = concat(
      head,
      new Uint8Array([0xe5, 0x28]),
      utf8("四\n（2024）内0602民初Y号,离婚纠纷,,赵六\n"),
    );
    const { encoding, rows } = await readCsv(await file(bytes));
    expect(encoding).toBe("utf-8");
    const bad: [number, number[]][] = [];
    let count = 0;
    let last: CsvRow | undefined;
    for await (const r of rows) {
      count++;
      last = r;
      if (r.badBytes) bad.push([r.row, r.badBytes]);
    }
    expect(count).toBe(60_003);
    expect(bad).toEqual([[60_002, [4]]]);
    expect(last).toEqual({ row: 60_003, cells: ["（2024）内0602民初Y号", "离婚纠纷", "", "赵六"] });
  });

  it("treats multi-byte characters cut at chunk boundaries as valid", async () => {
    // Every chunk boundary of a 1-byte-chunk stream cuts every character.
    const text = "案号,案由\n（2024）内0602民初1号,𠮷\n";
    for (const bytes of [utf8(text), iconv.encode(text, "gb18030")]) {
      const stream = Readable.from(Array.from(bytes, (b) => Buffer.from([b])));
      const { rows } = await readCsv(stream);
      const all = await collect(rows);
      expect(all.map((r) => r.cells)).toEqual([
        ["案号", "案由"],
        ["（2024）内0602民初1号", "𠮷"],
      ]);
      expect(all.every((r) => r.badBytes === undefined)).toBe(true);
    }
  });
});

describe("createChunkDecoder", () => {
  const decodeIn = (decoder: ReturnType<typeof createChunkDecoder>, bytes: Uint8Array, cuts: number[]) => {
    let text = "";
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      text += decoder.write(bytes.subarray(from, cut));
      from = cut;
    }
    return text + decoder.end();
  };
  const gb = concat(
    iconv.encode("\uFEFF案号,𠮷a,€,", "gb18030"),
    new Uint8Array([0x81, 0x20, 0xff]), // a lead byte without its trail byte; a byte no sequence starts with
    iconv.encode("𠮷𠮷\r\n王,x", "gb18030"),
  );
  const expected = "案号,𠮷a,€,\uFFFD \uFFFD𠮷𠮷\r\n王,x";

  for (const impl of ["native", "iconv-lite"] as const) {
    it(`decodes GB18030 (${impl}) the same whatever the chunk boundaries`, () => {
      expect(decodeIn(createChunkDecoder("gb18030", impl), gb, [])).toBe(expected);
      for (let a = 0; a <= gb.length; a++) {
        for (let b = a; b <= gb.length; b++) {
          expect(decodeIn(createChunkDecoder("gb18030", impl), gb, [a, b])).toBe(expected);
        }
      }
    });
  }

  it("decodes UTF-8 the same whatever the chunk boundaries, marking bad bytes", () => {
    const bytes = concat(BOM, utf8("案号,𠮷"), new Uint8Array([0xe5, 0x28]), utf8("x\n"));
    for (let a = 0; a <= bytes.length; a++) {
      expect(decodeIn(createChunkDecoder("utf-8-bom"), bytes, [a])).toBe("案号,𠮷\uFFFD(x\n");
    }
  });
});

describe("readCsv — RFC 4180", () => {
  it("reads quoted fields with commas, quotes and line breaks, numbering rows as Excel does", async () => {
    const text = [
      "案号,说明,承办人",
      '1,"甲,乙","张""三"""',
      '2,"第一行\n第二行\r\n第三行",李四',
      '3,"",王五',
      "4,普通,赵六",
    ].join("\r\n");
    const { rows } = await readCsv(await file(text));
    const all = await collect(rows);
    expect(all).toEqual([
      { row: 1, cells: ["案号", "说明", "承办人"] },
      { row: 2, cells: ["1", "甲,乙", '张"三"'] },
      { row: 3, cells: ["2", "第一行\n第二行\r\n第三行", "李四"] },
      { row: 4, cells: ["3", "", "王五"] },
      { row: 5, cells: ["4", "普通", "赵六"] },
    ]);
  });

  it("reads LF and CRLF alike, with or without a final line break", async () => {
    const expected = [
      { row: 1, cells: ["a", "b"] },
      { row: 2, cells: ["1", "2"] },
    ];
    for (const text of ["a,b\n1,2\n", "a,b\n1,2", "a,b\r\n1,2\r\n", "a,b\r\n1,2"]) {
      const { rows } = await readCsv(await file(text));
      expect(await collect(rows)).toEqual(expected);
    }
  });

  it("skips blank lines and all-empty records but counts them", async () => {
    const text = "a,b\n\n1,2\r\n,\n\r\n3,\n";
    const { rows } = await readCsv(await file(text));
    expect(await collect(rows)).toEqual([
      { row: 1, cells: ["a", "b"] },
      { row: 3, cells: ["1", "2"] },
      { row: 6, cells: ["3", ""] },
    ]);
  });

  it("keeps empty fields and ragged rows", async () => {
    const { rows } = await readCsv(await file("a,b,c\n1,,\n,2\n1,2,3,4\n"));
    expect((await collect(rows)).map((r) => r.cells)).toEqual([
      ["a", "b", "c"],
      ["1", "", ""],
      ["", "2"],
      ["1", "2", "3", "4"],
    ]);
  });

  it("reads an empty file as zero rows", async () => {
    const { encoding, rows } = await readCsv(await file(""));
    expect(encoding).toBe("utf-8");
    expect(await collect(rows)).toEqual([]);
    const bom = await readCsv(await file(BOM));
    expect(bom.encoding).toBe("utf-8-bom");
    expect(await collect(bom.rows)).toEqual([]);
  });

  it("reads a header-only file as one row", async () => {
    for (const text of [HEADER, `${HEADER}\r\n`]) {
      const { rows } = await readCsv(await file(text));
      expect(await collect(rows)).toEqual([{ row: 1, cells: ["案号", "案由", "立案日期", "承办人"] }]);
    }
  });

  it("keeps text after a closing quote and quotes inside unquoted fields, as Excel does", async () => {
    const { rows } = await readCsv(utf8('"ab"c,d"e,"f"\r\n'));
    expect((await collect(rows))[0]!.cells).toEqual(["abc", 'd"e', "f"]);
  });

  it("throws CsvFormatError for a quoted field left open, after yielding the rows before it", async () => {
    const { rows } = await readCsv(utf8('a,b\n1,2\n3,"open\n4,5\n'));
    const seen: number[] = [];
    const error = await (async () => {
      try {
        for await (const r of rows) seen.push(r.row);
      } catch (e) {
        return e;
      }
    })();
    expect(seen).toEqual([1, 2]);
    expect(error).toBeInstanceOf(CsvFormatError);
    expect(error).toMatchObject({ row: 3, column: 2 });
  });

  it("throws CsvFormatError for a field over the length limit", async () => {
    const { rows } = await readCsv(utf8(`a\n"${"x".repeat(5000)}`), { maxFieldLength: 1000 });
    await expect(collect(rows)).rejects.toMatchObject({ name: "CsvFormatError", row: 2, column: 1 });
  });

  it("reads a stream and a byte array like a file", async () => {
    const text = 'a,b\n1,"x\ny"\n';
    const fromStream = await readCsv(
      Readable.from([Buffer.from(text.slice(0, 5)), Buffer.from(text.slice(5))]),
    );
    const fromBytes = await readCsv(utf8(text));
    const expected = [
      { row: 1, cells: ["a", "b"] },
      { row: 2, cells: ["1", "x\ny"] },
    ];
    expect(await collect(fromStream.rows)).toEqual(expected);
    expect(await collect(fromBytes.rows)).toEqual(expected);
  });

  it("stops reading when the iteration is broken off", async () => {
    const { rows } = await readCsv(await file("a\n1\n2\n3\n"));
    const seen: number[] = [];
    for await (const r of rows) {
      seen.push(r.row);
      if (r.row === 2) break;
    }
    expect(seen).toEqual([1, 2]);
  });
});

describe("readCsv — a line without end, and the bytes behind U+FFFD", () => {
  it("stops at a line that passes the limit without a line break, as soon as it passes it", async () => {
    // An endless stream: two rows, then letters without end.
    let pulled = 0;
    async function* endless() {
      const head = utf8("案号,立案日期\n1,2\n");
      pulled += head.length;
      yield head;
      const block = new Uint8Array(64 * 1024).fill(0x61);
      for (;;) {
        pulled += block.length;
        yield block;
      }
    }
    const { rows } = await readCsv(endless(), { maxLineBytes: 1024 * 1024 });
    const seen: number[] = [];
    const error = await (async () => {
      try {
        for await (const r of rows) seen.push(r.row);
      } catch (e) {
        return e;
      }
    })();
    expect(seen).toEqual([1, 2]);
    expect(error).toBeInstanceOf(CsvFormatError);
    expect(error).toMatchObject({
      row: 3,
      column: 1,
      message: "第 3 行超过 1 MB 仍未换行：不是有效的 CSV 文件",
    });
    // Read: the 64 KiB sample, then up to the piece that passed 1 MiB.
    expect(pulled).toBeLessThan(1024 * 1024 + 3 * 64 * 1024);
  });

  it("counts a line's bytes up to its line break, across chunks", async () => {
    // "12345678\n" is 8 bytes before its line break.
    const text = "12345678\nab\n12345678\r\n";
    for (const piece of [1, 3, 100]) {
      const stream = Readable.from(
        Array.from({ length: Math.ceil(text.length / piece) }, (_, i) =>
          Buffer.from(text.slice(i * piece, (i + 1) * piece)),
        ),
      );
      await expect(collect((await readCsv(stream, { maxLineBytes: 9 })).rows)).resolves.toHaveLength(3);
    }
    // A long line met in pieces smaller than the limit, and in one piece larger than it.
    const long = `ab\n${"x".repeat(20)}\ncd\n`;
    for (const piece of [4, 9, 64]) {
      const stream = Readable.from(
        Array.from({ length: Math.ceil(long.length / piece) }, (_, i) =>
          Buffer.from(long.slice(i * piece, (i + 1) * piece)),
        ),
      );
      const seen: number[] = [];
      const failed = (async () => {
        for await (const r of (await readCsv(stream, { maxLineBytes: 9 })).rows) seen.push(r.row);
      })();
      await expect(failed).rejects.toMatchObject({ row: 2 });
      expect(seen).toEqual([1]);
    }
    // With CR, the third line has 9 bytes before its line break.
    const rows = (await readCsv(utf8(text), { maxLineBytes: 8 })).rows;
    await expect(collect(rows)).rejects.toMatchObject({
      row: 3,
      message: "第 3 行超过 8 字节 仍未换行：不是有效的 CSV 文件",
    });
  });

  it("names the bytes behind each U+FFFD of a UTF-8 file, whatever the chunk boundaries", async () => {
    const bytes = concat(
      utf8(`${HEADER}\n（2024）内0602民初1号,民间借贷纠纷,2024-03-01,张`),
      new Uint8Array([0xff]), // a byte no UTF-8 sequence starts with
      utf8("\n（2024）内0602民初2号,"),
      new Uint8Array([0xe5, 0xbc]), // 张 (E5 BC A0) without its last byte
      utf8(",2024-03-01,"),
      new Uint8Array([0xff, 0xbc, 0xa0]), // 张 with its first byte spoilt: three replacements
      utf8("三\n（2024）内0602民初3号,"),
      utf8("\uFFFD"), // a U+FFFD in the file itself: EF BF BD
      utf8(",2024-03-01,李"),
      new Uint8Array([0xc0]),
      utf8("四"),
      new Uint8Array([0x80]),
      utf8("\n（2024）内0602民初4号,,,王"),
      new Uint8Array([0xe5]), // cut short by the end of the file
    );
    const expected = [
      [2, [4], ["FF"]],
      [3, [2, 4], ["E5 BC", "FF BC A0"]],
      [4, [2, 4], ["EF BF BD", "C0、80"]],
      [5, [4], ["E5"]],
    ];
    const bad = (all: CsvRow[]) =>
      all.filter((r) => r.badBytes).map((r) => [r.row, r.badBytes, r.badByteHex]);
    // So many bad bytes in so few characters would make detection say GB18030: told UTF-8.
    const whole = await readCsv(bytes, { encoding: "utf-8" });
    expect(bad(await collect(whole.rows))).toEqual(expected);
    for (const piece of [1, 2, 5]) {
      const stream = Readable.from(
        Array.from({ length: Math.ceil(bytes.length / piece) }, (_, i) =>
          Buffer.from(bytes.subarray(i * piece, (i + 1) * piece)),
        ),
      );
      expect(bad(await collect((await readCsv(stream, { encoding: "utf-8" })).rows))).toEqual(expected);
    }
  });

  it("takes a UTF-8 file with a bad byte in its first rows as UTF-8 and names the row", async () => {
    // Before: the invalid byte in the 64 KiB sample made the file GB18030, and its header unreadable.
    const lines = [HEADER];
    for (let i = 1; i <= 20; i++) lines.push(`（2024）内0602民初${i}号,民间借贷纠纷,2024-03-01,张三`);
    const text = utf8(`${lines.join("\n")}\n`);
    const at = Buffer.from(text).indexOf(utf8("民初5号,民间")) + utf8("民初5号,").length;
    const bytes = Buffer.from(text);
    bytes[at] = 0xff; // 民 (E6 B0 91) → FF B0 91
    const { encoding, rows } = await readCsv(bytes);
    expect(encoding).toBe("utf-8");
    const all = await collect(rows);
    expect(all[0]!.cells).toEqual(HEADER.split(","));
    expect(all.filter((r) => r.badBytes).map((r) => [r.row, r.badBytes, r.badByteHex])).toEqual([
      [6, [2], ["FF B0 91"]],
    ]);
  });
});

describe("CsvParser", () => {
  /** RFC 4180 writer: quotes a field when it holds a comma, quote, CR or LF. */
  const writeField = (f: string) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);

  const field = fc
    .array(fc.constantFrom("a", "张", "𠮷", ",", '"', "\n", "\r", "\r\n", " ", "\uFFFD"), { maxLength: 6 })
    .map((parts) => parts.join(""));
  const record = fc.array(field, { minLength: 1, maxLength: 5 });

  it("round-trips any records, whatever the piece boundaries", () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 8 }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.array(fc.nat(40), { maxLength: 10 }),
        (records, eol, finalEol, cuts) => {
          const text = records.map((r) => r.map(writeField).join(",")).join(eol) + (finalEol ? eol : "");
          const parser = new CsvParser();
          const out: CsvRow[] = [];
          let from = 0;
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            const to = Math.min(cut, text.length);
            out.push(...parser.push(text.slice(from, to), false));
            from = to;
          }
          out.push(...parser.push(text.slice(from), true));
          const expected = records
            .map((cells, i) => ({ row: i + 1, cells }))
            .filter((r) => r.cells.some((c) => c !== ""))
            .map((r) => {
              const bad = r.cells.flatMap((c, i) => (c.includes("\uFFFD") ? [i + 1] : []));
              return bad.length > 0 ? { ...r, badBytes: bad } : r;
            });
          expect(out).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("readCsv — throughput (printed, not asserted)", () => {
  it("reads 200,000 rows of 18 columns", async () => {
    const n = 200_000;
    const lines = [
      "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企,上诉,二审结果,二审结案日期,申请执行,执行到位金额,归档日期",
    ];
    for (let i = 1; i <= n; i++) {
      const quoted = i % 10 === 0 ? '"北京某某科技有限公司,张三"' : "北京某某科技有限公司";
      lines.push(
        `（2024）内0602民初${i}号,民间借贷纠纷,2024-03-01,简易程序,民事审判第一庭,张三,2024-05-20,调解,"12,345.67",${quoted},李四,是,否,,,否,,2024-06-01`,
      );
    }
    const text = `${lines.join("\r\n")}\r\n`;
    const results: string[] = [];
    for (const encoding of ["utf-8", "gb18030"] as const) {
      const path = await file(encoding === "utf-8" ? utf8(text) : iconv.encode(text, "gb18030"));
      let best = Number.POSITIVE_INFINITY;
      let count = 0;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        const { rows } = await readCsv(path);
        count = 0;
        let cells = 0;
        for await (const r of rows) {
          count++;
          cells += r.cells.length;
        }
        best = Math.min(best, performance.now() - t0);
        expect(cells).toBe(18 * (n + 1));
      }
      expect(count).toBe(n + 1);
      const mb = (encoding === "utf-8" ? utf8(text).length : iconv.encode(text, "gb18030").length) / 1e6;
      results.push(
        `${encoding}: ${count} rows in ${best.toFixed(0)} ms = ${Math.round(count / (best / 1000)).toLocaleString("en")} rows/s (${(mb / (best / 1000)).toFixed(0)} MB/s)`,
      );
    }
    console.log(`CSV throughput (best of 3):\n  ${results.join("\n  ")}`);
  });
});
