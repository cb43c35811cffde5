import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { CASE_COLUMNS, EVENT_COLUMNS } from "../domain/import/columns.js";
import { type DemoOptions, generateDemoCourt } from "./generate.js";
import { CASE_HEADERS, EVENT_HEADERS, writeDemoCsv, writeDemoXlsx } from "./write.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-demo-write-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

const OPTS: DemoOptions = { cases: 800, fromYear: 2023, toYear: 2024, asOf: "2024-12-31", seed: 3 };

/** Splits CRLF lines into fields (RFC 4180 quotes honoured; the demo has no line breaks in cells). */
function lines(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter((l) => l !== "")
    .map((l) => {
      const out: string[] = [];
      let f = "";
      let q = false;
      for (let i = 0; i < l.length; i++) {
        const c = l[i];
        if (q) {
          if (c === '"' && l[i + 1] === '"') {
            f += '"';
            i++;
          } else if (c === '"') q = false;
          else f += c;
        } else if (c === '"') q = true;
        else if (c === ",") {
          out.push(f);
          f = "";
        } else f += c;
      }
      out.push(f);
      return out;
    });
}

describe("writeDemoCsv", () => {
  it("writes cases.csv and events.csv with Chinese headers, row for row", async () => {
    const sub = join(dir, "csv");
    await mkdir(sub);
    const expected = [...generateDemoCourt(OPTS)];
    const progress: number[] = [];
    const res = await writeDemoCsv(sub, expected, {
      onProgress: (n) => progress.push(n),
      progressEvery: 250,
    });
    expect(res.cases).toBe(800);
    expect(res.events).toBe(expected.reduce((a, c) => a + c.events.length, 0));
    expect(progress).toEqual([250, 500, 750, 800]);
    const cases = lines(readFileSync(join(sub, "cases.csv"), "utf8"));
    const events = lines(readFileSync(join(sub, "events.csv"), "utf8"));
    expect(cases[0]).toEqual([...CASE_HEADERS]);
    expect(cases[0]?.[0]).toBe("案号");
    expect(events[0]).toEqual([...EVENT_HEADERS]);
    expect(cases.length - 1).toBe(800);
    expect(events.length - 1).toBe(res.events);
    expected.forEach((c, i) => {
      expect(cases[i + 1]).toEqual(CASE_COLUMNS.map((col) => c.case[col.key] ?? ""));
    });
    const flat = expected.flatMap((c) => c.events);
    flat.forEach((e, i) => {
      expect(events[i + 1]).toEqual(EVENT_COLUMNS.map((col) => e[col.key] ?? ""));
    });
  });

  it("writes GB18030 when asked", async () => {
    const sub = join(dir, "gb");
    await mkdir(sub);
    await writeDemoCsv(sub, generateDemoCourt({ ...OPTS, cases: 50 }), { encoding: "gb18030" });
    const text = iconv.decode(readFileSync(join(sub, "cases.csv")), "gb18030");
    expect(text.startsWith("案号,案由,立案日期")).toBe(true);
    expect(lines(text)).toHaveLength(51);
  });
});

describe("writeDemoXlsx", () => {
  it("writes one workbook with the sheets 案件 and 审限变更", async () => {
    const sub = join(dir, "xlsx");
    await mkdir(sub);
    const expected = [...generateDemoCourt(OPTS)];
    const res = await writeDemoXlsx(sub, expected);
    expect(res.files).toEqual([join(sub, "cases.xlsx")]);
    expect(readdirSync(sub)).toEqual(["cases.xlsx"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sub, "cases.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["案件", "审限变更"]);
    const cases = wb.getWorksheet("案件");
    const events = wb.getWorksheet("审限变更");
    if (!cases || !events) throw new Error("missing sheet");
    expect((cases.getRow(1).values as unknown[]).slice(1)).toEqual([...CASE_HEADERS]);
    expect((events.getRow(1).values as unknown[]).slice(1)).toEqual([...EVENT_HEADERS]);
    expect(cases.actualRowCount).toBe(801);
    expect(events.actualRowCount).toBe(res.events + 1);
    const first = expected[0];
    if (!first) throw new Error("no case");
    const row2 = cases.getRow(2);
    expect(row2.getCell(1).value).toBe(first.case.caseNumber);
    const amountCol = CASE_COLUMNS.findIndex((c) => c.key === "amount") + 1;
    const withAmount = expected.findIndex((c) => c.case.amount !== null);
    expect(cases.getRow(withAmount + 2).getCell(amountCol).value).toBe(
      Number(expected[withAmount]?.case.amount),
    );
    expect(existsSync(join(sub, ".cases.xlsx.events.tmp"))).toBe(false);
  });
});
