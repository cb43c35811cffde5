/**
 * The 涉企与营商环境 page in a real browser: the office opens it from the menu, picks the year, and
 * downloads the 营商环境 "解决商业纠纷" pack as a Word document and as a workbook; both open, and the
 * count of commercial first-instance cases in them is the pack API's for the same period.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, getJson, openSession, type Session, screenshot, signIn, startE2E } from "./support.js";

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

describe("涉企与营商环境", () => {
  it("the office downloads the 解决商业纠纷 pack (docx and xlsx) and it opens", async () => {
    const { page, errors } = office;
    await page.getByTestId("nav-menu").getByText("涉企与营商环境").click();
    await page.getByTestId("page-business-environment").waitFor();
    await page.getByTestId("period-mode").getByText("年", { exact: true }).click();

    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("pack-docx").click()]);
    const name = docx.suggestedFilename();
    // 鄂尔多斯市东胜区人民法院-解决商业纠纷佐证材料-2026-01-01至2026-11-27.docx (the demo's data date).
    const m = /解决商业纠纷佐证材料-(\d{4}-\d{2}-\d{2})至(\d{4}-\d{2}-\d{2})\.docx$/.exec(name);
    expect(m, name).not.toBeNull();
    const [from, to] = [m?.[1] as string, m?.[2] as string];
    expect(from.endsWith("-01-01")).toBe(true);
    const pack = await getJson<{ figures: { closed: number } }>(
      page.request,
      `/api/business-environment/pack?from=${from}&to=${to}`,
    );
    expect(pack.figures.closed).toBeGreaterThan(0);
    const text = await docxText((await docx.path()) as string);
    expect(text).toContain(`共审结商事一审案件 ${pack.figures.closed} 件`);
    expect(text).toContain("国务院令第722号");

    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("pack-xlsx").click()]);
    expect(xlsx.suggestedFilename()).toBe(name.replace(/\.docx$/, ".xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await xlsx.path()) as string);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "指标数据",
      "标的额最大的案件",
      "审理最快的案件",
      "调解结案的案件",
      "口径设置",
    ]);
    const figures = wb.getWorksheet("指标数据") as ExcelJS.Worksheet;
    expect(figures.getRow(4).getCell(1).value).toBe("商事一审结案数");
    expect(figures.getRow(4).getCell(3).value).toBe(pack.figures.closed);
    await screenshot(page, "business-environment");
    expect(errors).toEqual([]);
  });
});
