import { mkdtempSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { createCsvWriter, csvField, csvLine } from "./csv-writer.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-csvw-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A minimal RFC 4180 reader for checking what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const SAMPLE: (string | number | null | undefined)[][] = [
  ["案号", "案由", "标的额", "说明"],
  ["（2024）内0602民初1234号", "民间借贷纠纷", 12345.67, null],
  ["a,b", 'say "hi"', "line1\nline2", "cr\rhere"],
  [undefined, "", 0, "末尾"],
];

describe("csvField / csvLine", () => {
  it("quotes only what RFC 4180 needs, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("x\ny")).toBe('"x\ny"');
    expect(csvField("x\ry")).toBe('"x\ry"');
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(12.5)).toBe("12.5");
    expect(csvField("全角，逗号")).toBe("全角，逗号");
    expect(csvLine(["a", null, "b,c"])).toBe('a,,"b,c"');
  });
});

describe("createCsvWriter", () => {
  it("writes UTF-8 with a BOM and CRLF line ends by default", async () => {
    const path = join(dir, "bom.csv");
    const w = createCsvWriter(path);
    for (const r of SAMPLE) await w.writeRow(r);
    await w.close();
    expect(w.rows).toBe(SAMPLE.length);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")[0]).toBe("案号,案由,标的额,说明");
    expect(parseCsv(text)).toEqual(
      SAMPLE.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c)))),
    );
  });

  it("writes plain UTF-8 without a BOM", async () => {
    const path = join(dir, "plain.csv");
    const w = createCsvWriter(path, { encoding: "utf-8" });
    await w.writeRow(["案号"]);
    await w.close();
    expect(readFileSync(path).toString("hex")).toBe(`${Buffer.from("案号\r\n").toString("hex")}`);
  });

  it("writes GB18030 (no BOM) that reads back with iconv-lite", async () => {
    const path = join(dir, "gb.csv");
    const w = createCsvWriter(path, { encoding: "gb18030" });
    for (const r of SAMPLE) await w.writeRow(r);
    await w.close();
    const bytes = readFileSync(path);
    // 案号 in GB18030/GBK: B0 B8 BA C5.
    expect([...bytes.subarray(0, 4)]).toEqual([0xb0, 0xb8, 0xba, 0xc5]);
    const text = iconv.decode(bytes, "gb18030");
    expect(parseCsv(text)[1]).toEqual(["（2024）内0602民初1234号", "民间借贷纠纷", "12345.67", ""]);
  });

  it("writes many rows quickly and signals backpressure", async () => {
    const path = join(dir, "big.csv");
    const w = createCsvWriter(path);
    const row = ["（2024）内0602民初1234号", "x".repeat(1000), "2024-03-01", "是"];
    const pending: Promise<void>[] = [];
    for (let i = 0; i < 5000; i++) pending.push(w.writeRow(row));
    const marker = Symbol("pending");
    const states = await Promise.all(
      pending.map((p) => Promise.race([p.then(() => "done"), Promise.resolve(marker)])),
    );
    // Without awaiting, the stream's buffer fills up: some writes wait for 'drain'.
    expect(states.filter((s) => s === marker).length).toBeGreaterThan(0);
    await Promise.all(pending);
    const t0 = performance.now();
    for (let i = 0; i < 200_000; i++)
      await w.writeRow(["（2024）内0602民初1234号", "民间借贷纠纷", i, "a,b"]);
    await w.close();
    expect(performance.now() - t0).toBeLessThan(5000);
    const text = readFileSync(path, "utf8");
    expect(text.split("\r\n").length - 1).toBe(205_000);
  });

  it("rejects writes after close and reports I/O errors", async () => {
    const w = createCsvWriter(join(dir, "closed.csv"));
    await w.close();
    await w.close();
    await expect(w.writeRow(["x"])).rejects.toThrow(/closed/);
    const bad = createCsvWriter(join(dir, "no-such-dir", "x.csv"));
    await bad.writeRow(["x"]);
    await expect(bad.close()).rejects.toThrow(/ENOENT/);
    expect(() => createCsvWriter(join(dir, "y.csv"), { encoding: "latin1" as never })).toThrow(RangeError);
  });
});
