/**
 * 报表归档 in a real browser: the office opens the archive from the menu, sees the demo court's
 * archived bulletins (the three months before 2026-11-27) and downloads one — a real .docx (it
 * starts with PK and its document.xml holds the bulletin's title); the jobs panel shows the runs,
 * refuses a bad cron expression naming the report, and 立即运行 archives a month again. A division
 * chief sees the page but none of the court's versions.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiSignIn,
  columnTexts,
  type E2E,
  getJson,
  openSession,
  type Session,
  screenshot,
  signIn,
  startE2E,
  textOf,
} from "./support.js";

interface Archive {
  total: number;
  rows: { id: number; periodLabel: string; fileName: string; scope: string; sha256: string }[];
}

let e2e: E2E;
let office: Session;

beforeAll(async () => {
  e2e = await startE2E({ reports: true });
  office = await openSession(e2e);
  await signIn(office.page, e2e, "demo-office");
});

afterAll(async () => {
  await e2e?.close();
});

describe("报表归档", () => {
  it("the office opens the archive and downloads a bulletin, a real .docx", async () => {
    const { page, errors } = office;
    await page.getByTestId("nav-menu").getByText("报表归档").click();
    await page.getByTestId("page-report-archive").waitFor();
    const api = await getJson<Archive>(page.request, "/api/report-archive?job=monthly-bulletin&pageSize=500");
    // The court's version (a .docx and an .xlsx) of each of the three months, and the divisions'.
    expect(api.rows.filter((r) => r.scope === "court")).toHaveLength(6);
    expect(api.total).toBeGreaterThan(6);
    // The archive holds every report (the 质效通报 and the quarterly report too): pick the bulletin.
    await page.getByTestId("archive-job").click();
    await page.locator(".ant-select-item-option").filter({ hasText: "审限与长期未结案件通报" }).click();
    await expect
      .poll(async () => [...new Set(await columnTexts(page, "archive-table", "期间"))])
      .toEqual(["2026-10", "2026-09", "2026-08"]);
    const row = api.rows.find(
      (r) => r.periodLabel === "2026-10" && r.scope === "court" && r.fileName.endsWith(".docx"),
    );
    if (!row) throw new Error("no archived October bulletin");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId(`archive-download-${row.id}`).click(),
    ]);
    expect(download.suggestedFilename()).toBe("鄂尔多斯市东胜区人民法院-2026-10-审限与长期未结通报.docx");
    const bytes = readFileSync((await download.path()) as string);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("审限与长期未结案件通报");
    expect(xml).toContain("2026年10月");
    await screenshot(page, "report-archive");
    expect(errors).toEqual([]);
  });

  it("downloads the quarterly 态势分析报告 from the archive: a real .docx with its charts", async () => {
    const { page, errors } = office;
    await page.getByTestId("archive-job").click();
    await page.locator(".ant-select-item-option").filter({ hasText: "审判态势季度分析报告" }).click();
    // 2026-11-27: the two quarters before it, the court's version.
    await expect
      .poll(async () => [...new Set(await columnTexts(page, "archive-table", "期间"))])
      .toEqual(["2026Q3", "2026Q2"]);
    const api = await getJson<Archive>(page.request, "/api/report-archive?job=quarterly-report&pageSize=50");
    const row = api.rows.find((r) => r.periodLabel === "2026Q3" && r.fileName.endsWith(".docx"));
    if (!row) throw new Error("no archived 2026Q3 report");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId(`archive-download-${row.id}`).click(),
    ]);
    const bytes = readFileSync((await download.path()) as string);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("2026年第三季度");
    expect(xml).toContain("收结存");
    // The three charts, each a PNG of some size.
    const pngs = Object.keys(zip.files).filter((n) => n.startsWith("word/media/") && n.endsWith(".png"));
    expect(pngs.length).toBe(3);
    for (const n of pngs) expect((await zip.file(n)?.async("uint8array"))?.length ?? 0).toBeGreaterThan(5000);
    // Back to every report for the tests below.
    await page.reload();
    await page.getByTestId("page-report-archive").waitFor();
    expect(errors).toEqual([]);
  });

  it("filters by period", async () => {
    const { page } = office;
    await page.getByTestId("archive-period").fill("2026-09");
    await expect
      .poll(async () => [...new Set(await columnTexts(page, "archive-table", "期间"))])
      .toEqual(["2026-09"]);
    await page.getByTestId("archive-period").fill("");
  });

  it("shows the jobs with their runs, refuses a bad schedule naming the report, and runs one now", async () => {
    const { page, errors } = office;
    await page.getByRole("tab", { name: "定时任务" }).click();
    await page.getByTestId("job-monthly-bulletin").waitFor();
    // The latest runs first: October's versions, then September's.
    await expect
      .poll(async () => (await columnTexts(page, "job-runs-monthly-bulletin", "期间"))[0])
      .toBe("2026-10");
    const shown = new Set(await columnTexts(page, "job-runs-monthly-bulletin", "期间"));
    expect([...shown].every((p) => ["2026-10", "2026-09", "2026-08"].includes(p))).toBe(true);
    await page.getByTestId("job-cron-monthly-bulletin").fill("0 6 32 * *");
    await page.getByTestId("job-settings-save").click();
    await page
      .getByText("“审限与长期未结案件通报”的执行时间“0 6 32 * *”无效：“日”一段的取值 32 超出范围（1–31）")
      .waitFor();
    await page.getByTestId("job-period-monthly-bulletin").fill("2026-07");
    await page.getByTestId("job-run-monthly-bulletin").click();
    await page.getByText("审限与长期未结案件通报（2026年7月）已生成并归档").waitFor({ timeout: 60_000 });
    await expect
      .poll(async () => (await columnTexts(page, "job-runs-monthly-bulletin", "期间"))[0])
      .toBe("2026-07");
    const api = await getJson<Archive>(
      page.request,
      "/api/report-archive?job=monthly-bulletin&period=2026-07",
    );
    expect(api.rows.filter((r) => r.scope === "court")).toHaveLength(2);
    await screenshot(page, "report-archive-jobs");
    expect(errors).toEqual([]);
  });

  it("gives a division chief their division's versions only, without the jobs", async () => {
    const chief = await openSession(e2e);
    await apiSignIn(chief.context.request, e2e, "demo-chief-1");
    await chief.page.goto("/report-archive");
    await chief.page.getByTestId("page-report-archive").waitFor();
    expect(await textOf(chief.page, "nav-menu")).toContain("报表归档");
    expect(await chief.page.getByRole("tab", { name: "定时任务" }).count()).toBe(0);
    const api = await getJson<Archive>(chief.context.request, "/api/report-archive?pageSize=500");
    const scopes = [...new Set(api.rows.map((r) => r.scope))];
    expect(scopes).toHaveLength(1);
    expect(scopes[0]).not.toBe("court");
    const division = scopes[0] as string;
    const row = api.rows.find((r) => r.periodLabel === "2026-10" && r.fileName.endsWith(".docx"));
    if (!row) throw new Error("no archived October bulletin for the chief");
    const [download] = await Promise.all([
      chief.page.waitForEvent("download"),
      chief.page.getByTestId(`archive-download-${row.id}`).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `鄂尔多斯市东胜区人民法院-2026-10-审限与长期未结通报-${division}.docx`,
    );
    const zip = await JSZip.loadAsync(readFileSync((await download.path()) as string));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain(`${division}超审限未结案件`);
    expect(xml).not.toContain("全院");
    expect(chief.errors).toEqual([]);
    await chief.context.close();
  });
});
