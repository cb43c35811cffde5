/**
 * The 态势分析 page in a real browser: the office opens it from the menu on the last whole quarter
 * before the data date, downloads the Word report (its 新收 figure is the indicator API's for the
 * quarter) and the workbook; a chief gets their own division's version; a judge is not offered it.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiSignIn,
  type E2E,
  getJson,
  openSession,
  type Session,
  screenshot,
  signIn,
  startE2E,
  textOf,
} from "./support.js";

interface Panel {
  groups: { key: string; indicators: Record<string, { value: number | null }> }[];
}

let e2e: E2E;
let office: Session;

beforeAll(async () => {
  e2e = await startE2E();
  office = await openSession(e2e);
  await signIn(office.page, e2e, "demo-office");
});

afterAll(async () => {
  await e2e?.close();
});

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

describe("态势分析", () => {
  it("the office downloads the quarterly report and its workbook; the figures are the indicator API's", async () => {
    const { page, errors } = office;
    await page.getByTestId("nav-menu").getByText("态势分析").click();
    await page.getByTestId("page-reports").waitFor();
    // The demo court's data are as of 2026-11-27: the last whole quarter is 2026 Q3.
    // The test id lands on the picker's input or on its wrapper, depending on the picker's version.
    const picker = page.getByTestId("reports-quarter").first();
    const isInput = await picker.evaluate((n) => n.tagName === "INPUT");
    const input = isInput ? picker : picker.locator("input").first();
    expect(await input.inputValue()).toBe("2026年第三季度");
    const [docx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("report-quarterly-docx").click(),
    ]);
    expect(docx.suggestedFilename()).toBe("鄂尔多斯市东胜区人民法院2026年第三季度审判态势分析报告.docx");
    const panel = await getJson<Panel>(
      page.request,
      "/api/indicators?from=2026-07-01&to=2026-09-30&by=all&ids=filed,closed",
    );
    const filed = panel.groups[0]?.indicators.filed?.value ?? -1;
    const body = await docxText((await docx.path()) as string);
    const m = /全院新收案件 ([\d,]+) 件/.exec(body);
    expect(Number(m?.[1]?.replace(/,/g, ""))).toBe(filed);

    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("report-quarterly-xlsx").click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe("鄂尔多斯市东胜区人民法院2026年第三季度审判态势分析报告.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await xlsx.path()) as string);
    const intake = wb.getWorksheet("收结存") as ExcelJS.Worksheet;
    expect(intake.getRow(4).getCell(1).value).toBe("新收");
    expect(intake.getRow(4).getCell(2).value).toBe(filed);
    await screenshot(page, "reports");
    expect(errors).toEqual([]);
  });

  it("a chief downloads their own division's monthly 质效通报", async () => {
    const chief = await openSession(e2e);
    await apiSignIn(chief.context.request, e2e, "demo-chief-1");
    const me = await getJson<{ user: { division: string } }>(chief.context.request, "/api/auth/me");
    await chief.page.goto("/");
    await chief.page.getByTestId("nav-menu").getByText("态势分析").click();
    await chief.page.getByTestId("page-reports").waitFor();
    expect(await textOf(chief.page, "reports-monthly")).toContain(`${me.user.division}（本部门版）`);
    expect(await chief.page.getByTestId("reports-division").count()).toBe(0);
    const [docx] = await Promise.all([
      chief.page.waitForEvent("download"),
      chief.page.getByTestId("report-monthly-docx").click(),
    ]);
    // The month before the data date's: October 2026.
    expect(docx.suggestedFilename()).toBe(
      `鄂尔多斯市东胜区人民法院${me.user.division}2026年10月审判质效通报.docx`,
    );
    expect(chief.errors).toEqual([]);
    await chief.context.close();
  });

  it("is not offered to a judge: no menu entry, and the address answers 403", async () => {
    const judge = await openSession(e2e);
    await apiSignIn(judge.context.request, e2e, "demo-judge-1");
    await judge.page.goto("/my-cases");
    await judge.page.getByTestId("nav-menu").waitFor();
    expect(await textOf(judge.page, "nav-menu")).not.toContain("态势分析");
    await judge.page.goto("/reports");
    await judge.page.getByTestId("page-403").waitFor();
    await judge.context.close();
  });
});
