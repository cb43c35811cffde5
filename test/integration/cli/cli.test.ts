/** The command line end to end on SQLite: import, refresh, indicators (JSON and xlsx), drill. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../../src/cli/main.js";
import { casesCsv, EVENTS } from "../../fixtures/golden-court.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-cli-"));
const db = join(dir, "cli.db");
let out: string[];
let err: string[];

async function run(...args: string[]) {
  out = [];
  err = [];
  process.exitCode = undefined;
  await main(["node", "shenguan", ...args]);
  return { out: out.join("\n"), err: err.join("\n"), code: process.exitCode };
}

beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe("shenguan CLI on SQLite", () => {
  beforeAll(() => {
    writeFileSync(join(dir, "cases.csv"), casesCsv());
    writeFileSync(join(dir, "events.csv"), EVENTS);
  });

  it("imports, and a second import says nothing changed", async () => {
    vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
    const first = await run(
      "import",
      "--db",
      db,
      "--today",
      "2025-06-30",
      join(dir, "cases.csv"),
      join(dir, "events.csv"),
    );
    expect(first.code).toBeUndefined();
    expect(first.out).toMatch(/导入完成：案件 30 件（新增 30/);
    const again = await run(
      "import",
      "--db",
      db,
      "--today",
      "2025-06-30",
      "--json",
      join(dir, "cases.csv"),
      join(dir, "events.csv"),
    );
    expect(JSON.parse(again.out).status).toBe("unchanged");
  });

  it("rejects a bad file with exit code 2 and the row and column", async () => {
    writeFileSync(join(dir, "bad.csv"), casesCsv().replace("2024-03-05", "2024-03-32"));
    const r = await run("import", "--db", db, join(dir, "bad.csv"));
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/bad\.csv\s+8\s+立案日期\s+2024-03-32/);
    expect(r.out).toMatch(/导入被拒绝/);
  });

  it("refreshes all facts as of a date", async () => {
    const r = await run("refresh", "--db", db, "--as-of", "2025-06-30");
    expect(r.out).toMatch(/已刷新 30 件案件（基准日 2025-06-30）/);
  });

  it("prints the panel as JSON in the documented shape", async () => {
    const r = await run(
      "indicators",
      "--db",
      db,
      "--from",
      "2024-01-01",
      "--to",
      "2024-12-31",
      "--ids",
      "closed,clearance_rate",
      "--json",
    );
    const j = JSON.parse(r.out);
    expect(Object.keys(j).sort()).toEqual(["by", "catalogueVersion", "from", "groups", "to"]);
    expect(j.by).toBe("court");
    expect(j.groups).toEqual([
      {
        key: "内0602",
        indicators: {
          closed: { value: 20, numerator: 20, denominator: null },
          clearance_rate: { value: 20 / 23, numerator: 20, denominator: 23 },
        },
      },
    ]);
  });

  it("writes a formatted workbook", async () => {
    const file = join(dir, "panel.xlsx");
    await run(
      "indicators",
      "--db",
      db,
      "--from",
      "2024-01-01",
      "--to",
      "2024-12-31",
      "--by",
      "division",
      "--xlsx",
      file,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("质效指标");
    expect(ws).toBeDefined();
    if (!ws) return;
    expect(String(ws.getCell(1, 1).value)).toMatch(/2024-01-01 至 2024-12-31（按承办部门）/);
    expect(ws.getCell(2, 2).value).toBe("入口");
    expect(ws.getCell(2, 2).isMerged).toBe(true);
    const header = (ws.getRow(3).values as unknown[]).map(String);
    const col = header.indexOf("法定审限内结案率");
    expect(col).toBeGreaterThan(0);
    expect(ws.getCell(4, col).numFmt).toBe("0.00%");
    expect(wb.getWorksheet("口径说明")?.rowCount).toBeGreaterThan(20);
  });

  it("drills into a figure", async () => {
    const r = await run(
      "drill",
      "--db",
      db,
      "--indicator",
      "overdue_pending",
      "--part",
      "numerator",
      "--from",
      "2024-01-01",
      "--to",
      "2024-12-31",
      "--json",
    );
    expect(JSON.parse(r.out).total).toBe(3);
    const bad = await run(
      "drill",
      "--db",
      db,
      "--indicator",
      "nope",
      "--part",
      "numerator",
      "--from",
      "2024-01-01",
      "--to",
      "2024-12-31",
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/未知的指标/);
  });
});
