/**
 * The reports API over a demo court (data as of 2026-11-27): the files come as attachments with
 * their titles as names and their media types; a chief's version is theirs, another division's is
 * refused; bad periods are 400 naming the field.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, startTestApp, type TestApp } from "../../helpers/app.js";

describe("reports API", () => {
  let app: TestApp;
  const clients: Record<string, ApiClient> = {};
  let chiefDivision = "";

  beforeAll(async () => {
    app = await startTestApp({ buildWeb: false, cases: 1500 });
    const chief = app.accounts.find((a) => a.role === "chief");
    const office = app.accounts.find((a) => a.role === "office");
    if (!chief || !office) throw new Error("no chief or office account in the demo court");
    chiefDivision = chief.division ?? "";
    for (const [role, a] of Object.entries({ office, chief })) {
      const c = new ApiClient(app.url);
      expect((await c.login(a.username, a.password)).status, role).toBe(200);
      clients[role] = c;
    }
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it("gives the office the quarterly report and its workbook, named by the title", async () => {
    const office = clients.office as ApiClient;
    const d = await office.get("/api/reports/quarterly?quarter=2026Q3");
    expect(d.status).toBe(200);
    expect(d.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(d.headers.get("content-disposition")).toContain("attachment");
    expect(d.headers.get("content-disposition")).toContain(
      encodeURIComponent("鄂尔多斯市东胜区人民法院2026年第三季度审判态势分析报告.docx"),
    );
    expect((await d.arrayBuffer()).byteLength).toBeGreaterThan(20_000);
    const x = await office.get("/api/reports/quarterly?quarter=2026Q3&format=xlsx");
    expect(x.status).toBe(200);
    expect(x.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await x.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "收结存",
      "核心指标",
      "分部门指标",
      "薄弱指标",
      "长期未结",
      "月度趋势",
      "工作建议",
    ]);
  });

  it("gives a chief their own division's version, and refuses another division", async () => {
    const chief = clients.chief as ApiClient;
    const own = await chief.get("/api/reports/monthly?month=2026-10");
    expect(own.status).toBe(200);
    expect(own.headers.get("content-disposition")).toContain(
      encodeURIComponent(`鄂尔多斯市东胜区人民法院${chiefDivision}2026年10月审判质效通报.docx`),
    );
    const other = await chief.get(
      `/api/reports/monthly?month=2026-10&division=${encodeURIComponent("刑事审判庭")}`,
    );
    expect(other.status).toBe(chiefDivision === "刑事审判庭" ? 200 : 403);
  });

  it("answers 400 for a bad or future period, naming the field", async () => {
    const office = clients.office as ApiClient;
    for (const [path, field] of [
      ["/api/reports/quarterly?quarter=2026Q5", "quarter"],
      ["/api/reports/quarterly?quarter=2026-Q3", "quarter"],
      ["/api/reports/quarterly", "quarter"],
      ["/api/reports/monthly?month=2026-13", "month"],
      ["/api/reports/quarterly?quarter=2026Q3&format=pdf", "format"],
      // The data are as of 2026-11-27: 2027 has not begun.
      ["/api/reports/quarterly?quarter=2027Q1", "quarter"],
    ] as const) {
      const res = await office.get(path);
      expect(res.status, path).toBe(400);
      const body = (await res.json()) as { error: { code: string; field?: string; message: string } };
      expect(body.error.field, path).toBe(field);
    }
  });
});
