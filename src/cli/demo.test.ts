import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { captureConsole, programWith } from "../../test/helpers/cli.js";
import { registerDemoCommand } from "./demo.js";
import { CliError } from "./errors.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-demo-cli-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

const { out } = captureConsole();
const program = () => programWith(registerDemoCommand);

const ARGS = ["--cases", "500", "--from", "2023", "--to", "2024", "--as-of", "2024-12-31", "--seed", "7"];

function dataLines(path: string): number {
  return (
    readFileSync(path, "utf8")
      .split("\r\n")
      .filter((l) => l !== "").length - 1
  );
}

describe("shenguan demo", () => {
  it("writes cases.csv and events.csv", async () => {
    const target = join(dir, "csv");
    await program().parseAsync(["node", "x", "demo", "--out", target, ...ARGS]);
    expect(existsSync(join(target, "cases.csv"))).toBe(true);
    expect(existsSync(join(target, "events.csv"))).toBe(true);
    expect(dataLines(join(target, "cases.csv"))).toBe(500);
    const events = dataLines(join(target, "events.csv"));
    expect(events).toBeGreaterThan(20);
    const text = out.join("\n");
    expect(text).toContain("鄂尔多斯市东胜区人民法院（内0602）");
    expect(text).toContain("案件 500 件");
    expect(text).toContain(`审限变更 ${events} 条`);
  });

  it("is reproducible: the same arguments write the same bytes", async () => {
    const a = join(dir, "a");
    const b = join(dir, "b");
    await program().parseAsync(["node", "x", "demo", "--out", a, ...ARGS]);
    await program().parseAsync(["node", "x", "demo", "--out", b, ...ARGS]);
    expect(readFileSync(join(a, "cases.csv")).equals(readFileSync(join(b, "cases.csv")))).toBe(true);
    expect(readFileSync(join(a, "events.csv")).equals(readFileSync(join(b, "events.csv")))).toBe(true);
  });

  it("writes a workbook with --xlsx", async () => {
    const target = join(dir, "xlsx");
    await program().parseAsync(["node", "x", "demo", "--out", target, ...ARGS, "--xlsx"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(target, "cases.xlsx"));
    expect(wb.getWorksheet("案件")?.actualRowCount).toBe(501);
    expect(wb.getWorksheet("审限变更")?.actualRowCount).toBeGreaterThan(20);
  });

  it("takes another court code", async () => {
    const target = join(dir, "court");
    await program().parseAsync([
      "node",
      "x",
      "demo",
      "--out",
      target,
      ...ARGS,
      "--court",
      "内0621",
      "--cases",
      "50",
    ]);
    const first = readFileSync(join(target, "cases.csv"), "utf8").split("\r\n")[1] ?? "";
    expect(first).toMatch(/^（20\d\d）内06\d\d/);
    expect(out.join("\n")).toContain("内0621");
  });

  it("rejects bad arguments with a CliError", async () => {
    const bad = async (...extra: string[]) =>
      program().parseAsync(["node", "x", "demo", "--out", join(dir, "bad"), ...ARGS, ...extra]);
    await expect(bad("--cases", "many")).rejects.toBeInstanceOf(CliError);
    await expect(bad("--as-of", "2024-13-01")).rejects.toBeInstanceOf(CliError);
    await expect(bad("--from", "2025")).rejects.toBeInstanceOf(CliError);
    await expect(bad("--encoding", "latin1")).rejects.toBeInstanceOf(CliError);
    await expect(bad("--court", "内06")).rejects.toBeInstanceOf(CliError);
  });
});
